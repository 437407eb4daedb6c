import type { CorpusDocument } from '../corpus/types.js';
import { foldWord, tokenizeText } from '../search/analyzer.js';
import type { Quote } from '../quotes/types.js';
import type { Engine } from '../engine/engine.js';
import { documentQuotes } from '../search/catalog.js';

/** A speaker quoted in the corpus, with how often. */
export interface SpeakerSummary {
  name: string;
  /**
   * The role most of the speaker's articles give them (among equals, the first met), if any:
   * one article's aside ("triumphant in several states") gives way to what most say.
   */
  role: string | null;
  /** Number of quotes (direct, partial and reported) attributed to the speaker. */
  count: number;
  /** Ids of the documents that quote the speaker. */
  docs: string[];
  /**
   * Whether the name is a proper name ("Hillary Clinton"), one person across articles;
   * otherwise a role or a generic speaker ("the president", "the statement"), listed per article.
   */
  named: boolean;
}

/** One article of the corpus, as `/article` describes it. */
export interface ArticleSummary {
  id: string;
  title: string;
  source: string | null;
  date: string | null;
  url: string | null;
  byline: string | null;
  paragraphs: number;
}

const nameWords = (name: string): string[] => tokenizeText(name).map(foldWord);

/**
 * Whether a speaker's name answers to what someone typed: every typed word is a word of
 * the name, so "Roe" and "jane roe" both find "Jane Roe", and "Jane Q. Roe" finds "Jane
 * Roe" as `listSpeakers` merges them (see `nameKey`).
 */
export function speakerMatches(name: string, typed: string): boolean {
  const key = nameKey(typed);
  if (key === '') return false;
  const want = key.split(' ');
  const have = new Set(nameWords(name));
  return want.every((w) => have.has(w));
}

/** Every quote in corpus order (only `article`'s when given), or only those of the speakers whose name matches `speaker`. */
export function listQuotes(engine: Engine, speaker?: string, article?: CorpusDocument): Quote[] {
  const all = article ? documentQuotes(engine.catalog, article.id) : engine.catalog.quotes;
  if (speaker === undefined) return all;
  return all.filter((q) => q.speaker !== null && speakerMatches(q.speaker.name, speaker));
}

/** Words that may open a speaker's name without making it a proper name ("The President"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our']);

/** The words an article writes in lower case (common nouns there), for the article last asked about only. */
let lowerCaseWords: { body: string; words: Set<string> } | null = null;

function lowerCaseWordsOf(engine: Engine, doc: string): Set<string> {
  const body = engine.catalog.byId.get(doc)?.body ?? '';
  if (lowerCaseWords?.body !== body)
    lowerCaseWords = { body, words: new Set(body.match(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{N}]*/gu) ?? []) };
  return lowerCaseWords.words;
}

/** Per engine, whether each speaker name (as one article writes it) is a proper name. */
const properNames = new WeakMap<Engine, Map<string, boolean>>();

/**
 * Whether a speaker's name, as article `doc` writes it, is a proper name: its last word
 * is capitalised and never written in lower case in the article. "Hillary Clinton" and
 * "the RCMP" are; "the company", "Terrorism experts", and "The President" in an article
 * that also says "the president", are not.
 */
function isProperName(engine: Engine, name: string, doc: string): boolean {
  const last = name.match(/[\p{L}\p{N}]+/gu)?.at(-1);
  if (last === undefined || !/^\p{Lu}/u.test(last)) return false;
  const lower = last.toLowerCase();
  return !DETERMINERS.has(lower) && !lowerCaseWordsOf(engine, doc).has(lower);
}

/**
 * Speakers by number of quotes (most first), then by name. A proper name is one speaker
 * across articles; any other speaker ("the company") is one per article. Over several
 * articles (no `article` given), named speakers come first.
 */
export function listSpeakers(engine: Engine, article?: CorpusDocument): SpeakerSummary[] {
  const byKey = new Map<string, SpeakerSummary>();
  /** Per speaker, each way of writing their name and each role, with the articles that give it. */
  const given = new Map<SpeakerSummary, { names: Map<string, Set<string>>; roles: Map<string, Set<string>> }>();
  let named = properNames.get(engine);
  if (!named) properNames.set(engine, (named = new Map<string, boolean>()));
  for (const q of article ? documentQuotes(engine.catalog, article.id) : engine.catalog.quotes) {
    if (!q.speaker) continue;
    const name = nameKey(q.speaker.name);
    const asWritten = `${q.doc}\n${q.speaker.name}`;
    let proper = named.get(asWritten);
    if (proper === undefined) named.set(asWritten, (proper = isProperName(engine, q.speaker.name, q.doc)));
    const key = proper ? name : `${q.doc}\n${name}`;
    let summary = byKey.get(key);
    if (!summary) {
      summary = { name: q.speaker.name, role: null, count: 0, docs: [], named: proper };
      byKey.set(key, summary);
      given.set(summary, { names: new Map(), roles: new Map() });
    }
    summary.count++;
    const { names, roles } = given.get(summary)!;
    giveTo(names, q.speaker.name, q.doc);
    if (q.speaker.role !== null) giveTo(roles, q.speaker.role, q.doc);
    if (!summary.docs.includes(q.doc)) summary.docs.push(q.doc);
  }
  for (const [summary, { names, roles }] of given) {
    summary.name = mostGiven(names) ?? summary.name;
    summary.role = mostGiven(roles);
  }
  const namedFirst = !article && engine.corpus.documents.length > 1;
  return [...byKey.values()].sort(
    (a, b) => (namedFirst ? Number(b.named) - Number(a.named) : 0) || b.count - a.count || a.name.localeCompare(b.name),
  );
}

/**
 * The words a speaker is known by across articles: a middle initial is left out when two
 * words remain, so "Donald J. Trump" and "Donald Trump" are one speaker ("J.J. Roe" keeps
 * its initials).
 */
function nameKey(name: string): string {
  const words = nameWords(name);
  const full = words.filter((w) => w.length > 1);
  return (full.length >= 2 ? full : words).join(' ');
}

/** Counts an article as giving `value`. */
function giveTo(given: Map<string, Set<string>>, value: string, doc: string): void {
  let docs = given.get(value);
  if (!docs) given.set(value, (docs = new Set<string>()));
  docs.add(doc);
}

/** What the most articles give; among equals, the first met. */
function mostGiven(given: ReadonlyMap<string, ReadonlySet<string>>): string | null {
  let best: string | null = null;
  let most = 0;
  for (const [value, docs] of given) {
    if (docs.size > most) {
      best = value;
      most = docs.size;
    }
  }
  return best;
}

export function describeArticles(engine: Engine): ArticleSummary[] {
  return engine.corpus.documents.map((doc) => ({
    id: doc.id,
    ...doc.meta,
    paragraphs: doc.paragraphs.length,
  }));
}
