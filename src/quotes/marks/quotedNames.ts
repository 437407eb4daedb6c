import type { DocumentContext } from '../context.js';
import { TITLE_CUES, TITLE_SMALL_WORDS, WORK_NOUNS } from '../words/lexicon.js';
import type { QuotedSpan } from './quotationMarks.js';
import type { QuoteKind } from '../types.js';
import type { Token } from '../words/tokens.js';

/*
 * Quotation marks around names and titles rather than anybody's words: the titles of
 * works, and capitalized names of shows and events after a preposition or possessive.
 */

/**
 * The title of a work rather than a quotation: capitalized like a title and named as one
 * (`the film “Blue Road”`, `a novel titled “A House by the Sea”`, `her book, “Tides,”`), or
 * credited to its author as titles are (`“Rowing at dawn,” by Jane Roe`).
 */
export function isWorkTitle(ctx: DocumentContext, span: QuotedSpan): boolean {
  if (isCredited(ctx, span)) return true;
  const { tokens } = ctx;
  let k = ctx.tokenAt(span.start) - 1;
  // "his new book, “A House by the Sea,”": the title set off as an appositive.
  if (k >= 1 && tokens[k]!.text === ',') k--;
  if (k >= 0 && TITLE_CUES.has(tokens[k]!.lower)) k--;
  if (k < 0 || !isWorkNoun(tokens, k)) return false;
  return isTitleCased(ctx.body.slice(span.inner.start, span.inner.end), Infinity);
}

/**
 * `“Rowing at dawn,” by Jane Roe`, `“…,” by the Harbor Times' Jane Roe`: a capitalized title set off
 * by a comma and its byline (`the “ugliness of it,” by Roe` is words of Roe's).
 */
