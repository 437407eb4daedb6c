import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLED_CORPUS } from './bundled.js';

/**
 * Thirty short invented local-news articles, written from templates for the tests of a
 * server with many articles: named people who are quoted in several of them, speakers
 * known only by a role ("the company", "the president", "the statement") in many,
 * quotes that share words with the bundled article's ("we may not", "this threat must"),
 * and a sentence that opens with "It".
 */
const TOWNS = [
  'Alder Bay',
  'Brookmere',
  'Cedar Falls',
  'Dunmore',
  'Eastwick',
  'Fairhaven',
  'Glenrock',
  'Hollins',
  'Ivybridge',
  'Juniper Point',
];
const TOPICS = [
  { thing: 'ferry', headline: 'ferry service to resume', verb: 'resume' },
  { thing: 'library', headline: 'library expansion approved', verb: 'open' },
  { thing: 'bridge', headline: 'bridge repairs delayed', verb: 'reopen' },
] as const;
const PEOPLE = [
  { name: 'Mara Okafor', role: 'the harbour commissioner' },
  { name: 'Tomas Lindqvist', role: 'a council member' },
  { name: 'Priya Raman', role: 'the county engineer' },
  { name: 'Owen Hale', role: 'a local shop owner' },
  { name: 'Lucia Ferro', role: 'the library director' },
];
const ROLE_SPEAKERS = ['the company said', 'the president said', 'the statement said'];
const MONTHS = ['March', 'April', 'May', 'June', 'July', 'August'];

/** Quotes that make the bundled article's quotes compete for the same typed words. */
const SPECIAL: Record<number, string> = {
  0: '“Honestly, we may not finish the ferry dock before winter,” said Owen Hale, a local shop owner.',
  1: '“Everyone agrees this threat must be handled calmly, not with panic,” said Priya Raman, the county engineer.',
  2: '“They still need the old road while the bridge is closed,” the president said.',
  4: '“Some weeks we may not see a single ferry,” said Mara Okafor, the harbour commissioner.',
  // A sentence that says what it speaks of only through the one before: /ask shows the two as one passage.
  5: 'The old lighthouse of Fairhaven stands above the harbour. It was painted red in 1931 by volunteers. Visitors climb its stairs on Sundays.',
};

/** The invented article number `i` (0–29) as a Markdown file with front matter. */
function article(i: number): { id: string; text: string } {
  const town = TOWNS[i % TOWNS.length]!;
  const topic = TOPICS[i % TOPICS.length]!;
  const person = PEOPLE[i % PEOPLE.length]!;
  const other = PEOPLE[(i + 2) % PEOPLE.length]!;
  const month = MONTHS[i % MONTHS.length]!;
  const id = `${town.toLowerCase().replace(/\s+/gu, '-')}-${topic.thing}-${i}`;
  const cost = 2 + (i % 7);
  const paragraphs = [
    `The ${topic.thing} in ${town} will ${topic.verb} in ${month}, officials said on Tuesday.`,
    `“We have waited ${3 + (i % 5)} years for this ${topic.thing}, and the town deserves it,” said ${person.name}, ${person.role}.`,
    `“The ${topic.thing} in ${town} is safe and the work is on schedule,” ${ROLE_SPEAKERS[i % ROLE_SPEAKERS.length]}.`,
    `Residents of ${town} have asked for the ${topic.thing} since the old one closed.`,
    `${other.name}, ${other.role}, said the work would cost about ${cost} million dollars.`,
    `“Nobody in ${town} wants another delay,” ${other.name} said.`,
    ...(SPECIAL[i] ? [SPECIAL[i]] : []),
  ];
  const front = [
    '---',
    `title: ${town} ${topic.headline}`,
    `source: The ${town} Courier`,
    `date: 2024-0${1 + (i % 9)}-1${i % 10}`,
    // Every other article links to its (invented) page, for the "Read in context" link.
    `url: ${i % 2 === 0 ? `https://news.example.org/${id}` : 'null'}`,
    'byline: null',
    '---',
  ];
  return { id, text: `${front.join('\n')}\n${paragraphs.join('\n\n')}\n` };
}

/** Writes the bundled article and the thirty invented ones to `dir`; returns the invented articles' ids. */
export function writeManyArticles(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(BUNDLED_CORPUS, 'isis-threat-to-the-west.md'), join(dir, 'isis-threat-to-the-west.md'));
  const ids: string[] = [];
  for (let i = 0; i < 30; i += 1) {
    const { id, text } = article(i);
    writeFileSync(join(dir, `${id}.md`), text);
    ids.push(id);
  }
  return ids;
}
