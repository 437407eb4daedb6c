/**
 * `npm run index`: builds the engine for CORPUS_DIR and writes it to INDEX_FILE
 * (default .verbatim/index.json), so that `npm start` and `npm run serve` start without
 * finding quotes or indexing. They use the file only while it matches the corpus and the
 * code; otherwise they rebuild what changed in memory.
 */
import { prepareIndex } from '../src/engine/prepareIndex.js';
import { ConfigError, readConfig } from '../src/config/env.js';
import { CorpusError, formatIssue } from '../src/corpus/loadCorpus.js';

async function index(): Promise<void> {
  const config = readConfig();
  const started = performance.now();
  const prepared = await prepareIndex(config.CORPUS_DIR, config.INDEX_FILE, (issue) =>
    process.stderr.write(`warning: ${formatIssue(issue)}\n`),
  );
  if (!prepared.written) {
    process.stdout.write(`${config.INDEX_FILE} is already current (${prepared.documents} documents)\n`);
    return;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `Wrote ${config.INDEX_FILE}: ${prepared.documents} documents, ${prepared.quotes} quotes, ${prepared.sentences} sentences (${seconds} s)\n`,
  );
}

index().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof CorpusError;
  process.stderr.write(`${known ? '' : 'error: '}${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
