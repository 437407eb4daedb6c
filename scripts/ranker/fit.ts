/**
 * Fitting the linear models of `src/answer/rankerModel.ts`, with no dependency: a listwise
 * ranker (softmax over a question's candidates, the answer-holding ones as targets) and a
 * logistic classifier, both by full-batch Adam on standardized features with an L2 penalty.
 * The fitted weights are returned for the raw features.
 */
import type { LinearModel } from '../../src/answer/rankerModel.js';

/** A question's candidates: feature rows, and which hold an answer. */
export interface List {
  rows: number[][];
  labels: boolean[];
}

export interface FitOptions {
  l2: number;
  steps: number;
  rate: number;
  /** Features the L2 penalty leaves alone: the model is pulled towards them alone. */
  free?: readonly string[];
  /** Per row of a logistic fit, its weight in the loss; each row weighs 1 / rows by default. */
  weights?: readonly number[];
}

interface Scale {
  mean: number[];
  std: number[];
}

function scaleOf(rows: number[][], d: number): Scale {
  const mean = new Array<number>(d).fill(0);
  const std = new Array<number>(d).fill(0);
  for (const r of rows) for (let j = 0; j < d; j++) mean[j]! += r[j]! / rows.length;
  for (const r of rows) for (let j = 0; j < d; j++) std[j]! += (r[j]! - mean[j]!) ** 2 / rows.length;
  return { mean, std: std.map((v) => Math.sqrt(v) || 1) };
}

/** Weights on standardized features → a model of the raw ones. */
function unscale(names: readonly string[], w: number[], bias: number, s: Scale): LinearModel {
  const weights: Record<string, number> = {};
  let b = bias;
  names.forEach((name, j) => {
    weights[name] = round(w[j]! / s.std[j]!);
    b -= (w[j]! * s.mean[j]!) / s.std[j]!;
  });
  return { bias: round(b), weights };
}

const round = (x: number): number => Math.round(x * 1e4) / 1e4;

/** Adam over a gradient function; returns the parameters. */
function adam(size: number, gradient: (p: number[]) => number[], o: FitOptions): number[] {
  const p = new Array<number>(size).fill(0);
  const m = new Array<number>(size).fill(0);
  const v = new Array<number>(size).fill(0);
  for (let t = 1; t <= o.steps; t++) {
    const g = gradient(p);
    for (let j = 0; j < size; j++) {
      m[j] = 0.9 * m[j]! + 0.1 * g[j]!;
      v[j] = 0.999 * v[j]! + 0.001 * g[j]! ** 2;
      p[j]! -= (o.rate * (m[j]! / (1 - 0.9 ** t))) / (Math.sqrt(v[j]! / (1 - 0.999 ** t)) + 1e-8);
    }
  }
  return p;
}

/**
 * A listwise linear ranker: maximizes the softmax probability of a question's
 * answer-holding candidates. The L2 penalty leaves the `free` features alone, so it pulls
 * the model towards those alone.
 */
export function fitRanker(names: readonly string[], lists: List[], o: FitOptions): LinearModel {
  const d = names.length;
  const usable = lists.filter((l) => l.labels.some(Boolean) && !l.labels.every(Boolean));
  const s = scaleOf(
    usable.flatMap((l) => l.rows),
    d,
  );
  const z = usable.map((l) => l.rows.map((r) => r.map((x, j) => (x - s.mean[j]!) / s.std[j]!)));
  const w = adam(
    d,
    (p) => {
      const g = p.map((x, j) => (o.free?.includes(names[j]!) ? 0 : o.l2 * x));
      z.forEach((rows, k) => {
        const scores = rows.map((r) => r.reduce((sum, x, j) => sum + x * p[j]!, 0));
        const top = Math.max(...scores);
        const e = scores.map((x) => Math.exp(x - top));
        const all = e.reduce((a, b) => a + b, 0);
        const pos = e.reduce((a, b, i) => a + (usable[k]!.labels[i] ? b : 0), 0);
        rows.forEach((r, i) => {
          const coef = e[i]! / all - (usable[k]!.labels[i] ? e[i]! / pos : 0);
          for (let j = 0; j < d; j++) g[j]! += (coef * r[j]!) / z.length;
        });
      });
      return g;
    },
    o,
  );
  return unscale(names, w, 0, s);
}

/** Logistic regression: the log-odds that a row is a positive. */
export function fitLogistic(names: readonly string[], rows: number[][], labels: boolean[], o: FitOptions): LinearModel {
  const d = names.length;
  const s = scaleOf(rows, d);
  const z = rows.map((r) => r.map((x, j) => (x - s.mean[j]!) / s.std[j]!));
  const weightOf = (i: number): number => o.weights?.[i] ?? 1 / z.length;
  const p = adam(
    d + 1,
    (p) => {
      const g = p.map((x, j) => (j < d ? o.l2 * x : 0));
      z.forEach((r, i) => {
        const logit = p[d]! + r.reduce((sum, x, j) => sum + x * p[j]!, 0);
        const err = 1 / (1 + Math.exp(-logit)) - (labels[i] ? 1 : 0);
        for (let j = 0; j < d; j++) g[j]! += err * r[j]! * weightOf(i);
        g[d]! += err * weightOf(i);
      });
      return g;
    },
    o,
  );
  return unscale(names, p.slice(0, d), p[d]!, s);
}
