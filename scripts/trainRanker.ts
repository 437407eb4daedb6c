/**
 * `npm run train-ranker [-- --write]`: fits the learned ranker and the answer-or-refuse
 * decision of /ask (`src/answer/rankerWeights.json`) on the public SQuAD dev articles in
 * ../shared/eval (read at run time, never copied), and reports them on data they were not
 * fitted on: squad-wiki-dev split by article (fit on half, check on the other half, and the
 * reverse), then Notre Dame, the project's paraphrase sets and off-topic questions, which
 * are never fitted on. Negatives for the decision: SQuAD questions asked of the bundled article.
 *
 * The ranker is fitted as a correction to the first stage's score: the first stage's weight
 * is free, the others' pulled towards 0 (L2), so it keeps the order that holds on other
 * corpora and moves only where the data agree. Its default features are those whose means
 * over the candidates differ little between squad-wiki-dev and Notre Dame (printed first):
 * a feature that means something else on a one-article corpus does not carry across.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCorpus } from '../src/corpus/loadCorpus.js';
import { createEngine } from '../src/engine/engine.js';
import { DECISION_NAMES, linear, WEIGHTS, type LinearModel, type RankerWeights } from '../src/answer/rankerModel.js';
import { FEATURE_NAMES } from '../src/answer/rankFeatures.js';
import { examplesOf, firstN, readQuestions, type Example } from './ranker/dataset.js';
import { fitLogistic, fitRanker, type FitOptions } from './ranker/fit.js';

const root = resolve(import.meta.dirname, '..', '..');
const { values } = parseArgs({
  options: {
    write: { type: 'boolean', default: false },
    candidates: { type: 'string', default: String(WEIGHTS.candidates) },
    'eval-dir': { type: 'string', default: process.env.EVAL_DIR ?? join(root, '..', 'shared', 'eval') },
    features: { type: 'string', default: 'meaningOfBest,contextOfBest,paragraph,length' },
    l2: { type: 'string', default: '0.3' },
    'with-nd': { type: 'boolean', default: false },
    /** `first-stage` keeps the first stage's order (the learned ranker is then reported, not written). */
    ranker: { type: 'string', default: 'learned' },
    'negatives-answered': { type: 'string', default: '0.005' },
    /** A feature the L2 penalty leaves alone (the ranker is a correction to it), or none. */
    base: { type: 'string', default: 'firstStage' },
  },
});
const evalDir = resolve(values['eval-dir']);
const N = Number(values.candidates);
const base = values.base as (typeof FEATURE_NAMES)[number] | '';
const names = [...(base === '' ? [] : [base]), ...values.features.split(',')] as (typeof FEATURE_NAMES)[number][];
const RANKER_FIT: FitOptions = { l2: Number(values.l2), steps: 300, rate: 0.05, free: [base] };
const DECISION_FIT: FitOptions = { l2: 1e-3, steps: 400, rate: 0.05 };
/** Share of the training negatives the decision may answer: its threshold. */
const NEGATIVES_ANSWERED = Number(values['negatives-answered']);

const engineOf = async (dir: string) => createEngine(await loadCorpus(dir));
const [notreDame, wikiDev, bundled] = await Promise.all([
  engineOf(join(evalDir, 'squad-notre-dame', 'corpus')),
  engineOf(join(evalDir, 'squad-wiki-dev', 'corpus')),
  engineOf(join(root, 'corpus')),
]);
const ndQuestions = readQuestions(join(evalDir, 'squad-notre-dame', 'questions.jsonl'));
const wdQuestions = readQuestions(join(evalDir, 'squad-wiki-dev', 'questions.jsonl'));
const own = (set: string) => readQuestions(join(root, 'eval', set, 'questions.jsonl'));
const MAX = 60;
const sets = {
  nd: examplesOf(notreDame, ndQuestions, MAX),
  wd: examplesOf(wikiDev, wdQuestions, MAX),
  para: examplesOf(wikiDev, own('paraphrases'), MAX),
  paraBundled: examplesOf(bundled, own('paraphrases-bundled'), MAX),
  offTopic: examplesOf(bundled, own('off-topic'), MAX),
  wdOnBundled: examplesOf(bundled, wdQuestions, MAX),
  ndOnBundled: examplesOf(bundled, ndQuestions, MAX),
};
const cut = Object.fromEntries(Object.entries(sets).map(([k, v]) => [k, firstN(v, N)])) as typeof sets;

