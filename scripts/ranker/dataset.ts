/**
 * The training and checking data of the learned ranker: questions asked of a corpus, with
 * every candidate's features and whether the passage shown for it holds a gold answer (as
 * the public scorer decides: lower case, straight quotes, whitespace collapsed).
 */
import { readFileSync } from 'node:fs';
import { analyzeQuestion } from '../../src/answer/question.js';
import { FEATURE_NAMES, relateToBest, type FeatureVector } from '../../src/answer/rankFeatures.js';
import { WEIGHTS, type DecisionVector } from '../../src/answer/rankerModel.js';
import { rankQuestion, type Candidate } from '../../src/answer/rankSentences.js';
import { passageRuns, type PassageRun, type RankedSentence } from '../../src/answer/passageSentences.js';
import type { Engine } from '../../src/engine/engine.js';
import type { Catalog } from '../../src/search/catalog.js';

export interface AskedQuestion {
  id: string;
  text: string;
  answers: string[];
  doc?: string;
  kind?: string;
}

/** One question asked of one corpus, ranked by the first stage. */
export interface Example {
  id: string;
  doc: string;
  kind: string;
  /** Candidates in first-stage order. */
  features: FeatureVector[];
  rows: number[][];
  labels: boolean[];
  /** The decision's figures other than the ranker's best score. */
  decision: DecisionVector;
  /** The corpus's catalog, each candidate's sentence and the normalized gold answers: to show passages as /ask does. */
  catalog: Catalog;
  sentences: RankedSentence[];
  gold: string[];
}

export function readQuestions(file: string): AskedQuestion[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as AskedQuestion);
}

const normalize = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/gu, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/gu, '"')
    .replace(/\s+/gu, ' ')
    .trim();

/** The text of a passage: its sentences from `first` to `last`. */
function runText(catalog: Catalog, { first, last }: PassageRun): string {
  const [from, to] = [catalog.sentences[first]!, catalog.sentences[last]!];
  return from.doc.body.slice(from.start, to.end);
}

/** The text /ask shows for a candidate on its own: its sentence, after the one before when it needs that (see `passageRuns`). */
const passageText = (catalog: Catalog, c: Candidate): string =>
  runText(catalog, passageRuns(catalog, [c], 1, { neighbours: false })[0]!);

/** Asks each question of the engine, keeping the first stage's best `candidates`. */
export function examplesOf(engine: Engine, questions: AskedQuestion[], candidates: number): Example[] {
  const out: Example[] = [];
  for (const question of questions) {
    const q = analyzeQuestion(question.text);
    if (q.terms.length === 0) continue;
    const gold = question.answers.map(normalize).filter(Boolean);
    const ranking = rankQuestion(engine, q, { ...WEIGHTS, candidates });
    const ordered = [...ranking.candidates].sort((a, b) => b.features.firstStageRank - a.features.firstStageRank);
    const shown = ordered.map((c) => passageText(engine.catalog, c));
    out.push({
      id: question.id,
      doc: question.doc ?? '',
      kind: question.kind ?? '',
      features: ordered.map((c) => c.features),
      rows: ordered.map((c) => FEATURE_NAMES.map((name) => c.features[name])),
      labels: shown.map((text) => gold.some((g) => normalize(text).includes(g))),
      decision: ranking.decision,
      catalog: engine.catalog,
      sentences: ordered.map((c) => ({ id: c.id, score: 0, text: c.text })),
      gold,
    });
  }
  return out;
}

/** The same examples cut to the first stage's best `n` candidates, compared with the best of those `n`. */
export function firstN(examples: Example[], n: number): Example[] {
  return examples.map((e) => {
    const features = e.features.slice(0, n).map((f) => ({ ...f }));
    relateToBest(features);
    return {
      ...e,
      features,
      rows: features.map((f) => FEATURE_NAMES.map((name) => f[name])),
      labels: e.labels.slice(0, n),
      sentences: e.sentences.slice(0, n),
    };
  });
}

/**
 * The first `n` passages /ask shows when a question's candidates score `scores` (see
 * `passageRuns`, with or without `neighbours`): whether each holds a gold answer, and its length.
 */
export function shownPassages(
  e: Example,
  scores: readonly number[],
  n: number,
  neighbours: boolean,
): { hit: boolean; length: number }[] {
  const order = scores.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
  const ranked = order.map((i) => ({ ...e.sentences[i]!, score: scores[i]! }));
  return passageRuns(e.catalog, ranked, n, { neighbours }).map((run) => {
    const text = runText(e.catalog, run);
    return { hit: e.gold.some((g) => normalize(text).includes(g)), length: text.length };
  });
}
