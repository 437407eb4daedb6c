import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as ask from '../commands/ask.js';
import { articleEngine, findArticle, suggestArticles } from '../src/answer/articles.js';
import { listQuotes, listSpeakers } from '../src/answer/listings.js';
import { createEngine } from '../src/engine/engine.js';
import { matchTyped, quotesWithPhrase } from '../src/answer/suggest.js';
import { openEngine } from '../src/engine/openEngine.js';
import { handleButton } from '../src/interactions/buttons.js';
import { pageButtons, parseButton } from '../src/interactions/components.js';
import { readInContextUrl } from '../src/interactions/textFragment.js';
import { buildCatalog } from '../src/search/catalog.js';
import { findQuotes } from '../src/quotes/findQuotes.js';
import { bundledEngine } from './helpers/bundled.js';
import { documentOf } from './helpers/document.js';
import { buttonPress, chatInput, contextFor } from './helpers/interactions.js';
import { writeManyArticles } from './helpers/manyArticles.js';
import { quotedLines } from './helpers/replies.js';

const dir = mkdtempSync(join(tmpdir(), 'verbatim-many-unit-'));
writeManyArticles(dir);
const { engine: many } = await openEngine(dir, { indexFile: join(dir, '.index') });
const bundled = await bundledEngine();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('typed quote matching', () => {
  const doc = documentOf(
    [
      '“Honestly, the [old] Bridge may not last,” said Ann Holt.',
      '“The bridge may not last the winter,” said Ben Cole.',
      '“Nobody thinks the bridge may fall,” said Cy Dunn.',
    ].join('\n\n'),
  );
  const catalog = buildCatalog({ dir: '.', documents: [doc], issues: [] }, new Map([[doc.id, findQuotes(doc)]]));
  const texts = (ids: number[]): string[] => ids.map((id) => catalog.quotes[id]!.text);

  it('puts a quote that starts with the words before one that contains them, ignoring marks, brackets and case', () => {
    expect(texts(quotesWithPhrase(catalog, 'the bridge may', 5))).toEqual([
      '“The bridge may not last the winter,”',
      '“Nobody thinks the bridge may fall,”',
    ]);
    expect(texts(quotesWithPhrase(catalog, 'HONESTLY “the” [old] bridge, may', 5))).toEqual([
      '“Honestly, the [old] Bridge may not last,”',
    ]);
    expect(texts(quotesWithPhrase(catalog, 'old bridge may n', 5))).toEqual([
      '“Honestly, the [old] Bridge may not last,”',
    ]);
    expect(quotesWithPhrase(catalog, 'bridge may not', 1)).toHaveLength(1);
    expect(quotesWithPhrase(catalog, 'ridge may', 5)).toEqual([]);
  });

  it('keeps to one article when asked', () => {
    const range = many.catalog.entriesOf.get('isis-threat-to-the-west')!.quotes;
    const everywhere = quotesWithPhrase(many.catalog, 'we may not', 25);
    const scoped = quotesWithPhrase(many.catalog, 'we may not', 25, range);
    expect(everywhere.length).toBeGreaterThan(scoped.length);
    for (const id of scoped) expect(many.catalog.quotes[id]!.doc).toBe('isis-threat-to-the-west');
  });

  it('answers "we may not" with the quote that starts so, on the bundled article alone too', () => {
    for (const engine of [bundled, many]) {
      expect(matchTyped(engine, 'we may not', 5)[0]?.text).toMatch(/^“We may not be in a position/u);
      expect(matchTyped(engine, 'this threat must', 5)[0]?.text).toMatch(/^“This threat must be taken/u);
    }
  });
});

describe('articles', () => {
  it('are found by words of the title, the file id or the source, and named by id, title or a sole match', () => {
    expect(suggestArticles(many, 'isis', 25).map((d) => d.id)).toEqual(['isis-threat-to-the-west']);
    expect(suggestArticles(many, 'brookmere cour', 25).every((d) => d.meta.source === 'The Brookmere Courier')).toBe(
      true,
    );
    expect(findArticle(many, 'isis-threat-to-the-west')?.id).toBe('isis-threat-to-the-west');
    expect(findArticle(many, 'ISIS still a threat to the West, experts warn')?.id).toBe('isis-threat-to-the-west');
    expect(findArticle(many, 'ferry')).toBeNull();
    expect(findArticle(many, 'no such thing')).toBeNull();
  });

  it('scope an engine to one article, whose results all come from it', () => {
    const article = findArticle(many, 'isis')!;
    const scoped = articleEngine(many, article);
    expect(scoped.corpus.documents).toEqual([article]);
    expect(articleEngine(many, article)).toBe(scoped);
  });
});

describe('speakers across articles', () => {
  it('are one per proper name with the articles that quote them, and one per article for a role', () => {
    const speakers = listSpeakers(many);
    const okafor = speakers.filter((s) => s.name === 'Mara Okafor');
    expect(okafor).toHaveLength(1);
    expect(okafor[0]!.docs.length).toBeGreaterThan(5);
    const company = speakers.filter((s) => s.name === 'the company');
    expect(company.length).toBeGreaterThan(5);
    for (const s of company) expect(s.docs).toHaveLength(1);
    const firstGeneric = speakers.findIndex((s) => !s.named);
    expect(speakers.slice(firstGeneric).every((s) => !s.named)).toBe(true);
  });
});

/** An engine over one article per story, with ids `${prefix}-0`, `${prefix}-1`, … */
const storiesEngine = (prefix: string, stories: readonly string[]) =>
  createEngine({ dir: '.', documents: stories.map((body, i) => documentOf(body, `${prefix}-${i}`)), issues: [] });

