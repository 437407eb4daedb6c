import type { CorpusDocument, Paragraph, Sentence } from '../corpus/types.js';
import { EntityTable } from './naming/entities.js';
import { findQuotedSpans, type QuotedSpan } from './marks/quotationMarks.js';
import { tokenize, type Token } from './words/tokens.js';

/** Everything the attribution rules read about one document, computed once. */
export interface DocumentContext {
  doc: CorpusDocument;
  body: string;
  tokens: Token[];
  paragraphs: readonly Paragraph[];
  sentences: readonly Sentence[];
  quoted: QuotedSpan[];
  entities: EntityTable;
  /** Index of the first token that starts at or after `offset`. */
  tokenAt(offset: number): number;
  /** Whether `offset` lies inside a quoted span (marks included). */
  inQuote(offset: number): boolean;
}

/** Smallest index `i` with `starts(i) >= offset`, over a sorted sequence of `n` items. */
export function lowerBound(n: number, starts: (i: number) => number, offset: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts(mid) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function buildContext(doc: CorpusDocument): DocumentContext {
  const { body } = doc;
  const tokens = tokenize(body);
  const quoted = findQuotedSpans(body, doc.paragraphs);
  const inQuote = (offset: number): boolean => {
    const i = lowerBound(quoted.length, (k) => quoted[k]!.end, offset + 1);
    const span = quoted[i];
    return span !== undefined && span.start <= offset && offset < span.end;
  };
  return {
    doc,
    body,
    tokens,
    paragraphs: doc.paragraphs,
    sentences: doc.sentences,
    quoted,
    entities: new EntityTable(tokens, body, inQuote),
    tokenAt: (offset) => lowerBound(tokens.length, (i) => tokens[i]!.start, offset),
    inQuote,
  };
}
