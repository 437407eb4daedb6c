/**
 * `npm run train-ranker [-- --write]`: fits the learned ranker and the answer-or-refuse
 * decision of /ask (`src/answer/rankerWeights.json`) on the public SQuAD dev articles in
 * ../shared/eval (read at run time, never copied), and reports them on data they were not
 * fitted on: squad-wiki-dev split by article (fit on half, check on the other half, and the
 * reverse), then Notre Dame, the project's paraphrase sets and off-topic questions, which
 * are never fitted on. Negatives for the decision: SQuAD questions asked of the bundled article
 * (with `--negatives`, also each squad-wiki-dev article's questions asked of each other
 * article alone). The decision is checked on questions asked of corpora about other subjects:
 * squad-wiki-dev's of the bundled article and of each other article alone, Notre Dame's of the
 * bundled article, of each squad-wiki-dev article alone and of all eight, and the own off-topic
 * set; and on the answers it keeps: each half's squad-wiki-dev and paraphrase questions with
 * the ranker and decision fitted on the other half.
 *
 * Whether the question names something the corpus never mentions (`missingName`) is added
 * to the fitted decision in proportion to it (`addToDecision`), fitted with questions asked
 * of the other articles as well: it weighs what sets those apart without reshaping the rest.
 * A decision refitted whole on those negatives turns against questions put in other words
 * (the paraphrases lose 3 to 5 points), as they too share few of the words of their answer.
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
import { linear, WEIGHTS, type DecisionName, type LinearModel, type RankerWeights } from '../src/answer/rankerModel.js';
import { FEATURE_NAMES } from '../src/answer/rankFeatures.js';
import { examplesOf, firstN, readQuestions, shownPassages, type Example } from './ranker/dataset.js';
import { fitRanker, type FitOptions } from './ranker/fit.js';
import { addToDecision, answeredBy, fitDecision, type DecisionData } from './ranker/decision.js';

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
    /** The decision's features. */
    decision: { type: 'string', default: 'bestScore,bestExact,bestMeaning,bestContext,bestParagraph,unknown' },
    /**
     * The decision's negatives: squad-wiki-dev questions asked of the bundled article (`bundled`),
     * of each other article alone (`otherArticles`), of the other seven together (`withoutOwn`).
     */
    negatives: { type: 'string', default: 'bundled' },
    /** Decision features added to the fitted decision in proportion to it (see `addToDecision`), and the negatives that fit them. */
    add: { type: 'string', default: 'missingName' },
    'add-negatives': { type: 'string', default: 'bundled,otherArticles,withoutOwn' },
    /** The negative groups whose answered share sets the threshold. */
    calibrate: { type: 'string', default: 'bundled' },
    /** Positives also: each squad-wiki-dev article's questions asked of that article alone. */
    single: { type: 'boolean', default: false },
    /** Weight of the paraphrases of the fitted articles among the positives (squad-wiki-dev's weigh 1). */
    'para-weight': { type: 'string', default: '0' },
  },
});
const evalDir = resolve(values['eval-dir']);
const N = Number(values.candidates);
const base = values.base as (typeof FEATURE_NAMES)[number] | '';
const names = [...(base === '' ? [] : [base]), ...values.features.split(',')] as (typeof FEATURE_NAMES)[number][];
const RANKER_FIT: FitOptions = { l2: Number(values.l2), steps: 300, rate: 0.05, free: [base] };
/** Share of the training negatives the decision may answer: its threshold. */
const NEGATIVES_ANSWERED = Number(values['negatives-answered']);
const paraWeight = Number(values['para-weight']);

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
  ndOnWd: examplesOf(wikiDev, ndQuestions, MAX),
};
const cut = Object.fromEntries(Object.entries(sets).map(([k, v]) => [k, firstN(v, N)])) as typeof sets;
/** Each squad-wiki-dev article alone, as a one-article corpus like the bundled one. */
const singles = wikiDev.corpus.documents.map(
  (doc) => [doc.id, createEngine({ ...wikiDev.corpus, documents: [doc] })] as const,
);
const onSingle: Record<string, Example[]> = Object.fromEntries(
  singles.map(([id, engine]) => [id, firstN(examplesOf(engine, wdQuestions, MAX), N)]),
);
const ndOnSingle: Record<string, Example[]> = Object.fromEntries(
  singles.map(([id, engine]) => [id, firstN(examplesOf(engine, ndQuestions, MAX), N)]),
);
/** Each squad-wiki-dev article's questions asked of the other seven articles: its subject's neighbours, not itself. */
const withoutOwn: Example[] = wikiDev.corpus.documents.flatMap((doc) =>
  firstN(
    examplesOf(
      createEngine({ ...wikiDev.corpus, documents: wikiDev.corpus.documents.filter((other) => other !== doc) }),
      wdQuestions.filter((q) => q.doc === doc.id),
      MAX,
    ),
    N,
  ),
);

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

