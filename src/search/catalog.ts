import type { Corpus, CorpusDocument, Span } from '../corpus/types.js';
import type { Quote, Speaker } from '../quotes/types.js';

/** A sentence of the corpus, with the quote it belongs to when it is someone's words. */
export interface SentenceEntry extends Span {
  doc: CorpusDocument;
  paragraph: number;
  /** Index into {@link Catalog.paragraphs} of the sentence's paragraph. */
  paragraphId: number;
  /** The quotation that covers most of this sentence, if any. */
  quote: Quote | null;
  /** Indices into {@link Catalog.quotes} of every quotation that overlaps this sentence. */
  quotes: readonly number[];
}

export interface ParagraphEntry extends Span {
  doc: CorpusDocument;
  paragraph: number;
  /** Indices into {@link Catalog.sentences} of the paragraph's sentences. */
  sentences: number[];
}

/**
 * Flat, numbered lists of everything searchable. A sentence's number is its id in the
 * search index, so the index holds no text of its own: text is always sliced from the body.
 */
export interface Catalog {
  documents: CorpusDocument[];
  byId: Map<string, CorpusDocument>;
  sentences: SentenceEntry[];
  paragraphs: ParagraphEntry[];
  quotes: Quote[];
  /** Where each document's entries sit in the lists above, by document id. */
  entriesOf: Map<string, DocumentEntries>;
}

/** Positions `first` up to (not including) `end` of a list. */
export interface Range {
  first: number;
  end: number;
}

/** A document's place in the corpus, and the ranges of its sentences and quotes, which are in order of their start. */
export interface DocumentEntries {
  position: number;
  sentences: Range;
  quotes: Range;
}

const NO_QUOTES: readonly number[] = Object.freeze([]);

/**
 * A list kept for the engine's life, copied to exactly its length: an array grown by
 * `push` keeps room for 16 more, which over tens of thousands of lists is megabytes.
 */
const fitted = (list: number[]): number[] => list.slice();

/** Positions in `quotes` (from `first` on) of the quotes that overlap a span. */
function overlapping(quotes: readonly Quote[], first: number, span: Span): readonly number[] {
  const found: number[] = [];
  for (let i = first; i < quotes.length && quotes[i]!.start < span.end; i++) {
    if (quotes[i]!.end > span.start) found.push(i);
  }
  return found.length > 0 ? fitted(found) : NO_QUOTES;
}

/**
 * The quote a sentence is credited to: the one covering at least half of it, or else a
 * direct quote the sentence opens with and then names the speaker of, the common shape of
 * a short quote with a long attribution ("“It’s fine,” the mayor said of the new pier.").
 * A sentence that starts with narration stays the article's, whatever it quotes.
 */
function coveringQuote(quotes: readonly Quote[], span: Span, body: string): Quote | null {
  let best: Quote | null = null;
  let bestOverlap = 0;
  let opening: Quote | null = null;
  for (const q of quotes) {
    if (q.end <= span.start) continue;
    if (q.start >= span.end) break;
    const overlap = Math.min(q.end, span.end) - Math.max(q.start, span.start);
    if (overlap > bestOverlap) {
      best = q;
      bestOverlap = overlap;
    }
    if (opening === null && q.start >= span.start && body.slice(span.start, q.start).trim() === '') opening = q;
  }
  if (best && bestOverlap * 2 >= span.end - span.start) return best;
  const mention = opening?.speaker?.mention;
  return opening?.kind === 'direct' && mention && mention.start >= opening.end && mention.end <= span.end
    ? opening
    : null;
}

export function buildCatalog(corpus: Corpus, quotesByDoc: ReadonlyMap<string, readonly Quote[]>): Catalog {
  const sentences: SentenceEntry[] = [];
  const paragraphs: ParagraphEntry[] = [];
  const quotes: Quote[] = [];
  const entriesOf = new Map<string, DocumentEntries>();
  for (const [position, doc] of corpus.documents.entries()) {
    const docQuotes = quotesByDoc.get(doc.id) ?? [];
    const firstQuote = quotes.length;
    quotes.push(...docQuotes);
    entriesOf.set(doc.id, {
      position,
      sentences: { first: sentences.length, end: sentences.length + doc.sentences.length },
      quotes: { first: firstQuote, end: quotes.length },
    });
    const firstParagraph = paragraphs.length;
    for (const p of doc.paragraphs)
      paragraphs.push({ doc, paragraph: p.number, start: p.start, end: p.end, sentences: [] });
    for (const s of doc.sentences) {
      const paragraphId = firstParagraph + s.paragraph - 1;
      paragraphs[paragraphId]!.sentences.push(sentences.length);
      const near = overlapping(quotes, firstQuote, s);
      sentences.push({
        doc,
        paragraph: s.paragraph,
        paragraphId,
        start: s.start,
        end: s.end,
        quote: coveringQuote(docQuotes, s, doc.body),
        quotes: near,
      });
    }
    for (let p = firstParagraph; p < paragraphs.length; p++)
      paragraphs[p]!.sentences = fitted(paragraphs[p]!.sentences);
  }
  return {
    documents: corpus.documents,
    byId: new Map(corpus.documents.map((d) => [d.id, d])),
    sentences,
    paragraphs,
    quotes,
    entriesOf,
  };
}

/** The first position in `list` (within `range`, in order of start) whose entry starts at or after `start`. */
function firstFrom(list: readonly Span[], range: Range, start: number): number {
  let lo = range.first;
  let hi = range.end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The position in `list` (within `range`, in order of start) of the entry spanning exactly `start` to `end`; -1 when there is none. */
function positionOf(list: readonly Span[], range: Range | undefined, start: number, end: number): number {
  if (range === undefined) return -1;
  for (let i = firstFrom(list, range, start); i < range.end && list[i]!.start === start; i++) {
    if (list[i]!.end === end) return i;
  }
  return -1;
}

/** The position in {@link Catalog.quotes} of document `doc`'s quote spanning exactly `start` to `end`; -1 when there is none. */
export const quoteAt = (catalog: Catalog, doc: string, start: number, end: number): number =>
  positionOf(catalog.quotes, catalog.entriesOf.get(doc)?.quotes, start, end);

/**
 * The positions in {@link Catalog.sentences} of document `doc`'s consecutive sentences of
 * one paragraph that together span exactly `start` to `end` (one sentence or more); null
 * when no such run exists.
 */
export function sentenceRunAt(catalog: Catalog, doc: string, start: number, end: number): Range | null {
  const range = catalog.entriesOf.get(doc)?.sentences;
  if (range === undefined) return null;
  const { sentences } = catalog;
  const first = firstFrom(sentences, range, start);
  if (first >= range.end || sentences[first]!.start !== start) return null;
  const { paragraphId } = sentences[first]!;
  for (let i = first; i < range.end && sentences[i]!.paragraphId === paragraphId; i++) {
    if (sentences[i]!.end === end) return { first, end: i + 1 };
    if (sentences[i]!.end > end) break;
  }
  return null;
}

/** The speaker of a sentence: the speaker of the quote that covers it. */
export const sentenceSpeaker = (entry: SentenceEntry): Speaker | null => entry.quote?.speaker ?? null;

/** Name and role of a speaker as one searchable string. */
export const speakerText = (speaker: Speaker | null): string =>
  speaker ? [speaker.name, speaker.role ?? ''].join(' ') : '';

/** The quotes of one document, in order of their start: its range of the catalog's list. */
export function documentQuotes(catalog: Catalog, docId: string): Quote[] {
  const range = catalog.entriesOf.get(docId)?.quotes;
  return range ? catalog.quotes.slice(range.first, range.end) : [];
}
