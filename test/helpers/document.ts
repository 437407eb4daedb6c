import { expect } from 'vitest';
import type { CorpusDocument } from '../../src/corpus/types.js';
import { splitPassages } from '../../src/passages/splitPassages.js';
import { findQuotes } from '../../src/quotes/findQuotes.js';
import type { Quote } from '../../src/quotes/types.js';

/** A document with the given body and default metadata, split as the corpus loader splits it. */
export function documentOf(body: string, id = 't'): CorpusDocument {
  return {
    id,
    file: `${id}.md`,
    meta: { title: id, source: null, date: null, url: null, byline: null },
    body,
    bodyLine: 1,
    ...splitPassages(body),
  };
}

/** The text a speaker's mention points at, or null when the quote has no mention. */
export function mentionText(doc: CorpusDocument, quote: Quote): string | null {
  const mention = quote.speaker?.mention;
  return mention ? doc.body.slice(mention.start, mention.end) : null;
}

const PRONOUN = /^(?:he|she|they|it|who|which|his|her|their|its)$/iu;
const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];

/**
 * Checks what must hold for every quote of a document: its text is the body slice it
 * points to, and a mention, when there is one, is a pronoun, shares a word with the
 * speaker's name, or is the description shown as the role ("the Florida senator").
 */
export function expectWellFormed(doc: CorpusDocument, quotes: readonly Quote[]): void {
  for (const quote of quotes) {
    expect(quote.doc).toBe(doc.id);
    expect(quote.start).toBeLessThan(quote.end);
    expect(quote.text).toBe(doc.body.slice(quote.start, quote.end));
    const mention = mentionText(doc, quote);
    if (mention === null || !quote.speaker) continue;
    const nameWords = words(quote.speaker.name);
    const named =
      PRONOUN.test(mention) || words(mention).some((w) => nameWords.includes(w)) || mention === quote.speaker.role;
    expect(named, `mention "${mention}" of ${quote.speaker.name}`).toBe(true);
  }
}

/** Finds the quotes in a body, after checking that every one is well formed. */
export function quotesIn(body: string): { doc: CorpusDocument; quotes: Quote[] } {
  const doc = documentOf(body);
  const quotes = findQuotes(doc);
  expectWellFormed(doc, quotes);
  return { doc, quotes };
}

/** Speaker name, role and mention text of each quote found in `body`, in order. */
export function speakersIn(body: string): { name: string | null; role: string | null; mention: string | null }[] {
  const { doc, quotes } = quotesIn(body);
  return quotes.map((q: Quote) => ({
    name: q.speaker?.name ?? null,
    role: q.speaker?.role ?? null,
    mention: mentionText(doc, q),
  }));
}

/** Speaker name of each quote found in `body`, in order; null for a quote whose speaker is unknown. */
export function speakerNamesIn(body: string): (string | null)[] {
  return speakersIn(body).map((s) => s.name);
}