/** Hit@1, Hit@3 and median top length of the passages /ask shows, optionally after the decision refuses; `model` may depend on the question. */
function hits(
  examples: Example[],
  model: LinearModel | ((e: Example) => LinearModel),
  decide?: (e: Example) => boolean,
) {
  let h1 = 0;
  let h3 = 0;
  let answered = 0;
  const lengths: number[] = [];
  for (const e of examples) {
    if (decide && !decide(e)) continue;
    answered++;
    // The first stage's scores are not log-probabilities: its order is shown without neighbours.
    const shown = shownPassages(
      e,
      scoresOf(e, typeof model === 'function' ? model(e) : model),
      3,
      model !== FIRST_STAGE,
    );
    if (shown[0]?.hit) h1++;
    if (shown.some((p) => p.hit)) h3++;
    if (shown.length > 0) lengths.push(shown[0]!.length);
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

const decisionNames = values.decision.split(',') as DecisionName[];
/** The decision's data for the questions of the articles `docs`: negatives only among those articles' own corpora. */
const decisionData = (docs: readonly string[], negativeGroups: string): DecisionData => {
  const of = (examples: Example[]) => examples.filter((e) => docs.includes(e.doc));
  const groups: Record<string, Example[]> = {
    bundled: of(cut.wdOnBundled),
    otherArticles: docs.flatMap((d) => of(onSingle[d]!).filter((e) => e.doc !== d)),
    // Asked of the other seven articles, some of which may be of the other half: only as corpora.
    withoutOwn: of(withoutOwn),
  };
  const negatives = Object.fromEntries(negativeGroups.split(',').map((name) => [name, groups[name]!]));
  return {
    positives: [
      { examples: of(cut.wd), weight: 1 },
      ...(values.single
        ? [{ examples: docs.flatMap((d) => of(onSingle[d]!).filter((e) => e.doc === d)), weight: 1 }]
        : []),
      ...(paraWeight > 0 ? [{ examples: of(cut.para), weight: paraWeight }] : []),
    ],
    negatives,
    calibrate: values.calibrate.split(','),
  };
};
const added = values.add.split(',').filter(Boolean) as DecisionName[];
/** The decision fitted on the questions of the articles `docs`, with the ranker `model`. */
const decisionFor = (docs: readonly string[], model: LinearModel) => {
  const base = fitDecision(decisionData(docs, values.negatives), model, decisionNames, NEGATIVES_ANSWERED);
  if (added.length === 0) return base;
  return addToDecision(base, decisionData(docs, values['add-negatives']), model, added, NEGATIVES_ANSWERED);
};
const share = (examples: Example[], decide: (e: Example) => boolean): string =>
  `${examples.filter(decide).length} of ${examples.length} (${pct(examples.filter(decide).length, examples.length)})`;
/** The questions of the articles `docs` asked of corpora about other subjects, and the own off-topic set: none should be answered. */
const checks = (docs: readonly string[]): Record<string, Example[]> => {
  const of = (examples: Example[]) => examples.filter((e) => docs.includes(e.doc));
  return {
    'squad-wiki-dev asked of the bundled article': of(cut.wdOnBundled),
    'squad-wiki-dev asked of other one-article corpora': docs.flatMap((d) =>
      of(onSingle[d]!).filter((e) => e.doc !== d),
    ),
    'squad-wiki-dev asked of the other seven articles': of(withoutOwn),
    'Notre Dame asked of the bundled article': cut.ndOnBundled,
    'Notre Dame asked of the eight squad-wiki-dev articles': cut.ndOnWd,
    'Notre Dame asked of each squad-wiki-dev article': Object.values(ndOnSingle).flat(),
    'own off-topic': cut.offTopic.filter((e) => e.kind === 'off-topic'),
    'own unanswerable': cut.offTopic.filter((e) => e.kind === 'unanswerable'),
  };
};

log(`\n## Answer or refuse over ${decisionNames.join(', ')}, cross-validated over squad-wiki-dev articles`);
/** Each squad-wiki-dev and paraphrase question with the ranker and decision fitted on the other half's articles. */
const heldOut = new Map<Example, { model: LinearModel; answered: boolean }>();
for (const [k, train] of halves.entries()) {
  const test = halves[1 - k]!;
  const model = useLearned ? fit(cut.wd.filter((e) => train.includes(e.doc))) : FIRST_STAGE;
  const decision = decisionFor(train, model);
  const decide = answeredBy(decision, model);
  log(`fit on ${train.join(', ')}: ${JSON.stringify(decision)}`);
  log(
    `  held-out questions answered of their articles ${share(
      cut.wd.filter((e) => test.includes(e.doc)),
      decide,
    )}`,
  );
  for (const [name, examples] of Object.entries(checks(test))) log(`  ${name}: ${share(examples, decide)}`);
  for (const e of [...cut.wd, ...cut.para]) if (test.includes(e.doc)) heldOut.set(e, { model, answered: decide(e) });
  for (const name of ['nd', 'paraBundled'] as const) log(`  ${name.padEnd(12)} ${hits(cut[name], model, decide)}`);
}
for (const name of ['wd', 'para'] as const) {
  const model = (e: Example): LinearModel => heldOut.get(e)!.model;
  log(
    `${name} held out, each half by the other half's fit: ${hits(cut[name], model, (e) => heldOut.get(e)!.answered)}`,
  );
}

const decision = decisionFor(docs, ranker);
const decide = answeredBy(decision, ranker);
log(`\n## Answer or refuse, fitted on all of squad-wiki-dev`);
log(`decision: ${JSON.stringify(decision)}`);
for (const [name, examples] of Object.entries(checks(docs))) log(`${name}: ${share(examples, decide)}`);
for (const name of ['wd', 'nd', 'para', 'paraBundled'] as const) {
  log(`${name.padEnd(12)} with the decision: ${hits(cut[name], ranker, decide)}`);
}

if (values.write) {
  const weights: RankerWeights = { candidates: N, ranker, decision };
  writeFileSync(join(root, 'src', 'answer', 'rankerWeights.json'), `${JSON.stringify(weights, null, 2)}\n`);
  log(`\nwrote src/answer/rankerWeights.json`);
}