describe('a speaker’s role across articles', () => {
  const engine = storiesEngine('port', [
    '“The ferry will run all winter,” said Mara Holt, the ferry captain.',
    '“The pier needs new piles,” said Mara Holt, the harbour master.\n\n“We start in May,” Holt said.',
    '“The harbour is busier than ever,” said Mara Holt, the harbour master.',
  ]);
  const holt = (article?: number) =>
    listSpeakers(engine, article === undefined ? undefined : engine.corpus.documents[article]).find(
      (s) => s.name === 'Mara Holt',
    );

  it('is the role most of their articles give, not the first one met', () => {
    expect(holt()).toMatchObject({ role: 'the harbour master', count: 4, docs: ['port-0', 'port-1', 'port-2'] });
  });

  it('is the role the article gives when one article is listed', () => {
    expect(holt(0)?.role).toBe('the ferry captain');
    expect(holt(1)?.role).toBe('the harbour master');
  });
});

describe('a speaker named with and without a middle initial', () => {
  const engine = storiesEngine('dock', [
    '“The ferry will run all winter,” said Mara Holt, the ferry captain.',
    '“The pier needs new piles,” said Mara J. Holt, the harbour master.',
    '“The harbour is busier than ever,” said Mara Holt, the harbour master.',
    '“The tide tables are wrong,” said J.J. Holt, a fisherman.',
  ]);

  it('is one speaker, under the name most of their articles write', () => {
    const speakers = listSpeakers(engine);
    expect(speakers.find((s) => s.name === 'Mara Holt')).toMatchObject({
      count: 3,
      docs: ['dock-0', 'dock-1', 'dock-2'],
    });
    expect(speakers.some((s) => s.name === 'Mara J. Holt')).toBe(false);
    // Initials alone are kept: J.J. Holt is someone else.
    expect(speakers.find((s) => s.name === 'J.J. Holt')?.count).toBe(1);
  });

  it('has all their quotes listed under either name', () => {
    for (const typed of ['Mara Holt', 'Mara J. Holt'])
      expect(listQuotes(engine, typed).map((q) => q.doc)).toEqual(['dock-0', 'dock-1', 'dock-2']);
  });
});

describe('buttons', () => {
  it('carry a listing page in a custom id of at most 100 characters, and read back', () => {
    const [row] = pageButtons({ listing: 'q', article: 30, speaker: 'Jean-Charles: Brisard' }, { number: 1, count: 4 });
    const [previous, next] = row!.components as { custom_id: string; disabled: boolean }[];
    expect(previous!.disabled).toBe(true);
    expect(next!.disabled).toBe(false);
    expect(next!.custom_id.length).toBeLessThanOrEqual(100);
    expect(parseButton(next!.custom_id)).toMatchObject({
      kind: 'list',
      listing: 'q',
      page: 2,
      article: 30,
      speaker: 'Jean-Charles: Brisard',
    });
    expect(pageButtons({ listing: 'q', article: null, speaker: 'x'.repeat(100) }, { number: 1, count: 2 })).toEqual([]);
    expect(pageButtons({ listing: 's', article: null, speaker: null }, { number: 1, count: 1 })).toEqual([]);
    expect(parseButton('list:z:1::')).toBeNull();
  });

  it('link to the passage on the article’s page with a percent-encoded text fragment', () => {
    expect(readInContextUrl(null, 'Anything at all.')).toBeNull();
    expect(readInContextUrl('https://example.org/a#top', '“A well-known, short line.”')).toBe(
      'https://example.org/a#:~:text=A%20well%2Dknown%2C%20short%20line',
    );
    expect(readInContextUrl('https://example.org/a', 'One two three four five six seven eight nine ten.')).toBe(
      'https://example.org/a#:~:text=One%20two%20three%20four,seven%20eight%20nine%20ten',
    );
  });

  it('share a private answer’s passages for everyone, with who shared them and no pings', async () => {
    const context = contextFor(many);
    const asked = chatInput('ask', { question: 'When will the bridge reopen?', private: true }, '1180000000000000555');
    await ask.execute(asked.interaction, context);
    const reply = asked.sent.replies[0]!;
    const share = reply.components.flatMap((r) => r.components).find((b) => 'label' in b && b.label === 'Share');
    expect(share && 'custom_id' in share).toBe(true);
    const pressed = buttonPress(share && 'custom_id' in share ? share.custom_id : '', '1180000000000000555');
    await handleButton(pressed.interaction, context);
    const shared = pressed.sent.replies[0]!;
    expect(shared.flags).toBeUndefined();
    expect(shared.allowedMentions).toEqual({ parse: [] });
    expect(quotedLines(shared.content)).toEqual(quotedLines(reply.content));
    expect(shared.content).toMatch(/-# shared by <@1180000000000000555>$/u);
  });

  it('address an answer to its target, mentioning only that user, and never when private', async () => {
    const context = contextFor(many);
    const target = '1180000000000000999';
    const asked = chatInput('ask', { question: 'When will the bridge reopen? <@1180000000000000111>', target });
    await ask.execute(asked.interaction, context);
    expect(asked.sent.replies[0]!.content.split('\n')[0]).toBe(`For <@${target}>:`);
    expect(asked.sent.replies[0]!.allowedMentions).toEqual({ parse: [], users: [target] });
    const quiet = chatInput('ask', { question: 'When will the bridge reopen?', target, private: true });
    await ask.execute(quiet.interaction, context);
    expect(quiet.sent.replies[0]!.allowedMentions).toEqual({ parse: [] });
    expect(quiet.sent.replies[0]!.content).not.toContain(target);
  });
});
