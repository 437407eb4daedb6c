import type { CorpusDocument, Paragraph } from '../corpus/types.js';
import type { Quote } from '../quotes/types.js';
import { sentenceSpeaker, type SentenceEntry } from '../search/catalog.js';
import type { Result } from './types.js';

/** A whole quotation as a result, with its speaker and kind. */
export function quoteResult(q: Quote, score: number): Result {
  return {
    doc: q.doc,
    paragraph: q.paragraph,
    start: q.start,
    end: q.end,
    text: q.text,
    score,
    speaker: q.speaker,
    kind: q.kind,
  };
}

/** A sentence as a result, with the speaker and kind of the quotation that covers it (none in the article's own narration). */
export function sentenceResult(
  s: SentenceEntry,
  score: number,
  text: string = s.doc.body.slice(s.start, s.end),
): Result {
  return {
    doc: s.doc.id,
    paragraph: s.paragraph,
    start: s.start,
    end: s.end,
    text,
    score,
    speaker: sentenceSpeaker(s),
    kind: s.quote?.kind ?? null,
  };
}

/**
 * Consecutive sentences of one paragraph as one result, from `first` to `last`: the
 * sentences of one speaker or of none (see `antecedentOf`), credited as the last one is.
 */
export function sentenceRunResult(first: SentenceEntry, last: SentenceEntry, score: number): Result {
  return { ...sentenceResult(last, score, last.doc.body.slice(first.start, last.end)), start: first.start };
}

/** A whole paragraph as a result: context around a passage, credited to no one. */
export function paragraphResult(doc: CorpusDocument, p: Paragraph, score: number): Result {
  return {
    doc: doc.id,
    paragraph: p.number,
    start: p.start,
    end: p.end,
    text: doc.body.slice(p.start, p.end),
    score,
    speaker: null,
    kind: null,
  };
}
