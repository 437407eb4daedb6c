import type { SearchResult } from 'minisearch';
import type { Catalog } from '../search/catalog.js';
import { SENTENCE_BM25 } from '../search/searchIndex.js';

/**
 * A query term matched only by a near spelling or as a prefix counts this much of an
 * exact match, as MiniSearch weighs its own fuzzy and prefix matches.
 */
const INEXACT_WEIGHT = 0.4;
/**
 * Length normalisation for paragraphs: the usual document-length default, stronger than
 * for sentences, since a long paragraph is more often about several things.
 */
const PARAGRAPH_B = 0.75;

/** A paragraph's match: its score, and the query terms found exactly in its words. */
export interface ParagraphMatch {
  score: number;
  exact: Set<string>;
}

/**
 * How well each paragraph matches a question, scored by BM25+ over the paragraph as one
 * passage (k and d as for sentences), from the sentence matches alone: a term's
 * frequency in a paragraph is the number of its sentences that contain it, its weight
 * the term's rarity (inverse sentence frequency), and paragraph length is in characters. No paragraph index is needed, and a
 * paragraph no sentence of which matches scores nothing, as it would in one.
 */
export function paragraphScores(
  catalog: Catalog,
  sentenceHits: readonly SearchResult[],
  weightOf: (term: string) => number,
): Map<number, ParagraphMatch> {
  // Per paragraph: each query term's (weighted) count of sentences holding it, and the terms found exactly.
  const found = new Map<number, { counts: Map<string, number>; exact: Set<string> }>();
  for (const hit of sentenceHits) {
    if (!matchesText(hit)) continue;
    const paragraphId = catalog.sentences[hit.id as number]!.paragraphId;
    let terms = found.get(paragraphId);
    if (terms === undefined) found.set(paragraphId, (terms = { counts: new Map(), exact: new Set() }));
    for (const term of hit.queryTerms) {
      const fields = hit.match[term];
      // A query term that is a key of the match was found as itself; otherwise through a near spelling or prefix.
      const weight = fields === undefined ? INEXACT_WEIGHT : fields.includes('text') ? 1 : 0;
      if (weight === 0) continue;
      terms.counts.set(term, (terms.counts.get(term) ?? 0) + weight);
      if (weight === 1) terms.exact.add(term);
    }
  }
  const average = averageLength(catalog);
  const { k, d } = SENTENCE_BM25;
  const b = PARAGRAPH_B;
  const matches = new Map<number, ParagraphMatch>();
  for (const [paragraphId, { counts, exact }] of found) {
    const p = catalog.paragraphs[paragraphId]!;
    const norm = k * (1 - b + (b * (p.end - p.start)) / average);
    let score = 0;
    for (const [term, tf] of counts) score += weightOf(term) * (d + (tf * (k + 1)) / (tf + norm));
    if (score > 0) matches.set(paragraphId, { score, exact });
  }
  return matches;
}

/** Whether a sentence matches in its words, not only in its speaker's name. */
function matchesText(hit: SearchResult): boolean {
  for (const term in hit.match) if (hit.match[term]!.includes('text')) return true;
  return false;
}

const averages = new WeakMap<Catalog, number>();

function averageLength(catalog: Catalog): number {
  let average = averages.get(catalog);
  if (average === undefined) {
    const total = catalog.paragraphs.reduce((sum, p) => sum + (p.end - p.start), 0);
    average = Math.max(1, total / Math.max(1, catalog.paragraphs.length));
    averages.set(catalog, average);
  }
  return average;
}
