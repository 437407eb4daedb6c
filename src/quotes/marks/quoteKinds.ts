import { sentenceAt } from '../attribution/regions.js';
import { type DocumentContext } from '../context.js';
import type { QuotedSpan } from './quotationMarks.js';
import { isTitleCased } from './quotedNames.js';
import type { QuoteKind } from '../types.js';

/**
 * A quoted fragment of fewer words than this, with no verb of saying, is a term or title in
 * quotation marks, not a quote, when it is capitalized like a title ("the “Blue Line” plan");
 * one written in running lower case ("a “quick look around” at") is someone's words.
 */
const MIN_UNATTRIBUTED_WORDS = 5;

const MIN_UNATTRIBUTED_LOWER_CASE_WORDS = 3;

/**
 * Direct when the quotation is a sentence of its own: it opens its sentence, or follows
 * a colon or comma and begins with a capital (`Roe said, “We will”`), or carries on a
 * quotation from the previous paragraph. Otherwise it is a fragment of the author's sentence.
 */
export function kindOf(ctx: DocumentContext, span: QuotedSpan): QuoteKind {
  if (span.continued) return 'direct';
  const sentence = sentenceAt(ctx.sentences, span.start);
  // Invisible format characters (a left-to-right mark before a pasted post) are not words before the quotation.
  const before = ctx.body
    .slice(sentence ? sentence.start : span.start, span.start)
    .replace(/\p{Cf}/gu, '')
    .trimEnd();
  if (before === '' || /^[([{—–-]+$/u.test(before)) return 'direct';
  const first = ctx.body.slice(span.inner.start, span.inner.start + 1);
  return /[:,]$/u.test(before) && /\p{Lu}/u.test(first) ? 'direct' : 'partial';
}

export function isLongEnough(ctx: DocumentContext, span: QuotedSpan): boolean {
  const inner = ctx.body.slice(span.inner.start, span.inner.end);
  const words = inner.split(/\s+/u).filter(Boolean).length;
  // A two-word fragment that closes its clause (`as a “safe pair of hands,”`) is quoted speech more often than a term.
  const least = /[.,!?]\s*$/u.test(inner) ? MIN_UNATTRIBUTED_LOWER_CASE_WORDS - 1 : MIN_UNATTRIBUTED_LOWER_CASE_WORDS;
  // "“Rain! Rain!”": an exclamation or question is somebody's words, never a name or term.
  if (/[!?]\s*$/u.test(inner)) return true;
  return words >= MIN_UNATTRIBUTED_WORDS || (words >= least && !isTitleCased(inner, MIN_UNATTRIBUTED_WORDS));
}
