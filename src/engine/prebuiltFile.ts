import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { CorpusDocument, KnownFrontMatter } from '../corpus/types.js';
import type { Quote } from '../quotes/types.js';
import type { Catalog } from '../search/catalog.js';
import { loadIndex, storeIndex, type CompactHead, type SearchIndex, type StoredTerm } from '../search/searchIndex.js';
import { LineReader } from './lineReader.js';

/**
 * The prebuilt engine file (`npm run index`), one JSON value per line, so that it can be
 * read a line at a time and never held whole:
 *
 * 1. the stamp: `{"format":…,"code":…,"corpus":…,"documents":n}`, so that a file is
 *    recognised from its first line;
 * 2. n file lines: each document's front matter as read (see `StoredFile`), or null for a
 *    file without, so that a file with the same bytes is not parsed again;
 * 3. n document lines: `[id, hash, quotes]`, each quote `[paragraph, start, end, kind, speaker]`;
 * 4. the head of the search index (see `CompactHead`) with `terms`, the number of lines after it;
 * 5. one line per term: `[term, sentences containing it, compact postings]`.
 */

/** The file's layout; a file of another layout is rebuilt, never misread. */
const FORMAT = 5;

/** The stamp is short: a longer first line (such as a whole file of an earlier layout) is not read to its end. */
const MAX_STAMP_BYTES = 4096;
/** Any other line: far above what a corpus produces, so only a damaged or foreign file reaches it. */
const MAX_LINE_BYTES = 64 * 1024 * 1024;

const count = z.number().int().nonnegative();
const numbers = z.custom<number[]>(
  (value) => Array.isArray(value) && value.every((n) => typeof n === 'number'),
  'must be a list of numbers',
);

const StampSchema = z.object({ format: z.literal(FORMAT), code: z.string(), corpus: z.string(), documents: count });

const SpeakerSchema = z.object({
  name: z.string(),
  role: z.string().nullable(),
  mention: z.object({ start: count, end: count }).nullable(),
});
const QuoteSchema = z.tuple([count, count, count, z.enum(['direct', 'partial', 'reported']), SpeakerSchema.nullable()]);
const text = z.string().nullable();
/** A file with front matter: its name, the fingerprint of its bytes, its front matter, and where its body starts (index and line). */
const StoredFileSchema = z.object({
  name: z.string(),
  hash: z.string(),
  meta: z.object({ title: z.string(), source: text, date: text, url: text, byline: text }),
  body: z.tuple([count, count]),
});
export type StoredFile = z.infer<typeof StoredFileSchema>;
const FileLineSchema = StoredFileSchema.nullable();
const DocumentSchema = z.tuple([z.string(), z.string(), z.array(QuoteSchema)]);
type StoredQuote = z.infer<typeof QuoteSchema>;

/** The shape of the index head; what its numbers mean is checked by MiniSearch as it loads them. */
const IndexHeadSchema = z.object({
  documentCount: count,
  nextId: count,
  fieldIds: z.record(z.string(), count),
  averageFieldLength: z.array(z.number()),
  dirtCount: count,
  serializationVersion: z.number(),
  documentIds: numbers,
  fieldLength: numbers,
  terms: count,
}) satisfies z.ZodType<CompactHead & { terms: number }>;
const TermSchema = z.tuple([z.string(), count, numbers]) satisfies z.ZodType<StoredTerm>;

/** What a prebuilt file holds: quotes by document, and the search index when it is for this very corpus. */
export interface PrebuiltContents {
  /** Fingerprint of the analysis code the file was written by. */
  code: string;
  /** Fingerprint of the whole corpus: the index is used only when it matches. */
  corpus: string;
  documents: { id: string; hash: string; quotes: readonly Quote[]; document: CorpusDocument }[];
  index: SearchIndex;
}

/** A line that is not what the layout puts there: a damaged, cut short or foreign file. */
export class DamagedFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DamagedFileError';
  }
}

/** A stored document: its id, the fingerprint of its text, and its quotes as stored. */
export interface StoredDocument {
  id: string;
  hash: string;
  quotes: StoredQuote[];
}

/**
 * A prebuilt file open for reading, in the order it is written: documents, then index.
 * Every line is checked against its schema as it is read; a line that fails throws
 * {@link DamagedFileError}, and so does a file that ends early or goes on too long.
 */