const pct = (x: number, n: number): string => `${((100 * x) / Math.max(1, n)).toFixed(1)}%`;
const log = (line: string): boolean => process.stdout.write(`${line}\n`);

log(`## First-stage recall: share of questions with an answer-holding candidate among the first N`);
for (const [name, examples] of Object.entries(sets)) {
  if (name.includes('Bundled') && name !== 'paraBundled') continue;
  if (name === 'offTopic') continue;
  const at = (n: number) => examples.filter((e) => e.labels.slice(0, n).some(Boolean)).length;
  log(`${name.padEnd(12)} ${[1, 3, 10, 20, 30, 45, 60].map((n) => `@${n} ${pct(at(n), examples.length)}`).join('  ')}`);
}

log(`\n## Feature means over the candidates: squad-wiki-dev, Notre Dame, relative difference`);
for (const name of FEATURE_NAMES) {
  const mean = (examples: Example[]): number => {
    const values = examples.flatMap((e) => e.features.map((f) => f[name]));
    return values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  };
  const [wd, nd] = [mean(cut.wd), mean(cut.nd)];
  const drift = Math.abs(wd - nd) / Math.max(1e-9, Math.abs(wd), Math.abs(nd));
  log(
    `${name.padEnd(18)} ${wd.toFixed(3)}  ${nd.toFixed(3)}  ${(100 * drift).toFixed(0)}%${names.includes(name) ? '  (used)' : ''}`,
  );
}

const project = (e: Example): number[][] => e.features.map((f) => names.map((n) => f[n]));
const scoresOf = (e: Example, model: LinearModel): number[] => e.features.map((f) => linear(model, f));
const FIRST_STAGE: LinearModel = { bias: 0, weights: { firstStage: 1 } };

/** Hit@1, Hit@3 and median top length, optionally after the decision refuses. */
function hits(examples: Example[], model: LinearModel, decide?: (e: Example) => boolean) {
  let h1 = 0;
  let h3 = 0;
  let answered = 0;
  const lengths: number[] = [];
  for (const e of examples) {
    if (decide && !decide(e)) continue;
    answered++;
    const s = scoresOf(e, model);
    const order = s.map((_, i) => i).sort((a, b) => s[b]! - s[a]! || a - b);
    if (e.labels[order[0]!]) h1++;
    if (order.slice(0, 3).some((i) => e.labels[i])) h3++;
    if (order.length > 0) lengths.push(e.lengths[order[0]!]!);
  }
  lengths.sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
  return `Hit@1 ${pct(h1, examples.length)} Hit@3 ${pct(h3, examples.length)} median ${median} chars, answered ${answered}/${examples.length}`;
}

/** The ranker fitted on some questions; bias 0, as a question's order does not depend on it. */
const fit = (examples: Example[]): LinearModel => {
  const m = fitRanker(
    names,
    examples.map((e) => ({ rows: project(e), labels: e.labels })),
    RANKER_FIT,
  );
  return { ...m, bias: 0 };
};

const docs = [...new Set(cut.wd.map((e) => e.doc))].sort();
const halves = [docs.filter((_, i) => i % 2 === 0), docs.filter((_, i) => i % 2 === 1)];
log(`\n## Cross-validation over squad-wiki-dev articles (first stage → learned)`);
for (const [k, train] of halves.entries()) {
  const test = halves[1 - k]!;
  const model = fit([...cut.wd.filter((e) => train.includes(e.doc)), ...(values['with-nd'] ? cut.nd : [])]);
  const held = cut.wd.filter((e) => test.includes(e.doc));
  log(`fit on ${train.join(', ')}`);
  log(`  other half  ${hits(held, FIRST_STAGE)}  →  ${hits(held, model)}`);
  log(`  Notre Dame  ${hits(cut.nd, FIRST_STAGE)}  →  ${hits(cut.nd, model)}`);
}

if (values['with-nd']) log(`Notre Dame held out, fit on squad-wiki-dev: ${hits(cut.nd, fit(cut.wd))}`);
const learned = fit([...cut.wd, ...(values['with-nd'] ? cut.nd : [])]);
const useLearned = values.ranker === 'learned';
const ranker = useLearned ? learned : FIRST_STAGE;
log(`\n## Fitted on all of squad-wiki-dev`);
for (const name of ['wd', 'nd', 'para', 'paraBundled'] as const) {
  log(`${name.padEnd(12)} ${hits(cut[name], FIRST_STAGE)}  →  ${hits(cut[name], learned)}`);
}
log(`weights: ${JSON.stringify(learned.weights)}`);

