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
  const limit = options.limit ?? 5;
  const q = analyzeQuestion(question);
  if (q.whoSaid !== null) {
    const quoted = whoSaid(engine, q.whoSaid, { limit });
    if (q.inQuotes || (quoted[0]?.score ?? 0) >= QUOTE_MATCH) return quoted;
    const answered = answer(engine, q, limit);
    return answered.length > 0 ? answered : quoted;
  }
  return answer(engine, q, limit);
}

/**
 * The sentences that answer an ordinary question, best first; none when the learned
 * decision (see `rankerModel`) finds that the corpus does not answer it. Results after
 * the first are kept while they score at least {@link MIN_RELATIVE_SCORE} of the best and
 * hold some of the question's words: the others answer something else.
 */
function answer(engine: Engine, q: Question, limit: number): Result[] {
  if (q.terms.length === 0) return [];
  const ranking = rankQuestion(engine, q);
  if (!answers(ranking)) return [];
  const best = ranking.candidates[0]!.score;
  const kept = ranking.candidates.filter((r) => r.score >= best * MIN_RELATIVE_SCORE && r.coverage > 0);
  return passagesOf(engine.catalog, kept, limit);
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
