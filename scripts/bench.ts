/**
 * `npm run bench [-- --json] [-- --quick]`: where verbatim's time and memory go, on the
 * bundled article and on a many-article corpus read at run time from ../shared/eval
 * (PolNeAR training and dev articles; BENCH_CORPORA overrides, folders joined with ":").
 * Timings are medians of repeated runs, each beside a reference measured in the same run.
 */
import { warnIfBuildIsStale } from '../src/runtime/staleBuild.js';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import MiniSearch from 'minisearch';
import { ask } from '../src/answer/ask.js';
import type { Engine } from '../src/engine/engine.js';
import { openEngine } from '../src/engine/openEngine.js';
import { suggestQuotes } from '../src/answer/suggest.js';
import { whoSaid } from '../src/answer/whoSaid.js';
import {
  bareLogin,
  botColdStart,
  interactionLatency,
  plainBot,
  type Memory,
  type PlainFiles,
} from './bench/discord.js';
import { commandLine } from './bench/commandLine.js';
import { firstAnswer } from './bench/firstAnswer.js';
import { questionsFrom, quoteFragmentsFrom } from './bench/inputs.js';
import { medianTime, timeEach, type Latency } from './bench/stats.js';

warnIfBuildIsStale();

const root = resolve(import.meta.dirname, '..', '..');
const { values } = parseArgs({
  options: { json: { type: 'boolean', default: false }, quick: { type: 'boolean', default: false } },
});

const evalDir = process.env.EVAL_DIR ?? join(root, '..', 'shared', 'eval');
const manyFolders = (
  process.env.BENCH_CORPORA ??
  [join(evalDir, 'polnear-train', 'corpus'), join(evalDir, 'polnear-dev', 'corpus')].join(':')
)
  .split(':')
  .filter(existsSync);
const corpora = [
  { name: 'bundled article', folders: [join(root, 'corpus')] },
  ...(manyFolders.length ? [{ name: 'many articles', folders: manyFolders }] : []),
];
const queries = values.quick ? 500 : 3000;
const rounds = values.quick ? 1 : 3;

/** The many-article corpus in one folder, as CORPUS_DIR takes it: copied to a temporary folder for this run. */
function oneFolder(folders: readonly string[]): string {
  if (folders.length === 1) return folders[0]!;
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-bench-corpus-'));
  for (const folder of folders)
    for (const name of readdirSync(folder)) copyFileSync(join(folder, name), join(dir, name));
  return dir;
}
const folderOf = new Map(corpora.map(({ name, folders }) => [name, oneFolder(folders)]));

interface CorpusFigures {
  name: string;
  documents: number;
  sentences: number;
  quotes: number;
  buildMs: number;
  ask: Latency;
  whoSaid: Latency;
  autocomplete: Latency;
  /** The reference for `ask`: a plain MiniSearch search over the same sentences, for the same questions. */
  plainMiniSearch: Latency;
  /** The reference for `whoSaid` and autocomplete: the same search for the same quote fragments. */
  plainMiniSearchFragments: Latency;
}

function plainIndex(engine: Engine): MiniSearch {
  const index = new MiniSearch({ fields: ['text'] });
  index.addAll(engine.catalog.sentences.map((s, id) => ({ id, text: s.doc.body.slice(s.start, s.end) })));
  return index;
}

/** The reference bot's files for a corpus (see `plainBot.ts`), in `dir`. */
function writePlainFiles(dir: string, engine: Engine, index: MiniSearch): PlainFiles {
  const files = { index: join(dir, 'plain-index.json'), texts: join(dir, 'plain-texts.json') };
  writeFileSync(files.index, JSON.stringify(index));
  writeFileSync(files.texts, JSON.stringify(engine.corpus.documents.map((d) => d.body)));
  return files;
}

function wallTime(args: string[], rounds = 3): Promise<number> {
  return medianTime(() => spawnSync(process.execPath, args, { encoding: 'utf8' }), rounds);
}

/** `/ask` interactions answered back to back before the bot's memory is read under load. */
const LOAD_QUESTIONS = values.quick ? 300 : 1000;
const loadQuestions = new Map<string, string[]>();
const figures: CorpusFigures[] = [];
const plainFiles = new Map<string, PlainFiles>();
const indexes = mkdtempSync(join(tmpdir(), 'verbatim-bench-index-'));
/**
 * The engine as the bot opens it: built from text and written to a fresh index file
 * (timed), then read back from that file.
 */
async function buildAndOpen(folder: string, rounds: number): Promise<{ buildMs: number; engine: Engine }> {
  let round = 0;
  const fresh = (): string => join(indexes, `${round}-${folder.replace(/\W+/gu, '_')}.index`);
  const buildMs = await medianTime(async () => {
    round += 1;
    await openEngine(folder, { indexFile: fresh() });
  }, rounds);
  return { buildMs, engine: (await openEngine(folder, { indexFile: fresh() })).engine };
}

