import { loadCorpus } from '../corpus/loadCorpus.js';
import type { CorpusDocument, CorpusIssue } from '../corpus/types.js';
import type { Engine } from './engine.js';
import { buildEngine, closePrebuilt, openPrebuilt, type Prebuilt } from './engineCache.js';

export interface Reload {
  engine: Engine;
  /** Problems found in this reload (each file with its line). */
  issues: CorpusIssue[];
  /** Ids of documents whose file failed this time and whose last good version is still served. */
  kept: string[];
  /** Ids added and removed since the previous engine. */
  added: string[];
  removed: string[];
}

/**
 * Reads the corpus folder again and builds a new engine. A file that now fails to load
 * keeps its last good version, so a bad edit never takes an article away; a file that
 * was deleted is dropped. If the folder itself cannot be read, this throws and the caller
 * keeps serving the previous engine.
 */
export async function reloadEngine(previous: Engine, indexFile: string | null = null): Promise<Reload> {
  const prebuilt = indexFile === null ? null : await openPrebuilt(indexFile);
  try {
    return await reloadWith(previous, prebuilt);
  } finally {
    closePrebuilt(prebuilt);
  }
}

async function reloadWith(previous: Engine, prebuilt: Prebuilt | null): Promise<Reload> {
  const corpus = await loadCorpus(previous.corpus.dir, { known: prebuilt?.known });
  const loaded = new Map(corpus.documents.map((d) => [d.id, d]));
  const failedFiles = new Set(corpus.issues.map((i) => i.file));
  const kept: CorpusDocument[] = previous.corpus.documents.filter((d) => !loaded.has(d.id) && failedFiles.has(d.file));
  const documents = [...corpus.documents, ...kept].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const before = new Set(previous.corpus.documents.map((d) => d.id));
  const after = new Set(documents.map((d) => d.id));
  const { engine } = await buildEngine({ ...corpus, documents }, prebuilt, previous);
  return {
    engine,
    issues: corpus.issues,
    kept: kept.map((d) => d.id),
    added: [...after].filter((id) => !before.has(id)),
    removed: [...before].filter((id) => !after.has(id)),
  };
}
