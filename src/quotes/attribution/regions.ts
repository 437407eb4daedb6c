import type { Sentence } from '../../corpus/types.js';
import { lowerBound, type DocumentContext } from '../context.js';
import type { QuotedSpan } from '../marks/quotationMarks.js';

/*
 * The stretches of narration on either side of a quotation where its attribution may stand:
 * its own sentence, cut short by the quotations next to it.
 */

/** Index of the sentence that holds `offset`; -1 when none does. */
function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  const i = lowerBound(sentences.length, (k) => sentences[k]!.end, offset + 1);
  return i < sentences.length && sentences[i]!.start <= offset ? i : -1;
}

/** The sentence that holds `offset`, if any. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  return sentences[sentenceIndexAt(sentences, offset)];
}

/** The sentence before the one a quotation opens; undefined when the quotation does not open its sentence. */
export function sentenceBeforeQuotation(ctx: DocumentContext, span: QuotedSpan): Sentence | undefined {
  const i = sentenceIndexAt(ctx.sentences, span.start);
  if (i < 0 || ctx.body.slice(ctx.sentences[i]!.start, span.start).trim() !== '') return undefined;
  return ctx.sentences[i - 1];
}

/** How long, in characters, a sentence after a quotation may be to stand as its attribution alone. */
const SHORT_ATTRIBUTION = 90;

/** Token range right of a quotation, and whether it runs on into a longer sentence that follows it. */
interface RightRegion {
  lo: number;
  hi: number;
  /**
   * `“Who knows?” Roe asked the harbor board at its meeting on Monday evening.`: the quotation ends with
   * a question or exclamation mark, which the sentence splitter took for the end of the writer's
   * sentence, and the next "sentence" carries on the report. Only an
   * attribution at the very start of that sentence belongs to the quotation.
   */
  runOn: boolean;
  /**
   * Where the sentence after the quotation starts, when the region reaches into it after a quotation
   * closed by a full stop (`“We won.” Jane Roe said.`); -1 otherwise.
   */
  nextSentence: number;
}

/** Token range right of the quotation: to the end of its sentence (or the one that follows), stopping at the next quotation. */
export function rightRegion(ctx: DocumentContext, span: QuotedSpan, others: readonly QuotedSpan[]): RightRegion {
  const at = sentenceIndexAt(ctx.sentences, span.end - 1);
  const sentence = ctx.sentences[at];
  let end = sentence ? sentence.end : span.end;
  let runOn = false;
  let nextSentence = -1;
  if (sentence && sentence.end <= span.end + 1) {
    // `“We won.” Jane Roe said.`: the attribution may stand as a sentence of its own.
    const next = ctx.sentences[at + 1];
    const short = next !== undefined && next.end - next.start < SHORT_ATTRIBUTION;
    const questionOrExclamation = endsInQuestionOrExclamation(ctx, span);
    runOn =
      next !== undefined &&
      !short &&
      questionOrExclamation &&
      continuesReport(ctx.body.slice(sentence.end, next.start));
    if (next && next.paragraph === sentence.paragraph && (short || runOn)) end = next.end;
    if (next && end === next.end && !questionOrExclamation) nextSentence = ctx.tokenAt(next.start);
  }
  const following = others.find((o) => o.start >= span.end);
  if (following && following.start < end) end = following.start;
  const hi = ctx.tokenAt(end);
  return { lo: ctx.tokenAt(span.end), hi, runOn, nextSentence: nextSentence < hi ? nextSentence : -1 };
}

/**
 * A question or exclamation mark inside the closing quotation mark ends the quoted sentence, not
 * necessarily the writer's (`“Who knows?” Roe asked.`); a full stop there ends both.
 */
const endsInQuestionOrExclamation = (ctx: DocumentContext, span: QuotedSpan): boolean =>
  /[?!][\s'’]*$/u.test(ctx.body.slice(span.inner.start, span.inner.end));

/** Only spaces between the quotation's sentence and the next one: no line break, so the report goes on. */
const continuesReport = (gap: string): boolean => /^[ \t\u00a0]*$/u.test(gap);

/** Token range left of the quotation: from the start of its sentence or the end of the quotation before it. */
export function leftRegion(ctx: DocumentContext, span: QuotedSpan, others: readonly QuotedSpan[]): [number, number] {
  const sentence = sentenceAt(ctx.sentences, span.start);
  let start = sentence ? sentence.start : span.start;
  for (const o of others) if (o.end <= span.start && o.end > start) start = o.end;
  return [ctx.tokenAt(start), ctx.tokenAt(span.start)];
}

/**
 * Whether words after a quotation, up to `cueStart`, can be its attribution tag. A tag is set off:
 * the quotation ends with punctuation inside its marks or is followed by a comma or dash
 * (`“…,” Roe said`, `“…” — Roe`), or it opens its sentence. A fragment run into the writer's
 * sentence (`was “riding the fence” until Roe said …`) and a clause after a semicolon are not tags.
 */
export function isTagAfter(ctx: DocumentContext, span: QuotedSpan, cueStart: number): boolean {
  const between = ctx.body.slice(span.end, cueStart);
  if (between.includes(';')) return false;
  if (/[,.?!…:\-–—]['’\s]*$/u.test(ctx.body.slice(span.inner.start, span.inner.end)) || /^\s*[,\-–—(]/u.test(between))
    return true;
  const sentence = sentenceAt(ctx.sentences, span.start);
  return !sentence || !/\p{L}/u.test(ctx.body.slice(sentence.start, span.start));
}