for (const { name } of corpora) {
  const { buildMs, engine } = await buildAndOpen(folderOf.get(name)!, values.quick ? 1 : 3);
  const { corpus } = engine;
  const questions = questionsFrom(engine, queries);
  loadQuestions.set(name, questionsFrom(engine, LOAD_QUESTIONS, 3));
  const fragments = quoteFragmentsFrom(engine, queries);
  const plain = plainIndex(engine);
  plainFiles.set(name, writePlainFiles(mkdtempSync(join(tmpdir(), 'verbatim-bench-plain-')), engine, plain));
  figures.push({
    name,
    documents: corpus.documents.length,
    sentences: engine.catalog.sentences.length,
    quotes: engine.catalog.quotes.length,
    buildMs,
    ask: timeEach(questions, (q) => ask(engine, q)),
    whoSaid: timeEach(fragments, (f) => whoSaid(engine, f)),
    autocomplete: timeEach(fragments, (f) => suggestQuotes(engine, f, 25)),
    plainMiniSearch: timeEach(questions, (q) => plain.search(q)),
    plainMiniSearchFragments: timeEach(fragments, (f) => plain.search(f)),
  });
}

// The command line, once each folder's index is written, beside plain MiniSearch building from text.
const commandLines = corpora.map(({ name }) => ({
  name,
  ...commandLine(root, folderOf.get(name)!, 'Who said the plan would fail?', rounds),
}));
const bareNodeMs = await wallTime(['-e', '0']);
const botStarts = [];
for (const [name, folder] of folderOf)
  botStarts.push({ name, ...(await botColdStart(root, folder, rounds, loadQuestions.get(name))) });
const bare = await bareLogin(root, rounds);
const first = await firstAnswer(root, join(root, 'corpus'), rounds);
const bundled = (await openEngine(join(root, 'corpus'), { indexFile: join(indexes, 'bundled.index') })).engine;
const endToEndQuestions = questionsFrom(bundled, values.quick ? 100 : 400);
const endToEnd = await interactionLatency(root, join(root, 'corpus'), endToEndQuestions);
// The reference bot: memory on each corpus, and end to end on the bundled article as above.
const plainBots = [];
for (const [name, files] of plainFiles) {
  plainBots.push({ name, ...(await plainBot(root, files, name === corpora[0]!.name ? endToEndQuestions : [])) });
  rmSync(join(files.index, '..'), { recursive: true, force: true });
}

// Growth: build time against corpus size, on the first 100, 300 and all articles of the many-article corpus.
const growth: { documents: number; ms: number; docsPerSecond: number; mbPerSecond: number }[] = [];
const manyFolder = folderOf.get('many articles');
if (manyFolder !== undefined) {
  const names = readdirSync(manyFolder).sort();
  for (const size of [100, 300, names.length]) {
    const folder = mkdtempSync(join(tmpdir(), 'verbatim-bench-growth-'));
    for (const name of names.slice(0, size)) copyFileSync(join(manyFolder, name), join(folder, name));
    const { buildMs: ms, engine } = await buildAndOpen(folder, values.quick ? 1 : 3);
    const { documents } = engine.corpus;
    const mb = documents.reduce((sum, d) => sum + Buffer.byteLength(d.body), 0) / 2 ** 20;
    rmSync(folder, { recursive: true, force: true });
    growth.push({
      documents: documents.length,
      ms,
      docsPerSecond: (documents.length / ms) * 1000,
      mbPerSecond: (mb / ms) * 1000,
    });
  }
}

