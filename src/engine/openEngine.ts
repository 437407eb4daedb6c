import { loadCorpus } from '../corpus/loadCorpus.js';
import type { Corpus, CorpusIssue } from '../corpus/types.js';
import type { Engine } from './engine.js';
import { buildEngine, type CacheUse } from './engineCache.js';

/** Thrown when a corpus folder has no document that loads. */
export class EmptyCorpusError extends Error {
  constructor(
    readonly dir: string,
    readonly issues: readonly CorpusIssue[],
  ) {
    super(`no article could be loaded from ${dir}`);
    this.name = 'EmptyCorpusError';
  }
}

export interface OpenOptions {
  /** Problems with single files; they are skipped. */
  onIssue?: (issue: CorpusIssue) => void;
  /** A prebuilt engine file (`npm run index`) to start from when it is current. */
  indexFile?: string | null;
  /** Told whether the prebuilt file was used. */
  onCache?: (use: CacheUse) => void;
  /** Runs once the corpus is read and before the engine is built: a chance to bring the prebuilt file up to date. */
  beforeBuild?: (corpus: Corpus) => Promise<void>;
}

/**
 * Loads a corpus folder and builds its engine. Files that fail to load are passed to
 * `onIssue` and skipped; a folder that is missing, or that yields no document, throws.
 */
export async function openEngine(
  dir: string,
  options: OpenOptions | ((issue: CorpusIssue) => void) = {},
): Promise<Engine> {
  const {
    onIssue = () => {},
    indexFile = null,
    onCache = () => {},
    beforeBuild,
  } = typeof options === 'function' ? { onIssue: options } : options;
  const corpus = await loadCorpus(dir);
  for (const issue of corpus.issues) onIssue(issue);
  if (corpus.documents.length === 0) throw new EmptyCorpusError(dir, corpus.issues);
  await beforeBuild?.(corpus);
  const { engine, cache } = await buildEngine(corpus, indexFile);
  onCache(cache);
  return engine;
}
