import { ELLIPSIS } from './limits.js';

/**
 * Discord markdown helpers. Article text and user input are shown literally: every
 * character Discord would read as formatting is escaped with a backslash, which Discord
 * (like CommonMark) drops before any ASCII punctuation, so what people see is the text
 * itself. Mentions cannot fire either: "<@id>", "<#id>", "<@&id>" lose their "<" and
 * "@everyone"/"@here" their "@" to an escape (and replies also send no allowed mentions).
 */

/** Inline formatting characters: emphasis, strike-through, code, spoilers, links, mentions. */
const INLINE = /[\\*_~`|<>[\]]/gu;
/** "@everyone" and "@here" even without the angle brackets. */
const MASS_MENTION = /@(?=everyone|here)/giu;
/** Markers that only count at the start of a line: headings, quotes, lists, subtext. */
const LINE_START = /^(\s*)(#{1,3}\s|>|[-*+]\s|\d+[.)]\s|-#\s)/gmu;

export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(INLINE, '\\$&')
      .replace(MASS_MENTION, '\\@')
      // A backslash only escapes punctuation, so "1. " becomes "1\\. " rather than "\\1. ".
      .replace(LINE_START, (_m, space: string, marker: string) => `${space}${marker.replace(/^(\d*)/u, '$1\\')}`)
  );
}

/** What Discord shows for escaped text: every backslash before ASCII punctuation dropped. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/gu, '$1');
}

/** Text as a Discord block quote: each line prefixed with "> ". */
export function blockQuote(escaped: string): string {
  return escaped
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

/**
 * The longest verbatim prefix of `text` that fits `max` characters once escaped, with
 * {@link ELLIPSIS} appended when anything was cut. Cuts at a word boundary when one is
 * near, never inside a surrogate pair.
 */
export function truncateVerbatim(text: string, max: number, escape: (s: string) => string = escapeMarkdown): string {
  if (escape(text).length <= max) return text;
  if (max <= ELLIPSIS.length) return '';
  let lo = 0;
  let hi = text.length;
  // Binary search for the longest prefix whose escaped form fits with the ellipsis.
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (escape(text.slice(0, mid)).length + ELLIPSIS.length <= max) lo = mid;
    else hi = mid - 1;
  }
  let cut = lo;
  const space = text.lastIndexOf(' ', cut);
  if (space > cut * 0.7) cut = space;
  if (cut > 0 && /[\uD800-\uDBFF]/u.test(text[cut - 1]!)) cut--;
  const prefix = text.slice(0, cut).trimEnd();
  return prefix.length > 0 ? prefix + ELLIPSIS : '';
}
