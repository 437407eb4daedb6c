import type { Catalog, SentenceEntry } from '../search/catalog.js';

/**
 * Which sentences /ask shows for its ranked candidates: each candidate's sentence, after
 * the one before when the reader needs that (see {@link antecedentOf}), or with the
 * sentence beside it when that is a candidate nearly as likely (see
 * {@link NEIGHBOUR_LIKELIHOOD}).
 */

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

/**
 * A candidate beside a better one is shown with it as one passage when it is at least
 * this likely to hold the answer, relative to the better one: the ranker's scores are
 * log-probabilities of a softmax over a question's candidates, so their difference is
 * the log of that ratio. The reader gets both sentences rather than the ranker's near
 * coin toss between them.
 */
const NEIGHBOUR_LIKELIHOOD = 0.5;
const NEIGHBOUR_GAP = -Math.log(NEIGHBOUR_LIKELIHOOD);

/** A ranked sentence: its position in the catalog, its ranker score and its text. */
export interface RankedSentence {
  id: number;
  score: number;
  text: string;
}

/** One passage: the catalog positions of its first and last sentences, and which candidate it shows. */
export interface PassageRun {
  first: number;
  last: number;
  candidate: number;
}

/**
 * The passages shown for candidates ranked best first, at most `limit`. A sentence
 * already shown is not shown again, neither as a passage nor as part of one. Scores that
 * are not the learned ranker's log-probabilities say nothing of how alike two candidates
 * are: pass `neighbours: false` to show them without their neighbours.
 */
export function passageRuns(
  catalog: Catalog,
  candidates: readonly RankedSentence[],
  limit: number,
  { neighbours = true }: { neighbours?: boolean } = {},
): PassageRun[] {
  const shown = new Set<number>();
  const runs: PassageRun[] = [];
  for (const [i, c] of candidates.entries()) {
    if (runs.length === limit) break;
    if (shown.has(c.id)) continue;
    const before = antecedentOf(catalog, c.id, c.text);
    const next = neighbours ? alikeNeighbour(catalog, candidates, i, shown) : undefined;
    shown.add(c.id);
    if (before >= 0 && !shown.has(before)) {
      shown.add(before);
      runs.push({ first: before, last: c.id, candidate: i });
    } else if (next !== undefined) {
      shown.add(next.id);
      runs.push({ first: Math.min(c.id, next.id), last: Math.max(c.id, next.id), candidate: i });
    } else runs.push({ first: c.id, last: c.id, candidate: i });
  }
  return runs;
}

/**
 * The sentence before or after candidate `i`, not yet shown, that is itself a candidate at
 * least {@link NEIGHBOUR_LIKELIHOOD} as likely and may be shown with it (see {@link joinable}).
 */
function alikeNeighbour(
  catalog: Catalog,
  candidates: readonly RankedSentence[],
  i: number,
  shown: ReadonlySet<number>,
): RankedSentence | undefined {
  const c = candidates[i]!;
  for (let j = i + 1; j < candidates.length && c.score - candidates[j]!.score <= NEIGHBOUR_GAP; j++) {
    const other = candidates[j]!;
    if (Math.abs(other.id - c.id) === 1 && !shown.has(other.id) && joinable(catalog, Math.min(c.id, other.id)))
      return other;
  }
  return undefined;
}
