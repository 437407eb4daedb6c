/**
 * The corpus model. Every offset in the engine is a JavaScript string (UTF-16) index
 * into a document's `body` as read from disk (after any front matter), and every text
 * the engine returns is `body.slice(start, end)`.
 */

/** A half-open range `[start, end)` of UTF-16 indices into a document body. */
export interface Span {
  start: number;
  end: number;
}

/** A paragraph: a run of non-blank lines, trimmed of surrounding whitespace. */
export interface Paragraph extends Span {
  /** 1-based position of the paragraph in its document. */
  number: number;
}

/** A sentence inside one paragraph, trimmed of surrounding whitespace. */
export interface Sentence extends Span {
  /** 1-based number of the paragraph that holds the sentence. */
  paragraph: number;
}

/** Article metadata from front matter (or defaults for plain text files). */
export interface DocumentMeta {
  /** Title shown in replies; the document id when the file gives none. */
  title: string;
  /** Publisher or outlet, when known. */
  source: string | null;
  /** Publication date as written in front matter (ISO 8601), when known. */
  date: string | null;
  /** Canonical address of the article, when known. */
  url: string | null;
  /** Author line, when known. */
  byline: string | null;
}

export interface CorpusDocument {
  /** File name without its extension; unique within a corpus. */
  id: string;
  /** Path of the source file, relative to the corpus folder. */
  file: string;
  meta: DocumentMeta;
  /** The article text exactly as read (after front matter); never normalized. */
  body: string;
  /** 1-based line of the file on which `body` starts, for messages that point into the file. */
  bodyLine: number;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** The Markdown file the document was read from, if it was: what a prebuilt index needs to know its front matter again. */
  origin?: FileOrigin;
}

/** A document's Markdown file: the fingerprint of its bytes, and where the body starts in its text. */
export interface FileOrigin {
  /** SHA-256 of the file's bytes, in hex. */
  hash: string;
  /** UTF-16 index in the file's text (after any byte order mark) at which `body` starts. */
  bodyStart: number;
}

/**
 * The front matter of a file as read before, looked up by the file's name and the
 * fingerprint of its bytes: a file with the same bytes has the same front matter, so it
 * need not be parsed again (see `loadCorpus`).
 */
export type KnownFiles = (file: string, hash: string) => KnownFrontMatter | undefined;

export interface KnownFrontMatter {
  meta: DocumentMeta;
  /** Where the body starts: UTF-16 index in the file's text, and 1-based line. */
  bodyStart: number;
  bodyLine: number;
}

/** A problem with one corpus file. The file is skipped; other files still load. */
export interface CorpusIssue {
  /** Path of the file, relative to the corpus folder (or the folder itself). */
  file: string;
  /** 1-based line in the file, when the problem has one. */
  line: number | null;
  message: string;
}

export interface Corpus {
  /** The folder the corpus was read from. */
  dir: string;
  documents: CorpusDocument[];
  /** Files that could not be loaded, each with the reason. */
  issues: CorpusIssue[];
}
