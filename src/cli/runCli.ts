import type { Readable, Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { articleEngine, findArticle } from '../answer/articles.js';
import { ask } from '../answer/ask.js';
import { describeArticles, listQuotes, listSpeakers } from '../answer/listings.js';
import { openEngine } from '../engine/openEngine.js';
import { whoSaid } from '../answer/whoSaid.js';
import { CorpusError, EmptyCorpusError, formatIssue } from '../corpus/errors.js';
import {
  replyArticle,
  replyArticleCard,
  replyAsk,
  replyQuotes,
  replySpeakers,
  replyWhoSaid,
  type Answer,
} from '../replies/replies.js';
import { batchInput, runBatch } from './batch.js';

/** Exit codes: 0 answered, 1 nothing found, 2 usage or corpus error. */
export const EXIT = { ok: 0, noResult: 1, usage: 2 } as const;

const USAGE = `Usage: npm run --silent cli -- <command> [--corpus DIR] [--json]

Commands:
  ask "question"            the passages that best answer a question
  whosaid "quote"           the quote a (partial, misspelt) text refers to, and its speaker
  quotes [--speaker NAME]   every quote, or one speaker's
  speakers                  who is quoted, with roles and counts
  article                   title, source and paragraphs of each article
  batch FILE                answer JSON lines {"id","command":"ask"|"whosaid","text"} ("-" reads stdin)

Options:
  --corpus DIR   corpus folder (default: corpus/)
  --article ID   only this article (its file id or title)
  --json         print results as JSON instead of the bot's reply
  --help         this text

Exit status: 0 answered, 1 nothing found, 2 usage or corpus error.`;

class UsageError extends Error {}

/** Where a command line reads and writes; the process's own streams by default. */
export interface CliStreams {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

const processStreams = (): CliStreams => ({ stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });

/** Runs one command line; returns the exit code. Bad input and corpus errors are reported, not thrown. */
export async function runCli(argv: string[], streams: CliStreams = processStreams()): Promise<number> {
  const io = { out: (t: string) => streams.stdout.write(t), err: (t: string) => streams.stderr.write(t) };
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        corpus: { type: 'string', default: 'corpus' },
        json: { type: 'boolean', default: false },
        speaker: { type: 'string' },
        article: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}\n`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(`${USAGE}\n`);
    return EXIT.ok;
  }
  try {
    const [command, ...rest] = positionals;
    const text = rest.join(' ');
    if (!command) throw new UsageError('no command given');
    const needsText = command === 'ask' || command === 'whosaid' || command === 'batch';
    if (needsText && text.trim() === '')
      throw new UsageError(
        `"${command}" needs ${command === 'batch' ? 'a file (or - for standard input)' : 'some text'}`,
      );
    if (!needsText && rest.length > 0) throw new UsageError(`"${command}" takes no text (got "${text}")`);
    if (!['ask', 'whosaid', 'quotes', 'speakers', 'article', 'batch'].includes(command))
      throw new UsageError(`unknown command "${command}"`);
    if (values.speaker !== undefined && command !== 'quotes')
      throw new UsageError('--speaker goes with the quotes command');

    const { engine } = await openEngine(values.corpus, {
      onIssue: (issue) => io.err(`warning: ${formatIssue(issue)}\n`),
      onIndexError: (error, indexFile) => io.err(`warning: could not write the index ${indexFile}: ${error.message}\n`),
    });
    if (command === 'batch') {
      await runBatch(engine, text === '-' ? streams.stdin : batchInput(text), streams.stdout);
      return EXIT.ok;
    }
    const { json, speaker } = values;
    const article = values.article === undefined ? undefined : findArticle(engine, values.article);
    if (article === null) throw new UsageError(`no article matches "${values.article}"`);
    const scope = article ? { article } : {};
    const scoped = article ? articleEngine(engine, article) : engine;
    // One of the two is computed: the results as JSON, or the reply the bot would show.
    const show = (data: () => unknown[], reply: () => Answer): number => {
      if (!json) {
        const answer = reply();
        io.out(`${answer.content}\n`);
        return answer.found ? EXIT.ok : EXIT.noResult;
      }
      const results = data();
      io.out(`${JSON.stringify(results, null, command === 'quotes' ? undefined : 2)}\n`);
      return results.length > 0 ? EXIT.ok : EXIT.noResult;
    };
    switch (command) {
      case 'ask':
        return show(
          () => ask(scoped, text),
          () => replyAsk(engine, text, 0, scope),
        );
      case 'whosaid':
        return show(
          () => whoSaid(scoped, text),
          () => replyWhoSaid(engine, text, scope),
        );
      case 'quotes':
        return show(
          () => listQuotes(engine, speaker, article),
          () => replyQuotes(engine, speaker, scope),
        );
      case 'speakers':
        return show(
          () => listSpeakers(engine, article),
          () => replySpeakers(engine, scope),
        );
      default:
        return show(
          () => describeArticles(engine).filter((a) => !article || a.id === article.id),
          () => (article ? replyArticleCard(engine, article) : replyArticle(engine)),
        );
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${USAGE}\n`);
      return EXIT.usage;
    }
    if (error instanceof CorpusError || error instanceof EmptyCorpusError || isFileError(error)) {
      io.err(`error: ${(error as Error).message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

function isFileError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && typeof (error as NodeJS.ErrnoException).code === 'string';
}
