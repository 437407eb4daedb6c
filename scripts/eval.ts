/**
 * `npm run eval [-- --examples] [-- --sets NAMES]`: measures answers and attributions
 * with the public evaluation sets and scorers in ../shared/eval (read at run time; none of
 * their text is part of this project). Each set runs through the command line the way a
 * user would run it: `/ask` questions with `batch`, quotes with `quotes --json`.
 *
 * Sets: squad-notre-dame (SQuAD "University of Notre Dame" questions), squad-wiki-dev (SQuAD
 * questions over eight articles, asked of all eight at once), squad-wiki-articles (the same
 * questions, each article's asked of that article alone), paraphrases (the project's own
 * questions about those eight articles, in words other than the answer's, in eval/paraphrases),
 * paraphrases-bundled (the same about the bundled article), off-topic (questions the bundled
 * article does not answer: the share that gets a passage, which should be none), typed (the
 * SQuAD sets and the paraphrases typed in capitals, inside a request, "Can you tell me …",
 * after "According to the article," and with a typo in the longest word (see typings.ts),
 * and squad-wiki-dev so asked of the bundled article),
 * polnear-dev, polnear-train (PolNeAR news articles with annotated quotes), polnear-folds
 * (PolNeAR train scored in five folds by article, with their mean and worst), roles (the role
 * check over every role found on PolNeAR train and dev). EVAL_DIR overrides ../shared/eval.
 */
import { warnIfBuildIsStale } from '../src/runtime/staleBuild.js';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCorpus } from '../src/corpus/loadCorpus.js';
import { articleSummary, questionsByArticle, type ArticleScore, type AskScore } from './evalArticles.js';
import { foldOf, foldSummary, FOLDS, type FoldScore } from './evalFolds.js';
import { closestCount, closestSummary, type ClosestCount } from './evalClosest.js';
import { roleReport } from './roleCheck.js';
import { TYPINGS } from './typings.js';

warnIfBuildIsStale();

const root = resolve(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'src', 'cli', 'main.js');

const { values } = parseArgs({
  options: {
    examples: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    sets: {
      type: 'string',
      default:
        'squad-notre-dame,squad-wiki-dev,squad-wiki-articles,paraphrases,paraphrases-bundled,off-topic,typed,polnear-dev,polnear-folds,roles',
    },
    'eval-dir': { type: 'string', default: process.env.EVAL_DIR ?? join(root, '..', 'shared', 'eval') },
  },
});
const evalDir = resolve(values['eval-dir']);
if (!existsSync(evalDir)) {
  process.stderr.write(`evaluation sets not found at ${evalDir} (set EVAL_DIR or --eval-dir)\n`);
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'verbatim-eval-'));

/** Runs a command, sends its standard output to a file, and fails loudly if it fails. */
function run(args: string[], outFile?: string): string {
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`${args.join(' ')} exited with ${result.status}:\n${result.stderr}`);
  }
  if (outFile) writeFileSync(outFile, result.stdout);
  return result.stdout;
}

function scorerArgs(): string[] {
  return [...(values.examples ? ['--examples'] : []), ...(values.json ? ['--json'] : [])];
}

/**
 * Asks the questions of `questions` of the corpus in `corpus` and scores the answers. The
 * scorer checks verbatim slices against `<doc>.txt` files: a corpus of Markdown articles
 * is written out as the bodies the offsets refer to first.
 */
async function evalAsk(questions: string, corpus: string): Promise<string> {
  const answers = join(work, 'answers.jsonl');
  run([cli, 'batch', questions, '--corpus', corpus], answers);
  const texts = await bodies(corpus);
  const scored = run([join(evalDir, 'score-ask.mjs'), questions, answers, '--corpus', texts, ...scorerArgs()]);
  return values.json ? scored : `${scored.trimEnd()}\n${closestSummary(closestCount(questions, answers, texts))}\n`;
}

async function bodies(corpus: string): Promise<string> {
  const { documents } = await loadCorpus(corpus);
  if (documents.every((doc) => doc.file.endsWith('.txt'))) return corpus;
  const dir = join(work, 'bodies');
  mkdirSync(dir, { recursive: true });
  for (const doc of documents) writeFileSync(join(dir, `${doc.id}.txt`), doc.body);
  return dir;
}

