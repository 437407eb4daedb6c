import { createHash } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { Corpus, CorpusDocument } from '../corpus/types.js';
import type { Quote } from '../quotes/types.js';
import { buildCatalog } from '../search/catalog.js';
import { buildIndex, indexFromJSON, indexToJSON, type CompactIndex } from '../search/searchIndex.js';
import type { Engine } from './engine.js';

/**
 * A prebuilt engine on disk (`npm run index`): every document's quotes and the
 * serialized search indexes, keyed by fingerprints of the documents and of the code that
 * analyses them. Starting from it skips quote finding and indexing; a document whose
 * text changed has its quotes found again, and the indexes are rebuilt whenever
 * anything changed.
 */
const numbers = z.custom<number[]>((value) => Array.isArray(value) && value.every((n) => typeof n === 'number'), 'must be a list of numbers');
/** The shape of a compact index; what its numbers mean is checked by MiniSearch as it loads them. */
const CompactIndexSchema: z.ZodType<CompactIndex> = z
  .object({
    documentCount: z.number(),
    nextId: z.number(),
    fieldIds: z.record(z.string(), z.number()),
    averageFieldLength: z.array(z.number()),
    dirtCount: z.number(),
    serializationVersion: z.number(),
    documentIds: numbers,
    fieldLength: numbers,
    terms: z.array(z.string()),
    postings: z.custom<number[][]>((value) => Array.isArray(value) && value.every(Array.isArray), 'must be lists of numbers'),
  })
  .refine((index) => index.terms.length === index.postings.length, 'terms and postings must be as many');

/** The file's layout; a file of another layout is rebuilt, never misread. */
const FORMAT = 3;

const CacheSchema = z.object({
  format: z.literal(FORMAT),
  code: z.string(),
  corpus: z.string(),
  documents: z.record(z.string(), z.object({ hash: z.string(), quotes: z.array(z.tuple([z.number(), z.number(), z.number(), z.string(), z.unknown()])) })),
  index: z.object({ sentences: CompactIndexSchema, sentenceFrequency: z.array(z.tuple([z.string(), z.number()])) }),
});
type CacheFile = z.infer<typeof CacheSchema>;

/** How the engine was made: all from the file, quotes partly from it, or from scratch. */
export type CacheUse = 'current' | 'partial' | 'none';

/** Folders whose code decides what is cached: a change there makes the cache stale. */
const ANALYSIS_CODE = ['../quotes/', '../search/', '../passages/'];

let codeHash: Promise<string> | undefined;
function codeFingerprint(): Promise<string> {
  codeHash ??= (async () => {
    const hash = createHash('sha256');
    for (const folder of ANALYSIS_CODE) {
      const url = new URL(folder, import.meta.url);
      for (const name of (await readdir(url)).filter((n) => /\.(?:js|ts)$/u.test(n)).sort()) hash.update(name).update(await readFile(new URL(name, url)));
    }
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
 * Whether the file at `path` was written for exactly this corpus and this code, read
 * from its first bytes only ({@link writeCache} writes `format`, `code` and `corpus`
 * first), so a current file is not parsed twice.
 */
export async function isCacheCurrent(corpus: Corpus, path: string): Promise<boolean> {
  let head: string;
  try {
    const file = await open(path, 'r');
    try {
      const { buffer, bytesRead } = await file.read(Buffer.alloc(256), 0, 256, 0);
      head = buffer.subarray(0, bytesRead).toString('utf8');
    } finally {
      await file.close();
    }
  } catch {
    return false;
  }
  const stamp = /^\{"format":(?<format>\d+),"code":"(?<code>[0-9a-f]+)","corpus":"(?<corpus>[0-9a-f]+)"/u.exec(head)?.groups;
  return stamp !== undefined && Number(stamp.format) === FORMAT && stamp.code === (await codeFingerprint()) && stamp.corpus === corpusHash(corpus, corpus.documents.map(documentHash));
}

async function readCache(path: string): Promise<CacheFile | null> {
  try {
    const parsed = CacheSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The engine for a corpus, using the cache file at `path` (if any) for what it still
 * holds. `findQuotes` is loaded only when some document needs it, so a current cache
 * starts without loading the language model at all.
 */
export async function buildEngine(corpus: Corpus, path: string | null, previous?: Engine): Promise<{ engine: Engine; cache: CacheUse; file: CacheFile }> {
  // Quotes of documents unchanged since the engine being replaced, on a reload.
  const before = new Map<string, Quote[]>();
  for (const doc of previous?.corpus.documents ?? []) before.set(`${doc.id}\0${doc.body}`, previous!.catalog.quotes.filter((q) => q.doc === doc.id));
  const [code, cached] = await Promise.all([codeFingerprint(), path ? readCache(path) : Promise.resolve(null)]);
  const hashes = corpus.documents.map(documentHash);
  const fingerprint = corpusHash(corpus, hashes);
  const usable = cached && cached.code === code ? cached : null;
  const quotesByDoc = new Map<string, Quote[]>();
  let reused = 0;
  for (const [i, doc] of corpus.documents.entries()) {
    const stored = usable?.documents[doc.id];
    const kept = before.get(`${doc.id}\0${doc.body}`);
    if (kept) {
      quotesByDoc.set(doc.id, kept);
      reused += 1;
    } else if (stored && stored.hash === hashes[i]) {
      quotesByDoc.set(doc.id, stored.quotes.map(([paragraph, start, end, kind, speaker]) => ({ doc: doc.id, paragraph, start, end, text: doc.body.slice(start, end), kind: kind as Quote['kind'], speaker: speaker as Quote['speaker'] })));
      reused += 1;
    } else {
      const { findQuotes } = await import('../quotes/findQuotes.js');
      quotesByDoc.set(doc.id, findQuotes(doc));
    }
  }
  const catalog = buildCatalog(corpus, quotesByDoc);
  const current = usable !== null && usable.corpus === fingerprint;
  const index = current ? indexFromJSON(usable.index, catalog) : buildIndex(catalog);
  const file: CacheFile = {
    format: FORMAT,
    code,
    corpus: fingerprint,
    documents: Object.fromEntries(corpus.documents.map((doc, i) => [doc.id, { hash: hashes[i]!, quotes: quotesByDoc.get(doc.id)!.map((q) => [q.paragraph, q.start, q.end, q.kind, q.speaker] as [number, number, number, string, unknown]) }])),
    index: current ? usable.index : indexToJSON(index),
  };
  return { engine: { corpus, catalog, index }, cache: current ? 'current' : reused > 0 ? 'partial' : 'none', file };
}

/** Writes a cache file atomically (a reader never sees half a file). */
export async function writeCache(path: string, file: CacheFile): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(file));
  await rename(temporary, path);
}
