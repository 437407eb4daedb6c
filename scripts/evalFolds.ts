/**
 * Folds by article for the PolNeAR training split: a change that helps attribution should help on
 * articles it was not written for, so the set is scored in five parts and reported by their mean
 * and their worst. An article's fold is fixed by a hash of its file name (no randomness, no order).
 */
import { createHash } from 'node:crypto';

export const FOLDS = 5;

/** The fold (0 to FOLDS - 1) a document belongs to. */
export function foldOf(doc: string): number {
  return createHash('md5').update(doc).digest().readUInt32BE(0) % FOLDS;
}

/** The figures of score-quotes.mjs --json that the folds report. */
export interface FoldScore {
  recall: number;
  precision: number;
  speakerAccuracy: number;
  goldDirect: number;
  systemQuotes: number;
}

const MEASURES = ['recall', 'precision', 'speakerAccuracy'] as const;

const percent = (x: number): string => `${(100 * x).toFixed(1)}%`.padStart(7);

/** One line per fold, then the mean and the worst fold of each measure. */
export function foldSummary(scores: readonly FoldScore[], asJson: boolean): string {
  const mean = Object.fromEntries(MEASURES.map((m) => [m, scores.reduce((a, s) => a + s[m], 0) / scores.length]));
  const worst = Object.fromEntries(MEASURES.map((m) => [m, Math.min(...scores.map((s) => s[m]))]));
  if (asJson) return JSON.stringify({ folds: scores, mean, worst });
  const row = (label: string, r: Record<string, number>, extra = ''): string =>
    `${label.padEnd(8)} ${MEASURES.map((m) => percent(r[m] ?? 0)).join('   ')}${extra}`;
  return (
    [
      `fold      recall  precision  speaker`,
      ...scores.map((s, k) =>
        row(`${k + 1}`, { ...s }, `   (${s.goldDirect} gold direct, ${s.systemQuotes} system quotes)`),
      ),
      row('mean', mean),
      row('worst', worst),
    ].join('\n') + '\n'
  );
}
