import type { Span } from '../../corpus/types.js';

/** Words long enough that a headline capitalizes them and running text mostly does not. */
const LONG_WORD = /\p{L}[\p{L}'’-]{3,}/gu;

/**
 * The lines of `body` set in title case, as headlines are ("Roe’s Final Column Explains Why
 * She Sees Hope"): at least three words of four letters or more, every one capitalized. A
 * headline's capitalized phrases are not the subjects of sentences that pronouns later in
 * the article refer back to.
 */
export function titleCaseLines(body: string): Span[] {
  const lines: Span[] = [];
  let start = 0;
  while (start <= body.length) {
    const newline = body.indexOf('\n', start);
    const end = newline < 0 ? body.length : newline;
    const words = body.slice(start, end).match(LONG_WORD) ?? [];
    if (words.length >= 3 && words.every((w) => /^\p{Lu}/u.test(w))) lines.push({ start, end });
    start = end + 1;
  }
  return lines;
}

/** Whether `offset` falls in one of `spans`. */
export const within = (spans: readonly Span[], offset: number): boolean =>
  spans.some((s) => s.start <= offset && offset < s.end);
