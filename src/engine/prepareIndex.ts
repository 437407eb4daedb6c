import { loadCorpus } from '../corpus/loadCorpus.js';
import type { CorpusIssue } from '../corpus/types.js';
import { buildEngine, isCacheCurrent } from './engineCache.js';
import { writePrebuilt } from './prebuiltFile.js';

/** What was prepared: when the file already matched the corpus and the code, it was left as it was (`written: false`). */
export type PreparedIndex =
  { documents: number; written: false } | { documents: number; written: true; quotes: number; sentences: number };

/**
 * Makes the prebuilt engine file at `indexFile` match the corpus in `dir`, writing it
 * only when it does not. `npm run index` uses this, and so does the child process that
 * brings the file up to date before the bot or the shard manager's shards read it.
 */
export async function prepareIndex(
  dir: string,
  indexFile: string,
  onIssue: (issue: CorpusIssue) => void = () => {},
): Promise<PreparedIndex> {
  const corpus = await loadCorpus(dir);
  for (const issue of corpus.issues) onIssue(issue);
  // A current file is recognised from its first bytes, without reading the index in it.
  if (await isCacheCurrent(corpus, indexFile)) return { documents: corpus.documents.length, written: false };
  const { engine, file } = await buildEngine(corpus, indexFile);
  await writePrebuilt(indexFile, file);
  return {
    documents: engine.corpus.documents.length,
    written: true,
    quotes: engine.catalog.quotes.length,
    sentences: engine.catalog.sentences.length,
  };
}
