import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import type { Corpus, CorpusDocument, KnownFiles } from '../corpus/types.js';
import type { Quote } from '../quotes/types.js';
import { buildCatalog, documentQuotes, type Catalog } from '../search/catalog.js';
import { buildIndex, type SearchIndex } from '../search/searchIndex.js';
import type { Engine } from './engine.js';
import { knownFrontMatter, PrebuiltReader, quotesOf, type PrebuiltContents, type StoredFile } from './prebuiltFile.js';

/**
 * A prebuilt engine on disk (see `openEngine`): every document's front matter and
 * quotes and the serialized search index, keyed by fingerprints of the files, the
 * documents and the code that reads and analyses them. Starting from it skips parsing
 * front matter, finding quotes and indexing; a file whose bytes changed has its front
 * matter parsed again, a document whose text changed has its quotes found again, and
 * the index is rebuilt whenever anything changed. The file's layout is in `prebuiltFile.ts`.
 */

/** How the engine was made: all from the file, quotes partly from it, or from scratch. */
export type CacheUse = 'current' | 'partial' | 'none';

/** Folders (with their subfolders) whose code decides what is cached: a change there makes the cache stale. */
const ANALYSIS_CODE = ['../corpus/', '../quotes/', '../search/', '../passages/'];

let codeHash: Promise<string> | undefined;
function codeFingerprint(): Promise<string> {
  codeHash ??= (async () => {
    // Read all at once and hashed in a fixed order: one by one, the reads cost start-up tens of milliseconds.
    const files = await Promise.all(
      ANALYSIS_CODE.map(async (folder) => {
        const url = new URL(folder, import.meta.url);
        // Subfolders too: a rule moved into one still decides what is cached.
        const names = (await readdir(url, { recursive: true })).filter((n) => /\.(?:js|ts)$/u.test(n)).sort();
        return Promise.all(names.map(async (name) => [name, await readFile(new URL(name, url))] as const));
      }),
    );
    const hash = createHash('sha256');
    for (const [name, contents] of files.flat()) hash.update(name).update(contents);
    return hash.digest('hex');
  })();
  return codeHash;
}

const documentHashes = new WeakMap<CorpusDocument, string>();

/** A document's fingerprint, computed once per loaded document: start-up checks the file's stamp and then builds from it. */
function documentHash(doc: CorpusDocument): string {
  let hash = documentHashes.get(doc);
  if (hash === undefined) {
    hash = createHash('sha256').update(doc.id).update('\0').update(doc.body).digest('hex');
    documentHashes.set(doc, hash);
  }
  return hash;
}

function corpusHash(corpus: Corpus, hashes: readonly string[]): string {
  const hash = createHash('sha256');
  corpus.documents.forEach((doc, i) => hash.update(hashes[i]!).update(JSON.stringify(doc.meta)));
  return hash.digest('hex');
}

/**
 * A prebuilt file opened for this code: its stamp and file lines read, its document
 * lines and index next. The file lines tell `loadCorpus` the front matter it need not
 * parse again (`known`); `buildEngine` reads the rest.
 */
export interface Prebuilt {
  reader: PrebuiltReader;
  known: KnownFiles;
}

/**
 * The file at `path` when it was written by this code and its file lines read well;
 * otherwise null (no file, another layout or code, a damaged line). Close it with
 * {@link closePrebuilt} once the engine is built.
 */
export async function openPrebuilt(path: string): Promise<Prebuilt | null> {
  const reader = PrebuiltReader.open(path);
  if (!reader) return null;
  try {
    if (reader.code !== (await codeFingerprint())) throw new Error('written by other code');
    const byFile = new Map<string, StoredFile>();
    for (const file of reader.files()) if (file) byFile.set(`${file.name}\0${file.hash}`, file);
    const known: KnownFiles = (file, hash) => {
      const stored = byFile.get(`${file}\0${hash}`);
      return stored ? knownFrontMatter(stored) : undefined;
    };
    return { reader, known };
  } catch {
    reader.close();
    return null;
  }
}