/**
 * Asks each article's questions of a corpus of that article alone (see evalArticles.ts);
 * the corpus is a copy of the article in the run's temporary folder.
 */
function evalEachArticle(set: string): string {
  const lines = readFileSync(shared(set), 'utf8').split('\n').filter(Boolean);
  const scores: ArticleScore[] = [];
  const closest: ClosestCount = { offered: 0, held: 0, violations: 0 };
  for (const [doc, questions] of questionsByArticle(lines)) {
    const corpus = join(work, 'articles', doc);
    mkdirSync(corpus, { recursive: true });
    copyFileSync(join(evalDir, set, 'corpus', `${doc}.txt`), join(corpus, `${doc}.txt`));
    const asked = join(work, `${doc}-questions.jsonl`);
    const answers = join(work, `${doc}-answers.jsonl`);
    writeFileSync(asked, `${questions.join('\n')}\n`);
    run([cli, 'batch', asked, '--corpus', corpus], answers);
    const scored = run([join(evalDir, 'score-ask.mjs'), asked, answers, '--corpus', corpus, '--json']);
    scores.push({ doc, ...(JSON.parse(scored) as AskScore) });
    const count = closestCount(asked, answers, corpus);
    for (const key of ['offered', 'held', 'violations'] as const) closest[key] += count[key];
  }
  const summary = articleSummary(scores, values.json);
  return values.json ? summary : `${summary}${closestSummary(closest)}\n`;
}

/**
 * Asks questions that `corpus` does not answer and reports the share that got a passage
 * anyway, by kind: a question's `kind`, or else the name of the folder of its file.
 */
function evalUnanswered(files: string[], corpus: string): string {
  const asked = new Map<string, number>();
  const answered = new Map<string, number>();
  for (const file of files) {
    const kinds = new Map<string, string>();
    for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
      const { id, kind } = JSON.parse(line) as { id: string; kind?: string };
      kinds.set(id, kind ?? basename(dirname(file)));
    }
    for (const line of run([cli, 'batch', file, '--corpus', corpus]).split('\n').filter(Boolean)) {
      const { id, results } = JSON.parse(line) as { id: string; results: unknown[] };
      const kind = kinds.get(id)!;
      asked.set(kind, (asked.get(kind) ?? 0) + 1);
      answered.set(kind, (answered.get(kind) ?? 0) + (results.length > 0 ? 1 : 0));
    }
  }
  return [...asked]
    .map(
      ([kind, n]) =>
        `${kind.padEnd(21)}${answered.get(kind)} of ${n} answered (${((100 * answered.get(kind)!) / n).toFixed(1)}%)`,
    )
    .join('\n');
}

/** The questions of the file `questions` as `typing` rewrites them, in a file of the run named after both. */
function typedAs(questions: string, set: string, typing: string): string {
  const dir = join(work, typing.replaceAll(' ', '-'), set);
  mkdirSync(dir, { recursive: true });
  const lines = readFileSync(questions, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const q = JSON.parse(line) as { text: string };
      return JSON.stringify({ ...q, text: TYPINGS[typing]!(q.text) });
    });
  writeFileSync(join(dir, 'questions.jsonl'), `${lines.join('\n')}\n`);
  return join(dir, 'questions.jsonl');
}

/** Per way of typing, the SQuAD sets and both paraphrase sets so asked, and squad-wiki-dev so asked of the bundled article. */
async function evalTyped(): Promise<string> {
  const parts: string[] = [];
  for (const typing of Object.keys(TYPINGS)) {
    const wikiDev = typedAs(shared('squad-wiki-dev'), 'squad-wiki-dev', typing);
    const asked: [string, string, string][] = [
      [
        'squad-notre-dame',
        typedAs(shared('squad-notre-dame'), 'squad-notre-dame', typing),
        shared('squad-notre-dame', 'corpus'),
      ],
      ['squad-wiki-dev', wikiDev, shared('squad-wiki-dev', 'corpus')],
      ['paraphrases', typedAs(own('paraphrases'), 'paraphrases', typing), shared('squad-wiki-dev', 'corpus')],
      ['paraphrases-bundled', typedAs(own('paraphrases-bundled'), 'paraphrases-bundled', typing), join(root, 'corpus')],
    ];
    for (const [set, questions, corpus] of asked) parts.push(`${set} ${typing}\n${await evalAsk(questions, corpus)}`);
    parts.push(`asked of the bundled article, ${typing}\n${evalUnanswered([wikiDev], join(root, 'corpus'))}`);
  }
  return parts.join('\n');
}