export class PrebuiltReader {
  private constructor(
    private readonly lines: LineReader,
    readonly code: string,
    readonly corpus: string,
    private readonly documentCount: number,
  ) {}

  /** The file at `path` when it exists and starts with a stamp of this layout; otherwise null. */
  static open(path: string): PrebuiltReader | null {
    let lines: LineReader;
    try {
      lines = new LineReader(path);
    } catch {
      return null;
    }
    try {
      const stamp = StampSchema.parse(JSON.parse(lines.next(MAX_STAMP_BYTES) ?? ''));
      return new PrebuiltReader(lines, stamp.code, stamp.corpus, stamp.documents);
    } catch {
      lines.close();
      return null;
    }
  }

  /** The file lines; read them all before {@link documents}. */
  *files(): Generator<StoredFile | null> {
    for (let i = 0; i < this.documentCount; i += 1) yield this.line(FileLineSchema);
  }

  /** The document lines; read them all before {@link readIndex}. */
  *documents(): Generator<StoredDocument> {
    for (let i = 0; i < this.documentCount; i += 1) {
      const [id, hash, quotes] = this.line(DocumentSchema);
      yield { id, hash, quotes };
    }
  }

  /** The search index, for the catalog made from the documents' quotes. */
  readIndex(catalog: Catalog): SearchIndex {
    const { terms: termCount, ...head } = this.line(IndexHeadSchema);
    const terms = function* (this: PrebuiltReader): Generator<StoredTerm> {
      for (let i = 0; i < termCount; i += 1) yield this.line(TermSchema);
      if (!this.lines.done()) throw new DamagedFileError('more lines than the index has terms');
    };
    return loadIndex(head, terms.call(this), catalog);
  }

  close(): void {
    this.lines.close();
  }

  private line<T>(schema: z.ZodType<T>): T {
    const text = this.lines.next(MAX_LINE_BYTES);
    if (text === null) throw new DamagedFileError('the file ends early');
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new DamagedFileError('a line is not JSON');
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw new DamagedFileError(`a line is not in the file's layout: ${parsed.error.message}`);
    return parsed.data;
  }
}

/** A document's stored quotes as quotes of `doc`, their text sliced from its body. */
export function quotesOf(doc: { id: string; body: string }, stored: readonly StoredQuote[]): Quote[] {
  return stored.map(([paragraph, start, end, kind, speaker]) => ({
    doc: doc.id,
    paragraph,
    start,
    end,
    text: doc.body.slice(start, end),
    kind,
    speaker,
  }));
}

/** A document's front matter as read, for the next reading of the same bytes; null for a file without (or a document not read from one). */
function storedFile(doc: CorpusDocument): StoredFile | null {
  if (doc.origin === undefined || doc.origin.bodyStart === 0) return null;
  return { name: doc.file, hash: doc.origin.hash, meta: doc.meta, body: [doc.origin.bodyStart, doc.bodyLine] };
}

/** A stored file's front matter, for `loadCorpus`. */
export function knownFrontMatter(stored: StoredFile): KnownFrontMatter {
  return { meta: stored.meta, bodyStart: stored.body[0], bodyLine: stored.body[1] };
}

/** Lines gathered before each write. */
const WRITE_BYTES = 1024 * 1024;

/** Writes a prebuilt file atomically (a reader never sees half a file). */
export async function writePrebuilt(path: string, contents: PrebuiltContents): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  const file = await open(temporary, 'w');
  try {
    let pending: string[] = [];
    let size = 0;
    const put = async (value: unknown): Promise<void> => {
      const line = `${JSON.stringify(value)}\n`;
      pending.push(line);
      size += line.length;
      if (size < WRITE_BYTES) return;
      await file.write(pending.join(''));
      pending = [];
      size = 0;
    };
    const { code, corpus, documents, index } = contents;
    await put({ format: FORMAT, code, corpus, documents: documents.length });
    for (const doc of documents) await put(storedFile(doc.document));
    for (const doc of documents)
      await put([doc.id, doc.hash, doc.quotes.map((q) => [q.paragraph, q.start, q.end, q.kind, q.speaker])]);
    const { head, terms } = storeIndex(index);
    await put({ ...head, terms: terms.length });
    for (const term of terms) await put(term);
    await file.write(pending.join(''));
    await file.close();
  } catch (error) {
    await file.close().catch(() => {});
    await rm(temporary, { force: true });
    throw error;
  }
  await rename(temporary, path);
}
