import { loadCorpus } from '../corpus/loadCorpus.js';
import type { CorpusIssue } from '../corpus/types.js';
import { buildEngine, writeCache } from './engineCache.js';

export interface PreparedIndex {
  documents: number;
  quotes: number;
  sentences: number;
  /** False when the file already matched the corpus and the code, and was left as it was. */
  written: boolean;
}

/**
 * Makes the prebuilt engine file at `indexFile` match the corpus in `dir`, writing it
 * only when it does not. `npm run index` uses this, and so does the shard manager
 * before it starts its shards, so that every shard reads one current file.
 */
export async function prepareIndex(dir: string, indexFile: string, onIssue: (issue: CorpusIssue) => void = () => {}): Promise<PreparedIndex> {
  const corpus = await loadCorpus(dir);
  for (const issue of corpus.issues) onIssue(issue);
  const { engine, cache, file } = await buildEngine(corpus, indexFile);
  const written = cache !== 'current';
  if (written) await writeCache(indexFile, file);
  return { documents: engine.corpus.documents.length, quotes: engine.catalog.quotes.length, sentences: engine.catalog.sentences.length, written };
}
