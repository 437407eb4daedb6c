import type { Engine } from '../engine/engine.js';
import { analyzeQuestion, type Question } from './question.js';
import type { Catalog } from '../search/catalog.js';
import { passageRuns } from './passageSentences.js';
import { answers, rankQuestion, type Candidate } from './rankSentences.js';
import { sentenceResult, sentenceRunResult } from './results.js';
import type { Result } from './types.js';
import { whoSaid } from './whoSaid.js';

export interface AskOptions {
  /** Most results to return. Default 5. */
  limit?: number;
}

/** What {@link askOrClosest} finds: the answer, and when there is none, what comes closest. */
export interface Asked {
  /** The passages that answer the question, best first, as {@link ask} returns them. */
  results: Result[];
  /**
   * When `results` is empty: the passages that come closest to the question all the same,
   * best first, at most {@link CLOSEST}. Shown only on request and under a label that says
   * they may not answer it, since for a question on another subject they are the least
   * bad passages. A question worded otherwise than its article is often refused with its
   * answer among them ("Is the organisation still a menace?" and "… a real threat").
   */
  closest: Result[];
}

/** Most passages offered as coming closest to a question the corpus is not taken to answer. */
export const CLOSEST = 3;

/** Results scoring below this share of the best one are dropped: they answer something else. */
const MIN_RELATIVE_SCORE = 0.35;
/**
 * A "who said …" match this close (see {@link whoSaid}) is taken as the words being
 * quoted. Below it, "Who wrote the lyrics of the anthem?" is more likely a question
 * about the article's facts than a misremembered quote, and is answered as one.
 */
const QUOTE_MATCH = 0.8;

/**
 * The passages of the corpus that best answer a question, best first. Each result is a
 * sentence, ranked by a learned model over its match, its paragraph's and neighbours'
 * matches, words of related meaning and whether it holds the kind of answer asked for. A
 * question the corpus does not answer gets no results. "Who said …" questions go to {@link whoSaid},
 * unless what follows is not in quotation marks and matches no quote closely.
 */
export function ask(engine: Engine, question: string, options: AskOptions = {}): Result[] {
  return askOrClosest(engine, question, options).results;
}

/** {@link ask}'s results, and when there are none, the passages that come closest (see {@link Asked}). */
export function askOrClosest(engine: Engine, question: string, options: AskOptions = {}): Asked {
  const limit = options.limit ?? 5;
  const q = analyzeQuestion(question);
  if (q.whoSaid !== null) {
    const quoted = whoSaid(engine, q.whoSaid, { limit });
    if (q.inQuotes || (quoted[0]?.score ?? 0) >= QUOTE_MATCH) return { results: quoted, closest: [] };
    const answered = answer(engine, q, limit);
    return answered.results.length > 0 || quoted.length === 0 ? answered : { results: quoted, closest: [] };
  }
  return answer(engine, q, limit);
}

/**
 * The sentences that answer an ordinary question, best first; none when the learned
 * decision (see `rankerModel`) finds that the corpus does not answer it, and then the
 * closest instead. Results after the first are kept while they score at least
 * {@link MIN_RELATIVE_SCORE} of the best and hold some of the question's words: the
 * others answer something else. The closest need not hold any of its words exactly, as a
 * question is refused most often for the words it does not share with its answer.
 */
function answer(engine: Engine, q: Question, limit: number): Asked {
  if (q.terms.length === 0) return { results: [], closest: [] };
  const ranking = rankQuestion(engine, q);
  const best = ranking.candidates[0]?.score ?? 0;
  const near = ranking.candidates.filter((r) => r.score >= best * MIN_RELATIVE_SCORE);
  if (!answers(ranking)) return { results: [], closest: passagesOf(engine.catalog, near, CLOSEST) };
  const kept = near.filter((r) => r.coverage > 0);
  return { results: passagesOf(engine.catalog, kept, limit), closest: [] };
}

/** Each candidate as a passage (see {@link passageRuns}), credited as its last sentence is. */
function passagesOf(catalog: Catalog, candidates: readonly Candidate[], limit: number): Result[] {
  return passageRuns(catalog, candidates, limit).map(({ first, last, candidate }) => {
    const c = candidates[candidate]!;
    const score = Math.round(c.score * 1000) / 1000;
    return first === last
      ? sentenceResult(c.entry, score, c.text)
      : sentenceRunResult(catalog.sentences[first]!, catalog.sentences[last]!, score);
  });
}
