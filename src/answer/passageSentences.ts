import type { Catalog, SentenceEntry } from '../search/catalog.js';

/**
 * Which sentences /ask shows for its ranked candidates: each candidate's sentence, after
 * the one before when the reader needs that (see {@link antecedentOf}), or with a
 * sentence of its paragraph that is a candidate nearly as likely, and those between (see
 * {@link NEIGHBOUR_LIKELIHOOD}).
 */

/** A sentence opening with a pronoun or demonstrative names its subject in the sentence before. */
export const OPENS_WITH_REFERENCE = /^\W*(?:it|its|he|his|she|her|they|their|them|this|these|that|those)\b/iu;

/**
 * Longest passage that sentences shown together may make. Three passages
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
 * Whether sentences `first` to `last` may be shown as one passage: they stand in one
 * paragraph, are the words of one speaker or of none (each overlaps the same quotations
 * as the first, or none), so that the passage keeps one attribution, and together run to
 * at most {@link MAX_PASSAGE} characters.
 */
export function joinable(catalog: Catalog, first: number, last: number = first + 1): boolean {
  const a = catalog.sentences[first];
  const z = catalog.sentences[last];
  if (a === undefined || z === undefined || last <= first || z.end - a.start > MAX_PASSAGE) return false;
  for (let id = first + 1; id <= last; id++) {
    const s = catalog.sentences[id]!;
    if (s.paragraphId !== a.paragraphId || !sameQuotes(a, s)) return false;
  }
  return true;
}

const sameQuotes = (a: SentenceEntry, b: SentenceEntry): boolean =>
  a.quotes.length === b.quotes.length && a.quotes.every((q, i) => b.quotes[i] === q);

/**
 * A candidate of the same paragraph as a better one is shown with it as one passage, with
 * the sentences between, when it is at least this likely to hold the answer, relative to
 * the better one: the ranker's scores are log-probabilities of a softmax over a
 * question's candidates, so their difference is the log of that ratio. The reader gets
 * both sentences rather than the ranker's near coin toss between them.
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
    let span = before >= 0 && !shown.has(before) ? { first: before, last: c.id } : undefined;
    if (span === undefined && neighbours) span = alikeSpan(catalog, candidates, i, shown);
    span ??= { first: c.id, last: c.id };
    for (let id = span.first; id <= span.last; id++) shown.add(id);
    runs.push({ ...span, candidate: i });
  }
  return runs;
}

/**
 * Candidate `i` with a candidate of its paragraph at least {@link NEIGHBOUR_LIKELIHOOD} as
 * likely and the sentences between, as catalog positions, when they may be shown as one
 * passage (see {@link joinable}) and none of them is shown yet.
 */
function alikeSpan(
  catalog: Catalog,
  candidates: readonly RankedSentence[],
  i: number,
  shown: ReadonlySet<number>,
): { first: number; last: number } | undefined {
  const c = candidates[i]!;
  for (let j = i + 1; j < candidates.length && c.score - candidates[j]!.score <= NEIGHBOUR_GAP; j++) {
    const first = Math.min(c.id, candidates[j]!.id);
    const last = Math.max(c.id, candidates[j]!.id);
    if (!joinable(catalog, first, last)) continue;
    let free = true;
    for (let id = first; id <= last && free; id++) free = !shown.has(id);
    if (free) return { first, last };
  }
  return undefined;
}
