import { warnIfBuildIsStale } from './runtime/staleBuild.js';
import { commands } from '../commands/index.js';
import { LiveEngine } from './engine/liveEngine.js';
import { openEngine } from './engine/openEngine.js';
import { ConfigError, readConfig, requireSetting } from './config/env.js';
import { CorpusError, EmptyCorpusError } from './corpus/errors.js';
import { RateLimiter } from './interactions/rateLimit.js';
import { createInteractionServer } from './http/interactionServer.js';
import { publicKeyFromHex } from './http/verifySignature.js';
import { createLogger } from './log/logger.js';

warnIfBuildIsStale();

/**
 * `npm run serve`: answers Discord interactions over HTTP (set the application's
 * Interactions Endpoint URL to https://<host>/interactions) instead of the gateway.
 */
async function serve(): Promise<void> {
  const config = readConfig();
  const publicKey = publicKeyFromHex(requireSetting(config, 'DISCORD_PUBLIC_KEY', 'to verify interaction requests'));
  const logger = createLogger(config.LOG_LEVEL);
  const { engine, indexFile } = await openEngine(config.CORPUS_DIR, {
    onIssue: (issue) => logger.warn({ file: issue.file, line: issue.line }, issue.message),
    indexFile: config.INDEX_FILE,
    onIndexError: (error, file) => logger.warn({ err: error, indexFile: file }, 'could not write the prebuilt index'),
  });
  const live = new LiveEngine(engine, undefined, indexFile);
  process.on('SIGHUP', () => void live.reload());
  const rateLimiter = new RateLimiter(config.RATE_LIMIT_COMMANDS, config.RATE_LIMIT_WINDOW_SECONDS * 1000);
  const server = createInteractionServer(publicKey, commands, { engine: live.current, logger, rateLimiter });
  server.listen(config.HTTP_PORT, config.HTTP_HOST, () => {
    const address = server.address();
    logger.info({ address }, 'answering interactions over HTTP at /interactions');
    // Tests and supervisors read the bound port from this line.
    if (address && typeof address === 'object')
      process.stdout.write(`listening on ${address.address}:${address.port}\n`);
  });
  const stop = (): void => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

serve().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof CorpusError || error instanceof EmptyCorpusError;
  process.stderr.write(`${known ? '' : 'error: '}${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
