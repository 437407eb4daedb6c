import type { Catalog, SentenceEntry } from '../search/catalog.js';

/** A sentence opening with a pronoun or demonstrative names its subject in the sentence before. */
export const OPENS_WITH_REFERENCE = /^\W*(?:it|its|he|his|she|her|they|their|them|this|these|that|those)\b/iu;

/**
 * Longest passage a sentence and the one before it may make together. Three passages
 * share a reply of 2,000 characters; a longer sentence before would leave the answer
 * sentence, at the end of the passage, the part most likely to be cut.
 */
const MAX_PASSAGE = 500;

/**
 * The sentence a reader needs before sentence `id` to know what it speaks of, as its
 * position in the catalog; -1 when it needs none. "It was founded in 1842." says nothing
 * of what "it" is: the sentence before, in the same paragraph, names it. Only words of
 * one speaker are joined: both sentences overlap the same quotations, or none, so that
 * the joined passage keeps one attribution.
 */
export function antecedentOf(catalog: Catalog, id: number, text: string): number {
  return joinable(catalog, id - 1) && OPENS_WITH_REFERENCE.test(text) ? id - 1 : -1;
}

/**
 * Whether sentence `first` and the one after it may be shown as one passage: they stand in
 * one paragraph, are the words of one speaker or of none (both overlap the same
 * quotations, or none), so that the passage keeps one attribution, and together run to at
 * most {@link MAX_PASSAGE} characters.
 */
export function joinable(catalog: Catalog, first: number): boolean {
  const a = catalog.sentences[first];
  const b = catalog.sentences[first + 1];
  if (a === undefined || b === undefined || a.paragraphId !== b.paragraphId) return false;
  return sameQuotes(a, b) && b.end - a.start <= MAX_PASSAGE;
}

const sameQuotes = (a: SentenceEntry, b: SentenceEntry): boolean =>
  a.quotes.length === b.quotes.length && a.quotes.every((q, i) => b.quotes[i] === q);
