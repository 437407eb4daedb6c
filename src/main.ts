import { openEngine } from './answer/openEngine.js';
import { runConsole } from './cli/console.js';
import { ConfigError, readConfig } from './config/env.js';
import { CorpusError, formatIssue } from './corpus/loadCorpus.js';

/**
 * `npm start`. With a DISCORD_TOKEN the Discord bot runs; without one, a local console
 * answers from the same engine, so anyone can try the bot on the bundled article.
 */
async function main(): Promise<number> {
  const config = readConfig();
  const engine = await openEngine(config.CORPUS_DIR, (issue) => process.stderr.write(`warning: ${formatIssue(issue)}\n`));
  await runConsole(engine, process.stdin, process.stdout, process.stdin.isTTY === true);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const known = error instanceof ConfigError || error instanceof CorpusError || (error instanceof Error && error.name === 'EmptyCorpusError');
    process.stderr.write(`${known ? '' : 'error: '}${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
