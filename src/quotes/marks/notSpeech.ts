import type { DocumentContext } from '../context.js';
import type { QuotedSpan } from './quotationMarks.js';

/*
 * Text between quotation marks that nobody says in the article: a label or a subheading
 * set in quotation marks, a stage direction in a transcript, the meaning of a foreign word,
 * and the words printed on signs or shirts.
 */

/** Plural nouns for things that carry printed words: `waving “Row On” signs`. */
const PRINTED_ON = new Set([
  'signs',
  'placards',
  'banners',
  'posters',
  'shirts',
  't-shirts',
  'tees',
  'hats',
  'caps',
  'pins',
  'buttons',
  'stickers',
]);

/** Names of languages that do not end like an adjective of nationality (`Spanish`, `Russian`, `Chinese`). */
const LANGUAGES = new Set(['latin', 'greek', 'french', 'dutch', 'hebrew', 'arabic', 'swahili', 'thai']);

export function isNotSpeech(ctx: DocumentContext, span: QuotedSpan): boolean {
  const inner = ctx.body.slice(span.inner.start, span.inner.end).trim();
  return (
    isLabel(inner) ||
    isSubheading(ctx, span, inner) ||
    isStageDirection(inner) ||
    isTranslation(ctx, span) ||
    isPrintedOn(ctx, span, inner)
  );
}

/** `“Related:”`: one word and a colon, introducing what follows. */
function isLabel(inner: string): boolean {
  return /^[\p{L}-]+:$/u.test(inner);
}

/**
 * `“SAFE HARBOR, FOR NOW”` standing alone on its line: a subheading that quotes a phrase, in capitals
 * and without the punctuation that ends a sentence someone says.
 */
function isSubheading(ctx: DocumentContext, span: QuotedSpan, inner: string): boolean {
  const { body } = ctx;
  const lineStart = body.lastIndexOf('\n', span.start - 1) + 1;
  const lineEnd = body.indexOf('\n', span.end);
  const line = body.slice(lineStart, lineEnd < 0 ? body.length : lineEnd).trim();
  if (line !== body.slice(span.start, span.end)) return false;
  return /\p{Lu}/u.test(inner) && !/\p{Ll}/u.test(inner) && /\s/u.test(inner) && !/[.!?,;:]$/u.test(inner);
}

/** `“(APPLAUSE.)”`, `"(CROSSTALK)`: a transcript's note of what happened, in parentheses. */
function isStageDirection(inner: string): boolean {
  return /^\([^()]*\)\.?$/u.test(inner);
}

/** `“Ahoj,” Czech for “hello”`: a gloss of a foreign word or phrase set off by a comma, dash or quotation mark. */
function isTranslation(ctx: DocumentContext, span: QuotedSpan): boolean {
  const gloss = /(?:[,\u2014\u2013"”'-])\s+(\p{Lu}\p{Ll}+)\s+for\s+$/u.exec(
    ctx.body.slice(Math.max(0, span.start - 40), span.start),
  );
  const language = gloss?.[1];
  return language !== undefined && (/(?:ian|ish|ese|ic)$/u.test(language) || LANGUAGES.has(language.toLowerCase()));
}

/**
 * `a crowd waving “Row On” signs`: the words printed on the things the quotation describes, a phrase
 * with no punctuation or quotation of its own (`"We lost." T-shirts appeared` quotes a sentence first).
 */
function isPrintedOn(ctx: DocumentContext, span: QuotedSpan, inner: string): boolean {
  if (!/[\p{L}\p{N}]$/u.test(inner) || /["“”]/u.test(inner)) return false;
  const after = /^ ([\p{L}-]+)/u.exec(ctx.body.slice(span.end, span.end + 20))?.[1];
  return after !== undefined && PRINTED_ON.has(after.toLowerCase());
}
