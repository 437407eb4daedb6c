/**
 * `npm run index`: opens the engine for CORPUS_DIR as the bot does, which writes the
 * prebuilt index (INDEX_FILE, or the corpus folder's own file in .verbatim/) when it
 * does not match the articles and the code, so that the next start only reads it.
 */
import { warnIfBuildIsStale } from '../src/runtime/staleBuild.js';
import { ConfigError, readConfig } from '../src/config/env.js';
import { CorpusError, EmptyCorpusError, formatIssue } from '../src/corpus/errors.js';
import { openEngine } from '../src/engine/openEngine.js';

warnIfBuildIsStale();

async function index(): Promise<void> {
  const config = readConfig();
  const started = performance.now();
  let failure: Error | undefined;
  const { engine, indexFile, written } = await openEngine(config.CORPUS_DIR, {
    indexFile: config.INDEX_FILE,
    onIssue: (issue) => process.stderr.write(`warning: ${formatIssue(issue)}\n`),
    onIndexError: (error) => (failure = error),
  });
  if (failure) throw new Error(`could not write ${indexFile}: ${failure.message}`);
  const { documents } = engine.corpus;
  if (!written) {
    process.stdout.write(`${indexFile} is already current (${documents.length} documents)\n`);
    return;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const { quotes, sentences } = engine.catalog;
  process.stdout.write(
    `Wrote ${indexFile}: ${documents.length} documents, ${quotes.length} quotes, ${sentences.length} sentences (${seconds} s)\n`,
  );
}

index().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof CorpusError || error instanceof EmptyCorpusError;
  process.stderr.write(`${known ? '' : 'error: '}${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
