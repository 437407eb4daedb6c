import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/loadCorpus.js';
import { findQuotes } from '../src/quotes/findQuotes.js';
import { expectWellFormed } from './helpers/document.js';

const corpus = await loadCorpus(fileURLToPath(new URL('../corpus', import.meta.url)));
const doc = corpus.documents[0]!;
const quotes = findQuotes(doc);

const BRISARD = 'Jean-Charles Brisard';
const BRISARD_ROLE = 'president of the French Centre for the Analysis of Terrorism';

describe('findQuotes on the bundled article', () => {
  it('loads the one bundled article', () => {
    expect(corpus.issues).toEqual([]);
    expect(corpus.documents).toHaveLength(1);
  });

  it('finds every quote with its paragraph, kind, speaker and role, in order', () => {
    expect(quotes.map((q) => [q.paragraph, q.kind, q.speaker?.name ?? null, q.speaker?.role ?? null])).toEqual([
      [1, 'reported', 'Terrorism experts', null],
      [2, 'reported', BRISARD, BRISARD_ROLE],
      [3, 'direct', BRISARD, BRISARD_ROLE],
      [4, 'direct', BRISARD, BRISARD_ROLE],
      [5, 'reported', 'The United Nations and the American government', null],
      [6, 'direct', BRISARD, BRISARD_ROLE],
      [7, 'reported', 'The UN', null],
      [7, 'partial', 'The UN', null],
      [9, 'partial', 'The Canadian government', null],
      [10, 'reported', 'Reports', null],
      [11, 'reported', 'Canadian law enforcement', null],
      [12, 'direct', 'Denis Michaud', 'RCMP Deputy Commissioner'],
    ]);
  });

  it('returns each quote as the exact slice of the article body, with mentions of its speaker', () => {
    expectWellFormed(doc, quotes);
  });

  it('reports the clause after "told RTL radio listeners that"', () => {
    const quote = quotes.find((q) => q.paragraph === 2)!;
    expect(quote.text.startsWith('ISIS is still an active threat')).toBe(true);
  });

  it('keeps the bracketed insertion inside a quotation', () => {
    const quote = quotes.find((q) => q.paragraph === 4)!;
    expect(quote.text).toContain('[ISIS]');
  });

  it('keeps the curly marks of a partial quotation', () => {
    const quote = quotes.find((q) => q.paragraph === 9)!;
    expect(quote.text).toBe('“about 60”');
  });

  it('points the mention of a pronoun cue at the pronoun', () => {
    const quote = quotes.find((q) => q.paragraph === 3)!;
    const mention = quote.speaker?.mention;
    expect(mention && doc.body.slice(mention.start, mention.end)).toBe('he');
  });
});