function isCredited(ctx: DocumentContext, span: QuotedSpan): boolean {
  const inner = ctx.body.slice(span.inner.start, span.inner.end);
  // `“Roe leaves ‘Tides,’” by …`: the comma may sit inside a closing single mark.
  const comma = /,[’']?\s*$/u.test(inner) || ctx.body[span.end] === ',';
  if (!comma || !/^[^\p{L}]*\p{Lu}/u.test(inner)) return false;
  return /^,?\s+by\s+(?:the\s+)?\p{Lu}/u.test(ctx.body.slice(span.end, span.end + 20));
}

/** A noun for a work; also one the tagger reads as a verb where a noun goes (`the hit Broadway play`). */
function isWorkNoun(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (!WORK_NOUNS.has(t.lower)) return false;
  return t.pos === 'NOUN' || (t.pos === 'VERB' && ['DET', 'ADJ', 'NOUN', 'PROPN'].includes(tokens[k - 1]?.pos ?? ''));
}

/** The most words between the article and the work noun of an appositive: `a kitschy HBO horror series`. */
const MAX_WORK_MODIFIERS = 3;

/** `“Blue Road,” a film about …`, `“Tides,” an HBO series`: set off by a comma and described as a kind of work. */
function isDescribedAsWork(ctx: DocumentContext, span: QuotedSpan): boolean {
  const { tokens } = ctx;
  let k = ctx.tokenAt(span.end);
  if (tokens[k]?.text === ',') k++;
  else if (!/,\s*$/u.test(ctx.body.slice(span.inner.start, span.inner.end))) return false;
  if (tokens[k]?.lower !== 'a' && tokens[k]?.lower !== 'an') return false;
  for (let j = k + 1; j <= k + 1 + MAX_WORK_MODIFIERS && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.pos === 'NOUN' && WORK_NOUNS.has(t.lower)) return true;
    if (!['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(t.pos)) return false;
  }
  return false;
}

/** Possessive determiners and markers that stand before a name: "his “Morning Show”", "the network's “Face the Town”". */
const NAME_INTRODUCERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your', "'s", '’s']);

/** People named after the show or film they are known for: "the “Tides” star", "“Harbor Hour” host Jane Roe". */
const PERFORMER_NOUNS = new Set(['star', 'co-star', 'host', 'co-host', 'creator', 'actor', 'actress']);

/**
 * A name in quotation marks rather than a quotation: a capitalized title after a
 * preposition or possessive (`on “Face the Town,”`, `the network's “Morning
 * Hour”`, `the networks' “Morning Hour”`), after "told" (`Roe told “Face the Town”`: one tells a
 * person or a programme, not words), or naming what someone stars in (`the “Tides” star`).
 * Quoted words keep their own capitalization, so a run in which every word is
 * capitalized reads as a name when it sits where a noun goes. (After an article it may be
 * a coinage someone is quoted for — the “Harbor First” doctrine — so that is not enough.)
 */
export function isQuotedName(ctx: DocumentContext, span: QuotedSpan): boolean {
  const k = ctx.tokenAt(span.start) - 1;
  const before = ctx.tokens[k];
  const after = ctx.tokens[ctx.tokenAt(span.end)];
  const placed =
    before?.pos === 'ADP' ||
    NAME_INTRODUCERS.has(before?.lower ?? '') ||
    (before?.pos === 'VERB' && before.lemma === 'tell') ||
    (/^[’']$/u.test(before?.text ?? '') && /s$/iu.test(ctx.tokens[k - 1]?.text ?? '')) ||
    (after !== undefined && PERFORMER_NOUNS.has(after.lower) && after.start === span.end + 1);
  return placed && isTitleCased(ctx.body.slice(span.inner.start, span.inner.end), 6);
}

/** Every word capitalized (small words such as "of" and "the" aside), at most `maxWords` words: "Face the Town". */
export function isTitleCased(text: string, maxWords: number): boolean {
  const words = text
    .trim()
    .split(/\s+/u)
    .filter((w) => /\p{L}/u.test(w));
  return (
    words.length > 0 &&
    words.length <= maxWords &&
    words.every((w, i) => /^[^\p{L}]*[\p{Lu}\d]/u.test(w) || (i > 0 && TITLE_SMALL_WORDS.has(w.toLowerCase())))
  );
}

/** Fewer words than this make a quoted phrase short enough to be a term. */
const MAX_TERM_WORDS = 4;

/**
 * Words talked about rather than said: a short quoted phrase with no punctuation of its own that
 * opens the author's sentence as its subject (`“Open water” is what rowers call the lake`, an
 * auxiliary or copula follows) or as a modifier of a noun (`“Harbor Hour” host Jane Roe`).
 */
export function isMentionedTerm(ctx: DocumentContext, span: QuotedSpan, kind: QuoteKind): boolean {
  if (kind !== 'direct' || span.continued || span.open) return false;
  const inner = ctx.body.slice(span.inner.start, span.inner.end);
  if (isDescribedSubject(ctx, span, inner)) return true;
  if (!/[\p{L}\p{N}]$/u.test(inner) || inner.split(/\s+/u).length > MAX_TERM_WORDS) return false;
  const next = ctx.tokens[ctx.tokenAt(span.end)];
  return next !== undefined && (next.pos === 'AUX' || (next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text)));
}

/**
 * A capitalized name opening the sentence as its subject and described right after it, by a relative
 * clause (`“Tides,” which opens on Friday, is …`) or as a kind of work (`“Tides,” an HBO series, …`).
 */
function isDescribedSubject(ctx: DocumentContext, span: QuotedSpan, inner: string): boolean {
  if (!isTitleCased(inner, Infinity)) return false;
  const k = ctx.tokenAt(span.end);
  const relative = ctx.tokens[ctx.tokens[k]?.text === ',' ? k + 1 : k];
  const comma = /,\s*$/u.test(inner) || ctx.tokens[k]?.text === ',';
  return comma && (relative?.lower === 'which' || relative?.lower === 'whose' || isDescribedAsWork(ctx, span));
}