const report = {
  node: process.version,
  queries,
  corpora: figures,
  commandLines,
  bareNodeMs,
  botStarts,
  bareLogin: bare,
  firstAnswer: first,
  plainBots,
  endToEnd,
  growth,
};
if (values.json) {
  process.stdout.write(`${JSON.stringify(report)}\n`);
} else {
  const f = (n: number, digits = 2): string => n.toFixed(digits);
  const lines: string[] = [
    `verbatim benchmark (${process.version}, ${queries} generated inputs per measure, medians of 3 passes)`,
    '',
  ];
  for (const c of figures) {
    lines.push(`## ${c.name}: ${c.documents} documents, ${c.sentences} sentences, ${c.quotes} quotes`);
    lines.push(`index build            ${f(c.buildMs, 1)} ms`);
    lines.push(`                       p50 ms   p99 ms   vs plain MiniSearch p99 on the same inputs`);
    for (const [label, l, reference] of [
      ['ask', c.ask, c.plainMiniSearch],
      ['whoSaid', c.whoSaid, c.plainMiniSearchFragments],
      ['autocomplete', c.autocomplete, c.plainMiniSearchFragments],
      ['plain MiniSearch, questions', c.plainMiniSearch, c.plainMiniSearch],
      ['plain MiniSearch, quotes', c.plainMiniSearchFragments, c.plainMiniSearchFragments],
    ] as const) {
      lines.push(
        `${label.padEnd(27)} ${f(l.p50, 3).padStart(6)}   ${f(l.p99, 3).padStart(6)}   ${f(l.p99 / reference.p99)}×`,
      );
    }
    lines.push('');
  }
  lines.push(
    '## the command line: one ask, whole process, once the index is written (bare node: ' + f(bareNodeMs, 0) + ' ms)',
    '                       verbatim              plain MiniSearch from text   ratio',
  );
  for (const c of commandLines)
    lines.push(
      `${c.name.padEnd(22)} ${f(c.verbatim.ms, 0).padStart(6)} ms ${f(c.verbatim.peakMB, 0).padStart(4)} MB   ${f(c.plain.ms, 0).padStart(6)} ms ${f(c.plain.peakMB, 0).padStart(4)} MB          ${f(c.verbatim.ms / c.plain.ms)}×`,
    );
  lines.push(
    '',
    '## cold start of the bot (process start to connected, fake Discord on 127.0.0.1)',
    '                       from text   prebuilt index   bare discord.js login',
  );
  for (const b of botStarts)
    lines.push(
      `${b.name.padEnd(22)} ${f(b.fromTextMs, 0).padStart(6)} ms   ${f(b.prebuiltMs, 0).padStart(9)} ms   ${f(bare.ms, 0).padStart(9)} ms`,
    );
  lines.push(
    `npm start to the first /ask answered (bundled article, prebuilt index): ${f(first.botMs, 0)} ms; ` +
      `a bare discord.js bot through npm start: ${f(first.bareMs, 0)} ms; ratio ${f(first.botMs / first.bareMs)}×`,
  );
  const mb = (m: Memory): string =>
    `${m.readyMB === null ? '-' : f(m.readyMB, 0)} / ${m.settledMB === null ? '-' : f(m.settledMB, 0)} MB`;
  lines.push(
    '',
    '## memory of the bot (RSS when ready / after 30 s idle)',
    '                       from text        prebuilt index   bare discord.js login   bare login + plain MiniSearch index',
  );
  for (const b of botStarts) {
    const reference = plainBots.find((p) => p.name === b.name);
    lines.push(
      `${b.name.padEnd(22)} ${mb(b.fromTextMemory).padEnd(16)} ${mb(b.prebuiltMemory).padEnd(16)} ${mb(bare.memory).padEnd(23)} ${reference ? mb(reference.memory) : '-'}`,
    );
  }
  lines.push(`after ${LOAD_QUESTIONS} /ask back to back (prebuilt index):`);
  for (const b of botStarts)
    lines.push(`${b.name.padEnd(22)} ${b.prebuiltMemory.loadedMB == null ? '-' : f(b.prebuiltMemory.loadedMB, 0)} MB`);
  const e = endToEnd;
  lines.push(
    '',
    `## INTERACTION_CREATE to callback, bundled article (${e.count} of each, alternating)`,
    '                       p50 ms   p99 ms',
  );
  lines.push(`/ask                   ${f(e.ask.p50).padStart(6)}   ${f(e.ask.p99).padStart(6)}`);
  lines.push(`/help (constant)       ${f(e.constant.p50).padStart(6)}   ${f(e.constant.p99).padStart(6)}`);
  lines.push(
    `ratio                  ${f(e.ask.p50 / e.constant.p50).padStart(6)}   ${f(e.ask.p99 / e.constant.p99).padStart(6)}`,
  );
  const plainLatency = plainBots.find((p) => p.latency !== null)?.latency;
  if (plainLatency) {
    const p = plainLatency;
    lines.push(
      'reference: bare discord.js bot, /ask = plain MiniSearch search + constant reply, /help = the same reply',
    );
    lines.push(`/ask                   ${f(p.ask.p50).padStart(6)}   ${f(p.ask.p99).padStart(6)}`);
    lines.push(`/help                  ${f(p.constant.p50).padStart(6)}   ${f(p.constant.p99).padStart(6)}`);
    lines.push(
      `ratio                  ${f(p.ask.p50 / p.constant.p50).padStart(6)}   ${f(p.ask.p99 / p.constant.p99).padStart(6)}`,
    );
  }
  if (growth.length > 0) {
    lines.push('', '## index build against corpus size', 'documents     ms    docs/s    MB/s');
    for (const g of growth)
      lines.push(
        `${String(g.documents).padStart(9)} ${f(g.ms, 0).padStart(6)} ${f(g.docsPerSecond, 0).padStart(9)} ${f(g.mbPerSecond).padStart(7)}`,
      );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}