export function closePrebuilt(prebuilt: Prebuilt | null): void {
  prebuilt?.reader.close();
}

/** Whether a prebuilt file was written for exactly this corpus (and, being open, this code). */
export function isCacheCurrent(corpus: Corpus, prebuilt: Prebuilt | null): boolean {
  return prebuilt !== null && prebuilt.reader.corpus === corpusHash(corpus, corpus.documents.map(documentHash));
}

/**
 * The engine for a corpus, using an open prebuilt file (if any) for what it still
 * holds. `findQuotes` is loaded only when some document needs it, so a current file
 * starts without loading the language model at all.
 */
export async function buildEngine(
  corpus: Corpus,
  prebuilt: Prebuilt | null,
  previous?: Engine,
): Promise<{ engine: Engine; cache: CacheUse; file: PrebuiltContents }> {
  const kept = keptQuotes(corpus, previous);
  const code = await codeFingerprint();
  const hashes = corpus.documents.map(documentHash);
  const fingerprint = corpusHash(corpus, hashes);
  const stored = prebuilt ? storedQuotes(prebuilt.reader, corpus, hashes, kept) : null;
  const quotesByDoc = new Map<string, Quote[]>();
  let reused = 0;
  for (const [i, doc] of corpus.documents.entries()) {
    const quotes = kept[i] ?? stored?.get(doc.id);
    if (quotes) {
      quotesByDoc.set(doc.id, quotes);
      reused += 1;
    } else {
      const { findQuotes } = await import('../quotes/findQuotes.js');
      quotesByDoc.set(doc.id, findQuotes(doc));
    }
  }
  const catalog = buildCatalog(corpus, quotesByDoc);
  const restored =
    prebuilt && stored && prebuilt.reader.corpus === fingerprint ? storedIndex(prebuilt.reader, catalog) : null;
  const index = restored ?? buildIndex(catalog);
  const documents = corpus.documents.map((doc, i) => ({
    id: doc.id,
    hash: hashes[i]!,
    quotes: quotesByDoc.get(doc.id)!,
    document: doc,
  }));
  return {
    engine: { corpus, catalog, index },
    cache: restored ? 'current' : reused > 0 ? 'partial' : 'none',
    file: { code, corpus: fingerprint, documents, index },
  };
}

/** Per document of `corpus`, its quotes in `previous` (the engine a reload replaces) when its text is unchanged there. */
function keptQuotes(corpus: Corpus, previous: Engine | undefined): (Quote[] | undefined)[] {
  const before = new Map<string, Quote[]>();
  for (const doc of previous?.corpus.documents ?? [])
    before.set(`${doc.id}\0${doc.body}`, documentQuotes(previous!.catalog, doc.id));
  return corpus.documents.map((doc) => before.get(`${doc.id}\0${doc.body}`));
}

/**
 * The quotes the file holds for documents whose text is unchanged and that are not
 * `kept` from a previous engine, by document id; null when the file is damaged, so
 * that nothing read from it is used.
 */
function storedQuotes(
  file: PrebuiltReader,
  corpus: Corpus,
  hashes: readonly string[],
  kept: readonly (Quote[] | undefined)[],
): Map<string, Quote[]> | null {
  const position = new Map(corpus.documents.map((doc, i) => [doc.id, i]));
  const found = new Map<string, Quote[]>();
  try {
    for (const stored of file.documents()) {
      const i = position.get(stored.id);
      if (i !== undefined && stored.hash === hashes[i] && !kept[i])
        found.set(stored.id, quotesOf(corpus.documents[i]!, stored.quotes));
    }
    return found;
  } catch {
    return null;
  }
}

/** The file's search index, or null when it is damaged. */
function storedIndex(file: PrebuiltReader, catalog: Catalog): SearchIndex | null {
  try {
    return file.readIndex(catalog);
  } catch {
    return null;
  }
}