const quoteFiles = new Map<string, string>();

/** The command line's quotes for a PolNeAR set, found once per run. */
function quotesOf(set: string): string {
  let file = quoteFiles.get(set);
  if (!file) {
    file = join(work, `${set}-quotes.json`);
    run([cli, 'quotes', '--json', '--corpus', join(evalDir, set, 'corpus')], file);
    quoteFiles.set(set, file);
  }
  return file;
}

function evalQuotes(set: string): string {
  const dir = join(evalDir, set);
  return run([
    join(evalDir, 'score-quotes.mjs'),
    join(dir, 'quotes.json'),
    quotesOf(set),
    '--corpus',
    join(dir, 'corpus'),
    ...scorerArgs(),
  ]);
}

/** Scores a set in folds by article (see evalFolds.ts): the scorer runs once per fold on that fold's articles. */
function evalFolds(set: string): string {
  const readArray = (file: string): { doc: string }[] => JSON.parse(readFileSync(file, 'utf8')) as { doc: string }[];
  const gold = readArray(join(evalDir, set, 'quotes.json'));
  const system = readArray(quotesOf(set));
  const scores: FoldScore[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const goldFile = join(work, `${set}-fold${fold}-gold.json`);
    const systemFile = join(work, `${set}-fold${fold}-system.json`);
    writeFileSync(goldFile, JSON.stringify(gold.filter((q) => foldOf(q.doc) === fold)));
    writeFileSync(systemFile, JSON.stringify(system.filter((q) => foldOf(q.doc) === fold)));
    const out = run([join(evalDir, 'score-quotes.mjs'), goldFile, systemFile, '--json']);
    scores.push(JSON.parse(out) as FoldScore);
  }
  return foldSummary(scores, values.json);
}

const shared = (set: string, file = 'questions.jsonl'): string => join(evalDir, set, file);
const own = (set: string): string => join(root, 'eval', set, 'questions.jsonl');

const SETS: Record<string, () => string | Promise<string>> = {
  'squad-notre-dame': () => evalAsk(shared('squad-notre-dame'), shared('squad-notre-dame', 'corpus')),
  'squad-wiki-dev': () => evalAsk(shared('squad-wiki-dev'), shared('squad-wiki-dev', 'corpus')),
  'squad-wiki-articles': () => evalEachArticle('squad-wiki-dev'),
  paraphrases: () => evalAsk(own('paraphrases'), shared('squad-wiki-dev', 'corpus')),
  'paraphrases-bundled': () => evalAsk(own('paraphrases-bundled'), join(root, 'corpus')),
  // The project's off-topic and unanswerable questions, and every SQuAD question, asked of the bundled article.
  'off-topic': () =>
    evalUnanswered([own('off-topic'), shared('squad-notre-dame'), shared('squad-wiki-dev')], join(root, 'corpus')),
  typed: evalTyped,
  'polnear-dev': () => evalQuotes('polnear-dev'),
  'polnear-train': () => evalQuotes('polnear-train'),
  'polnear-folds': () => evalFolds('polnear-train'),
  roles: () => roleReport([quotesOf('polnear-train'), quotesOf('polnear-dev')], values.examples, values.json),
};

try {
  for (const name of values.sets
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const runSet = SETS[name];
    if (!runSet) throw new Error(`unknown set "${name}" (known: ${Object.keys(SETS).join(', ')})`);
    const started = performance.now();
    const report = await runSet();
    process.stdout.write(`## ${name} (${((performance.now() - started) / 1000).toFixed(1)} s)\n${report}\n`);
  }
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
} finally {
  rmSync(work, { recursive: true, force: true });
}
