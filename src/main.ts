import { warnIfBuildIsStale } from './runtime/staleBuild.js';
import type { LiveEngine } from './engine/liveEngine.js';
import type { Opened } from './engine/openEngine.js';
import type { Reload } from './engine/reloadEngine.js';
import { ConfigError, isShard, readConfig, type Config } from './config/env.js';
import { CorpusError, EmptyCorpusError, formatIssue } from './corpus/errors.js';
import { FATAL_EXIT, loginFailure } from './discord/loginFailure.js';
import { startBot, type Bot } from './discord/runBot.js';
import { createLogger, type Logger } from './log/logger.js';

warnIfBuildIsStale();

/** Longest wait for a clean logout before exiting anyway. */
const SHUTDOWN_TIMEOUT_MS = 5000;

/**
 * `npm start`. With a DISCORD_TOKEN the Discord bot runs; without one, a local console
 * answers from the same engine, so anyone can try the bot on the bundled article.
 */
async function main(): Promise<number> {
  const config = readConfig();
  if (config.DISCORD_TOKEN === undefined) {
    const { openEngine } = await import('./engine/openEngine.js');
    const { engine } = await openEngine(config.CORPUS_DIR, {
      onIssue: (issue) => process.stderr.write(`warning: ${formatIssue(issue)}\n`),
      indexFile: config.INDEX_FILE,
    });
    // Each mode loads only its own code: a bot never needs the console, nor a single bot the shard manager.
    const { runConsole } = await import('./cli/console.js');
    await runConsole(engine, process.stdin, process.stdout, process.stdin.isTTY === true);
    return 0;
  }
  const token = config.DISCORD_TOKEN;
  if (config.SHARDS !== undefined && !isShard()) {
    const logger = createLogger(config.LOG_LEVEL).child({ role: 'shard manager' });
    const { runShards } = await import('./discord/shardManager.js');
    return runShards({ ...config, DISCORD_TOKEN: token, SHARDS: config.SHARDS }, logger).catch((error: unknown) => {
      const reason = loginFailure(error);
      if (reason === null) throw error;
      logger.fatal(reason);
      return 1;
    });
  }
  return runDiscord({ ...config, DISCORD_TOKEN: token });
}

async function runDiscord(config: Config & { DISCORD_TOKEN: string }): Promise<number> {
  const base = createLogger(config.LOG_LEVEL);
  // A shard started by the manager: discord.js passes its id in SHARDS.
  const logger = isShard() ? base.child({ shard: Number(process.env.SHARDS) }) : base;
  // Connect at once and load the articles meanwhile: until they are loaded, interactions get a short "starting up" reply.
  // The engine's code is loaded meanwhile too, while the connection waits on the network.
  let live: LiveEngine | null = null;
  let stopWatching = (): void => {};
  const loading = loadEngine(config, logger).then(async ({ engine, indexFile }) => {
    const { LiveEngine: Live } = await import('./engine/liveEngine.js');
    live = new Live(engine, (result) => logReload(logger, result), indexFile);
    process.on('SIGHUP', () => void live?.reload());
    if (config.CORPUS_WATCH) stopWatching = live.watch();
  });
  loading.catch(() => {}); // handled where it is awaited below
  // Ends the process with this status: a signal (0) or a close the gateway does not recover from.
  let exit: (code: number) => void = () => {};
  const exited = new Promise<number>((resolve) => (exit = resolve));
  let bot: Bot | undefined;
  try {
    bot = await startBot(config, () => live!.current(), logger, {
      ready: () => live !== null,
      onFatalClose: () => stop(FATAL_EXIT),
    });
  } catch (error) {
    const reason = loginFailure(error);
    if (reason === null) throw error;
    logger.fatal(reason);
    logger.flush();
    return 1;
  }
  try {
    // A fatal close while the articles still load ends the process without waiting for them.
    const early = await Promise.race([loading.then(() => null), exited]);
    if (early !== null) return early;
  } catch (error) {
    await bot.stop();
    throw error;
  }
  logger.info('ready to answer');
  const onSignal = (signal: NodeJS.Signals): void => {
    logger.info({ signal }, 'shutting down');
    stop(0);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return exited;

  function stop(code: number): void {
    stopWatching();
    const timer = setTimeout(() => exit(code), SHUTDOWN_TIMEOUT_MS);
    void bot?.stop().finally(() => {
      clearTimeout(timer);
      exit(code);
    });
  }
}

/**
 * The engine for CORPUS_DIR. A stale prebuilt index is brought up to date in a child
 * process, so the main thread, which keeps the gateway connection, only reads it; if the
 * child cannot write the index (a read-only folder), the engine is built here instead.
 */
async function loadEngine(config: Config, logger: Logger): Promise<Opened> {
  const { openEngine } = await import('./engine/openEngine.js');
  const opened = await openEngine(config.CORPUS_DIR, {
    onIssue: (issue) => logger.warn({ file: issue.file, line: issue.line }, issue.message),
    indexFile: config.INDEX_FILE,
    buildIn: 'child',
    onIndexError: (error, indexFile) =>
      logger.warn({ err: error, indexFile }, 'could not update the prebuilt index; building the engine in memory'),
  });
  logger.info(
    {
      documents: opened.engine.corpus.documents.length,
      quotes: opened.engine.catalog.quotes.length,
      prebuiltIndex: opened.cache,
    },
    'corpus loaded',
  );
  return opened;
}

function logReload(logger: Logger, result: Reload | Error): void {
  if (result instanceof Error) {
    logger.error({ err: result }, 'corpus reload failed; still serving the previous corpus');
    return;
  }
  for (const issue of result.issues) logger.warn({ file: issue.file, line: issue.line }, issue.message);
  const { engine, kept, added, removed } = result;
  logger.info({ documents: engine.corpus.documents.length, added, removed, keptLastGood: kept }, 'corpus reloaded');
}

/** Exits with `code` once output is flushed; a handle left open (a socket closing slowly) cannot keep the process alive past a second. */
function finish(code: number): void {
  process.exitCode = code;
  setTimeout(() => process.exit(code), 1000).unref();
}

main().then(finish, (error: unknown) => {
  const known = error instanceof ConfigError || error instanceof CorpusError || error instanceof EmptyCorpusError;
  process.stderr.write(`${known ? '' : 'error: '}${error instanceof Error ? error.message : String(error)}\n`);
  finish(2);
});
