/**
 * `npm run index`: builds the engine for CORPUS_DIR and writes it to INDEX_FILE
 * (default .verbatim/index.json), so that `npm start` and `npm run serve` start without
 * finding quotes or indexing. They use the file only while it matches the corpus and the
 * code; otherwise they rebuild what changed in memory.
 */
import { buildEngine, writeCache } from '../src/answer/engineCache.js';
import { ConfigError, readConfig } from '../src/config/env.js';
import { CorpusError, formatIssue, loadCorpus } from '../src/corpus/loadCorpus.js';

async function index(): Promise<void> {
  const config = readConfig();
  const started = performance.now();
  const corpus = await loadCorpus(config.CORPUS_DIR);
  for (const issue of corpus.issues) process.stderr.write(`warning: ${formatIssue(issue)}\n`);
  const { engine, cache, file } = await buildEngine(corpus, config.INDEX_FILE);
  if (cache === 'current') {
    process.stdout.write(`${config.INDEX_FILE} is already current (${engine.corpus.documents.length} documents)\n`);
    return;
  }
  await writeCache(config.INDEX_FILE, file);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`Wrote ${config.INDEX_FILE}: ${engine.corpus.documents.length} documents, ${engine.catalog.quotes.length} quotes, ${engine.catalog.sentences.length} sentences (${seconds} s)\n`);
}

index().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof CorpusError;
  process.stderr.write(`${known ? '' : 'error: '}${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