/** The decision's figures for an example under a ranker. */
const decisionRow = (e: Example, model: LinearModel): number[] => {
  const best = (f: (v: Example['features'][number]) => number): number => Math.max(0, ...e.features.map(f));
  const v: Record<(typeof DECISION_NAMES)[number], number> = {
    bestScore: Math.max(...scoresOf(e, model)),
    bestExact: best((f) => f.exactShare),
    bestMeaning: best((f) => f.exactShare + f.relatedShare),
    bestContext: best((f) => f.contextShare),
    bestParagraph: best((f) => f.paragraphShare),
    unknown: e.decision.unknown,
  };
  return DECISION_NAMES.map((n) => v[n]);
};

function fitDecision(positives: Example[], negatives: Example[], model: LinearModel) {
  const pos = positives.filter((e) => e.features.length > 0);
  const neg = negatives.filter((e) => e.features.length > 0);
  const rows = [...pos, ...neg].map((e) => decisionRow(e, model));
  const labels = [...pos.map(() => true), ...neg.map(() => false)];
  const decision = fitLogistic(DECISION_NAMES, rows, labels, DECISION_FIT);
  const negativeOdds = neg.map((e) => linear(decision, rowOf(e, model))).sort((a, b) => b - a);
  const threshold = negativeOdds[Math.floor(negatives.length * NEGATIVES_ANSWERED)] ?? 0;
  return { ...decision, threshold: Math.round((threshold + 1e-4) * 1e4) / 1e4 };
}
const rowOf = (e: Example, model: LinearModel) =>
  Object.fromEntries(DECISION_NAMES.map((n, i) => [n, decisionRow(e, model)[i]!]));
const answeredBy = (decision: LinearModel & { threshold: number }, model: LinearModel) => (e: Example) =>
  e.features.length > 0 && linear(decision, rowOf(e, model)) >= decision.threshold;
const share = (examples: Example[], decide: (e: Example) => boolean): string =>
  `${examples.filter(decide).length} of ${examples.length} (${pct(examples.filter(decide).length, examples.length)})`;

log(`\n## Answer or refuse, cross-validated over squad-wiki-dev articles`);
for (const [k, train] of halves.entries()) {
  const test = halves[1 - k]!;
  const model = useLearned ? fit(cut.wd.filter((e) => train.includes(e.doc))) : FIRST_STAGE;
  const decision = fitDecision(
    cut.wd.filter((e) => train.includes(e.doc)),
    cut.wdOnBundled.filter((e) => train.includes(e.doc)),
    model,
  );
  const decide = answeredBy(decision, model);
  log(
    `fit on ${train.join(', ')}: held-out questions answered of their articles ${share(
      cut.wd.filter((e) => test.includes(e.doc)),
      decide,
    )}, of the bundled article ${share(
      cut.wdOnBundled.filter((e) => test.includes(e.doc)),
      decide,
    )}`,
  );
}
const decision = fitDecision(cut.wd, cut.wdOnBundled, ranker);
const decide = answeredBy(decision, ranker);
log(`\n## Answer or refuse, fitted on all of squad-wiki-dev`);
log(`decision: ${JSON.stringify(decision)}`);
log(
  `Notre Dame asked of its article: ${share(cut.nd, decide)}; asked of the bundled article: ${share(cut.ndOnBundled, decide)}`,
);
log(`squad-wiki-dev asked of the bundled article: ${share(cut.wdOnBundled, decide)}`);
for (const kind of ['off-topic', 'unanswerable']) {
  log(
    `own ${kind}: ${share(
      cut.offTopic.filter((e) => e.kind === kind),
      decide,
    )}`,
  );
}
for (const name of ['wd', 'nd', 'para', 'paraBundled'] as const) {
  log(`${name.padEnd(12)} with the decision: ${hits(cut[name], ranker, decide)}`);
}

if (values.write) {
  const weights: RankerWeights = { candidates: N, ranker, decision };
  writeFileSync(join(root, 'src', 'answer', 'rankerWeights.json'), `${JSON.stringify(weights, null, 2)}\n`);
  log(`\nwrote src/answer/rankerWeights.json`);
}
