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

/**
 * The paragraphs a search matched: each one's score, and the query terms found exactly
 * in its words. Held as a few flat arrays, since a search of many articles matches
 * thousands of paragraphs for every question and the ranking looks up a few hundred.
 */
export class ParagraphMatches {
  constructor(
    private readonly terms: readonly string[],
    /** Ids of the matching paragraphs, ascending. */
    private readonly ids: Int32Array,
    private readonly scores: Float64Array,
    /** Per matching paragraph, a row of one flag per term of `terms`: 1 when found exactly. */
    private readonly exact: Uint8Array,
  ) {}

  /** How many paragraphs match. */
  get size(): number {
    return this.ids.length;
  }

  /** A paragraph's score; 0 when it does not match. */
  scoreOf(paragraphId: number): number {
    const at = this.placeOf(paragraphId);
    return at < 0 ? 0 : this.scores[at]!;
  }

  /** Whether a paragraph holds a query term exactly, in its sentences' words. */
  holdsExactly(paragraphId: number, term: string): boolean {
    const at = this.placeOf(paragraphId);
    const column = this.terms.indexOf(term);
    return at >= 0 && column >= 0 && this.exact[at * this.terms.length + column] === 1;
  }

  /** The ids of the `count` best matching paragraphs, best first: highest score, then lowest id. */
  best(count: number): number[] {
    const chosen: number[] = [];
    const before = (a: number, b: number): boolean =>
      this.scores[a]! > this.scores[b]! || (this.scores[a] === this.scores[b] && this.ids[a]! < this.ids[b]!);
    for (let at = 0; at < this.ids.length && count > 0; at++) {
      if (chosen.length === count) {
        if (!before(at, chosen[count - 1]!)) continue;
        chosen.pop();
      }
      let i = chosen.length;
      chosen.push(at);
      for (; i > 0 && before(at, chosen[i - 1]!); i--) chosen[i] = chosen[i - 1]!;
      chosen[i] = at;
    }
    return chosen.map((at) => this.ids[at]!);
  }

  /** Where a paragraph sits in `ids`; -1 when it does not match. */
  private placeOf(paragraphId: number): number {
    let low = 0;
    let high = this.ids.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const id = this.ids[middle]!;
      if (id === paragraphId) return middle;
      if (id < paragraphId) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }
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
): ParagraphMatches {
  const terms: string[] = [];
  let textHits = 0;
  for (const hit of sentenceHits) {
    if (!matchesText(hit)) continue;
    textHits++;
    for (const term of hit.queryTerms) if (!terms.includes(term)) terms.push(term);
  }
  // Per paragraph met (its slot), one row per term: the (weighted) count of its sentences holding the
  // term, whether one holds it exactly, and the columns in the order the terms were first met.
  const width = terms.length;
  const counts = new Float64Array(textHits * width);
  const exact = new Uint8Array(textHits * width);
  const order = new Int32Array(textHits * width);
  const termsIn = new Int32Array(textHits);
  const slotOf = slotsOf(catalog);
  const paragraphOf = new Int32Array(textHits);
  let slots = 0;
  try {
    for (const hit of sentenceHits) {
      if (!matchesText(hit)) continue;
      const paragraphId = catalog.sentences[hit.id as number]!.paragraphId;
      let slot = slotOf[paragraphId]!;
      if (slot < 0) {
        slot = slotOf[paragraphId] = slots++;
        paragraphOf[slot] = paragraphId;
      }
      for (const term of hit.queryTerms) {
        const fields = hit.match[term];
        // A query term that is a key of the match was found as itself; otherwise through a near spelling or prefix.
        const weight = fields === undefined ? INEXACT_WEIGHT : fields.includes('text') ? 1 : 0;
        if (weight === 0) continue;
        const column = terms.indexOf(term);
        const cell = slot * width + column;
        const count = counts[cell]!;
        if (count === 0) order[slot * width + termsIn[slot]!++] = column;
        counts[cell] = count + weight;
        if (weight === 1) exact[cell] = 1;
      }
    }
    const weights = terms.map((term) => weightOf(term));
    const average = averageLength(catalog);
    const { k, d } = SENTENCE_BM25;
    const b = PARAGRAPH_B;
    const ids = new Int32Array(slots);
    const scores = new Float64Array(slots);
    const found = new Uint8Array(slots * width);
    let matching = 0;
    for (const paragraphId of paragraphOf.subarray(0, slots).sort()) {
      const slot = slotOf[paragraphId]!;
      const p = catalog.paragraphs[paragraphId]!;
      const norm = k * (1 - b + (b * (p.end - p.start)) / average);
      let score = 0;
      for (let n = 0; n < termsIn[slot]!; n++) {
        const column = order[slot * width + n]!;
        const tf = counts[slot * width + column]!;
        score += weights[column]! * (d + (tf * (k + 1)) / (tf + norm));
      }
      if (!(score > 0)) continue;
      for (let column = 0; column < width; column++) found[matching * width + column] = exact[slot * width + column]!;
      ids[matching] = paragraphId;
      scores[matching++] = score;
    }
    return new ParagraphMatches(
      terms,
      ids.subarray(0, matching),
      scores.subarray(0, matching),
      found.subarray(0, matching * width),
    );
  } finally {
    for (let slot = 0; slot < slots; slot++) slotOf[paragraphOf[slot]!] = -1;
  }
}

/** Whether a sentence matches in its words, not only in its speaker's name. */
function matchesText(hit: SearchResult): boolean {
  for (const term in hit.match) if (hit.match[term]!.includes('text')) return true;
  return false;
}

/**
 * Per catalog, a slot number for each paragraph, -1 for none: {@link paragraphScores}
 * numbers the paragraphs it meets here and sets them back to -1 before it returns, so
 * that no question allocates a map of the thousands of paragraphs it meets.
 */
const slotTables = new WeakMap<Catalog, Int32Array>();

function slotsOf(catalog: Catalog): Int32Array {
  let slots = slotTables.get(catalog);
  if (slots === undefined) slotTables.set(catalog, (slots = new Int32Array(catalog.paragraphs.length).fill(-1)));
  return slots;
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
