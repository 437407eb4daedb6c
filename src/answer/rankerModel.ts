import stored from './rankerWeights.json' with { type: 'json' };
import type { FeatureVector } from './rankFeatures.js';

/**
 * The learned parts of /ask, fitted by `npm run train-ranker` (see `scripts/trainRanker.ts`)
 * on SQuAD questions of some articles and checked on others: a linear ranker over a
 * candidate sentence's features, and a logistic decision over a question's best
 * candidates whether the corpus answers it at all. The ranker is the first stage's score
 * with a small correction, fitted with the other weights pulled towards 0, over features
 * that mean the same on a one-article corpus and a many-article one: each candidate's
 * share of the question's meaning and context as a share of its best candidate's, its
 * paragraph's match as a share of the best paragraph's, its length. A ranker fitted freely
 * on all the features gained on the articles like those it was fitted on and lost more on
 * others (see the README's Evaluation).
 */

/** What the answer-or-refuse decision reads of a question's ranking: its best candidates' figures. */
export const DECISION_NAMES = [
  /** The best ranker score. */
  'bestScore',
  /** The highest share of the question's weight found exactly in one sentence. */
  'bestExact',
  /** The same counting words of related meaning at their similarity. */
  'bestMeaning',
  /** The highest share found exactly in a sentence and its neighbours. */
  'bestContext',
  /** The highest share found exactly in a sentence or its paragraph. */
  'bestParagraph',
  /** Share of the question's weight on words the corpus never uses and no word of related meaning stands in for. */
  'unknown',
  /** 1 when the question names something (a capitalized word after the first) the corpus never mentions, else 0. */
  'missingName',
] as const;

export type DecisionName = (typeof DECISION_NAMES)[number];
export type DecisionVector = Record<DecisionName, number>;

/** A linear model: bias plus the weighted sum of named features (missing weights count 0). */
export interface LinearModel {
  bias: number;
  weights: Record<string, number>;
}

export interface RankerWeights {
  /** Candidates taken from the first stage into the ranker. */
  candidates: number;
  ranker: LinearModel;
  /** Answers when the decision's log-odds reach `threshold`. */
  decision: LinearModel & { threshold: number };
}

export const WEIGHTS: RankerWeights = stored;

export function linear(model: LinearModel, features: Partial<FeatureVector> | Partial<DecisionVector>): number {
  let sum = model.bias;
  // `for … in` reads the names without the list of pairs `Object.entries` would build, once per candidate.
  const values: Readonly<Record<string, number | undefined>> = features;
  for (const name in values) sum += (model.weights[name] ?? 0) * (values[name] ?? 0);
  return sum;
}
