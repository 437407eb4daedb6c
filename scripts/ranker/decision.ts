/**
 * Fitting the answer-or-refuse decision of /ask: a logistic model over a question's best
 * candidates' figures (`DECISION_NAMES`), fitted with questions asked of the corpus they are
 * about as positives and questions asked of corpora about other subjects as negatives, its
 * threshold set so that no group of negatives gets more than a given share answered.
 */
import { linear, type DecisionName, type DecisionVector, type LinearModel } from '../../src/answer/rankerModel.js';
import type { Example } from './dataset.js';
import { fitLogistic, type FitOptions } from './fit.js';

export type Decision = LinearModel & { threshold: number };

const DECISION_FIT: FitOptions = { l2: 1e-3, steps: 400, rate: 0.05 };

/** The decision's figures for an example whose candidates the ranker `model` scores, as `rankQuestion` works them out. */
export function decisionFigures(e: Example, model: LinearModel): DecisionVector {
  const best = (f: (v: Example['features'][number]) => number): number => Math.max(0, ...e.features.map(f));
  return {
    bestScore: Math.max(...e.features.map((f) => linear(model, f))),
    bestExact: best((f) => f.exactShare),
    bestMeaning: best((f) => f.exactShare + f.relatedShare),
    bestContext: best((f) => f.contextShare),
    bestParagraph: best((f) => f.paragraphShare),
    unknown: e.decision.unknown,
    missingName: e.decision.missingName,
  };
}

/** Positives, and negatives in named groups: the threshold holds each group named in `calibrate` to the share answered. */
export interface DecisionData {
  positives: { examples: Example[]; weight: number }[];
  negatives: Record<string, Example[]>;
  calibrate: readonly string[];
}

/**
 * Fits the decision over the features `names`, with the ranker `model` giving the best
 * score. Every negative counts once, as do the first positive group's questions; another
 * positive group counts `weight` times as much as the first in all, whatever its size. The
 * threshold is the lowest log-odds at which no negative group named in `calibrate` has
 * more than `answeredShare` of its questions answered.
 */
export function fitDecision(
  data: DecisionData,
  model: LinearModel,
  names: readonly DecisionName[],
  answeredShare: number,
): Decision {
  const fitted = fitOn(data, names, (e) => {
    const figures = decisionFigures(e, model);
    return names.map((n) => figures[n]);
  });
  return calibrated(fitted, data, model, answeredShare);
}

/**
 * Adds the features `added` to a fitted decision, keeping the proportions of its weights:
 * a logistic model over its log-odds and the added features, fitted on `data` and written
 * out as one linear model over all the features, with its threshold set as `fitDecision` does.
 */
export function addToDecision(
  base: LinearModel,
  data: DecisionData,
  model: LinearModel,
  added: readonly DecisionName[],
  answeredShare: number,
): Decision {
  const stacked = fitOn(data, ['odds', ...added], (e) => {
    const figures = decisionFigures(e, model);
    return [linear(base, figures), ...added.map((n) => figures[n])];
  });
  const scale = stacked.weights.odds ?? 0;
  const weights: Record<string, number> = {};
  for (const [name, w] of Object.entries(base.weights)) weights[name] = round(scale * w);
  for (const name of added) weights[name] = stacked.weights[name] ?? 0;
  return calibrated({ bias: round(stacked.bias + scale * base.bias), weights }, data, model, answeredShare);
}

const round = (x: number): number => Math.round(x * 1e4) / 1e4;
const usable = (examples: Example[]) => examples.filter((e) => e.features.length > 0);

/** A logistic model over the rows `row` makes of the data's questions, weighted as `fitDecision` says. */
function fitOn(data: DecisionData, names: readonly string[], row: (e: Example) => number[]): LinearModel {
  const rows: number[][] = [];
  const labels: boolean[] = [];
  const weights: number[] = [];
  const firstSize = usable(data.positives[0]?.examples ?? []).length;
  for (const { examples, weight } of data.positives) {
    const kept = usable(examples);
    for (const e of kept) {
      rows.push(row(e));
      labels.push(true);
      weights.push((weight * firstSize) / kept.length);
    }
  }
  for (const e of Object.values(data.negatives).flatMap(usable)) {
    rows.push(row(e));
    labels.push(false);
    weights.push(1);
  }
  const total = weights.reduce((a, b) => a + b, 0);
  return fitLogistic(names, rows, labels, { ...DECISION_FIT, weights: weights.map((w) => w / total) });
}

/** The model with the lowest threshold at which no negative group named in `calibrate` has more than `answeredShare` answered. */
function calibrated(fitted: LinearModel, data: DecisionData, model: LinearModel, answeredShare: number): Decision {
  let threshold = -Infinity;
  for (const group of data.calibrate.map((name) => data.negatives[name] ?? [])) {
    const odds = usable(group)
      .map((e) => linear(fitted, decisionFigures(e, model)))
      .sort((a, b) => b - a);
    const allowed = Math.floor(group.length * answeredShare);
    if (allowed < odds.length) threshold = Math.max(threshold, odds[allowed]!);
  }
  return { ...fitted, threshold: round(threshold + 1e-4) };
}

/** Whether the decision answers an example. */
export const answeredBy =
  (decision: Decision, model: LinearModel) =>
  (e: Example): boolean =>
    e.features.length > 0 && linear(decision, decisionFigures(e, model)) >= decision.threshold;
