import { EmptyCorpusError } from '../corpus/errors.js';
import { loadCorpus } from '../corpus/loadCorpus.js';
import type { CorpusIssue } from '../corpus/types.js';
import type { Engine } from './engine.js';
import { buildEngine, closePrebuilt, isCacheCurrent, openPrebuilt, type CacheUse } from './engineCache.js';
import { defaultIndexFile, keepRecentIndexFiles } from './indexLocation.js';
import { prepareInChildProcess } from './prepareInChildProcess.js';
import { writePrebuilt } from './prebuiltFile.js';

/** An engine, and how it was opened (for logs, reloads and `npm run index`). */
export interface Opened {
  engine: Engine;
  /** The prebuilt index file used and kept current. */
  indexFile: string;
  /** What came from the file: everything (`current`), some documents' quotes (`partial`), or nothing. */
  cache: CacheUse;
  /** Whether the file was (re)written. */
  written: boolean;
}

export interface OpenOptions {
  /** Problems with single files; they are skipped. */
  onIssue?: (issue: CorpusIssue) => void;
  /** The prebuilt index; by default one file per corpus folder (see `defaultIndexFile`). */
  indexFile?: string;
  /**
   * Where a stale index is rebuilt: `here`, in this process, or `child`, in a child
   * process, so that this one's event loop stays free (a gateway connection must keep
   * its heartbeat while a large corpus is analysed). Default `here`.
   */
  buildIn?: 'here' | 'child';
  /** The index could not be written (a read-only folder, say): the engine is built in memory all the same. */
  onIndexError?: (error: Error, indexFile: string) => void;
}

/**
 * Opens the engine for a corpus folder: the one way every front end (bot, HTTP
 * endpoint, console, command line, `npm run index`, benchmark, evaluation) gets one.
 * It reads the prebuilt index when it matches the articles and the code; otherwise it
 * builds the engine and writes the index, so the next start reads it. Files that fail to
 * load are passed to `onIssue` and skipped; a folder that is missing throws, and one
 * that yields no document throws {@link EmptyCorpusError}.
 */
export async function openEngine(dir: string, options: OpenOptions = {}): Promise<Opened> {
  const { onIssue = () => {}, buildIn = 'here', onIndexError = () => {} } = options;
  const indexFile = options.indexFile ?? (await defaultIndexFile(dir));
  let prebuilt = await openPrebuilt(indexFile);
  try {
    const corpus = await loadCorpus(dir, { known: prebuilt?.known });
    for (const issue of corpus.issues) onIssue(issue);
    if (corpus.documents.length === 0) throw new EmptyCorpusError(dir, corpus.issues);
    const failed = (error: unknown): false => (onIndexError(asError(error), indexFile), false);
    let written = false;
    if (!isCacheCurrent(corpus, prebuilt)) {
      if (buildIn === 'child') {
        // The child writes the file; it is read back below (or, if it could not be written, built in memory).
        closePrebuilt(prebuilt);
        prebuilt = null;
        written = await prepareInChildProcess(dir, indexFile).then((prepared) => prepared.written, failed);
        prebuilt = await openPrebuilt(indexFile);
      } else {
        const built = await buildEngine(corpus, prebuilt);
        written = await writePrebuilt(indexFile, built.file).then(() => true, failed);
        return await finish({ engine: built.engine, cache: built.cache, written, indexFile });
      }
    }
    const { engine, cache } = await buildEngine(corpus, prebuilt);
    return await finish({ engine, cache, written, indexFile });
  } finally {
    closePrebuilt(prebuilt);
  }

  async function finish(opened: Opened): Promise<Opened> {
    if (options.indexFile === undefined) await keepRecentIndexFiles(indexFile);
    return opened;
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
