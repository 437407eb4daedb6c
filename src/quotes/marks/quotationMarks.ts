import type { Paragraph, Span } from '../../corpus/types.js';

/** A stretch of text between double quotation marks, marks included. */
export interface QuotedSpan extends Span {
  paragraph: number;
  /** The text inside the marks. */
  inner: Span;
  /** The paragraph ended before a closing mark: the quotation goes on in the next paragraph. */
  open: boolean;
  /** This span carries on a quotation left open at the end of the previous paragraph. */
  continued: boolean;
}

type Direction = 'open' | 'close' | 'either';

interface Mark {
  at: number;
  length: number;
  direction: Direction;
}

const OPENERS = new Set(['“', '„', '«']);
const CLOSERS = new Set(['”', '»']);

/** Characters after which an ambiguous mark opens a quotation. */
function isOpeningContext(ch: string | undefined): boolean {
  return ch === undefined || /[\s([{\u2014\u2013-]/u.test(ch);
}

/** Characters before which an ambiguous mark closes a quotation. */
function isClosingContext(ch: string | undefined): boolean {
  return ch === undefined || /[\s.,;:!?)\]}\u2014\u2013-]/u.test(ch);
}

/**
 * Double quotation marks in `text[from, to)`: curly “ ” (and „ « »), straight ", the
 * typewriter pair `` '' ``, and `''` written for a quotation mark (as some papers do).
 * Straight marks have no direction of their own; their neighbours decide it.
 */
function marksIn(text: string, from: number, to: number): Mark[] {
  const marks: Mark[] = [];
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (OPENERS.has(ch)) {
      // `…the course is flooded,“ said Roe`, `an “early start“ for`: an opening mark typed where a closing
      // one belongs, right after the quotation's last word or punctuation and before a space, may close it.
      const misplaced =
        ch === '“' && /[\p{L}\p{N}.,!?]/u.test(text[i - 1] ?? '') && (i + 1 >= to || isClosingContext(text[i + 1]));
      marks.push({ at: i, length: 1, direction: misplaced ? 'either' : 'open' });
    } else if (CLOSERS.has(ch)) {
      // `”Rain again. The course is flooded.”`: a closing mark typed where an opening one belongs, at the
      // start of a word after a space or a paragraph start, may open a quotation.
      const before = i > from ? text[i - 1] : undefined;
      const after = i + 1 < to ? text[i + 1] : undefined;
      const opensWord =
        (!isOpeningContext(after) && !isClosingContext(after)) || /^\s?(?:…|\.\.\.)/u.test(text.slice(i + 1, i + 5));
      const misplaced = ch === '”' && isOpeningContext(before) && opensWord;
      marks.push({ at: i, length: 1, direction: misplaced ? 'either' : 'close' });
    } else if (ch === '`' && text[i + 1] === '`') {
      marks.push({ at: i, length: 2, direction: 'open' });
      i++;
    } else if (ch === '"' || (ch === "'" && text[i + 1] === "'" && text[i + 2] !== "'")) {
      const length = ch === '"' ? 1 : 2;
      const before = i > from ? text[i - 1] : undefined;
      const after = i + length < to ? text[i + length] : undefined;
      const opens = isOpeningContext(before) && !isOpeningContext(after);
      const closes = isClosingContext(after) && !isOpeningContext(before);
      marks.push({ at: i, length, direction: opens && !closes ? 'open' : closes && !opens ? 'close' : 'either' });
      i += length - 1;
    }
  }
  return marks;
}

/**
 * Finds every double-quoted stretch of the body, paragraph by paragraph.
 *
 * News style carries a long quotation over several paragraphs by leaving each paragraph
 * but the last without a closing mark and opening the next with a fresh opening mark;
 * such spans are flagged `open` / `continued`. A closing mark with no opening mark before
 * it in a paragraph that follows an open quotation closes that quotation. A value after "="
 * (an attribute of markup left in the text) is no quotation.
 */
export function findQuotedSpans(body: string, paragraphs: readonly Paragraph[]): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let carried = false;
  for (const paragraph of paragraphs) {
    let openAt = -1;
    let openLength = 0;
    let continued = false;
    const marks = marksIn(body, paragraph.start, paragraph.end);
    if (carried && marks[0] && marks[0].direction === 'close') {
      openAt = paragraph.start; // the quotation resumes without a fresh opening mark
      openLength = 0;
      continued = true;
    }
    for (const [m, mark] of marks.entries()) {
      const closing = mark.direction === 'close' || (mark.direction === 'either' && openAt >= 0);
      if (openAt < 0) {
        // A stray closing mark, unless the next mark closes too: `He said,” we row at dawn.”` opens with the wrong mark.
        if (closing && mark.direction === 'close' && marks[m + 1]?.direction !== 'close') continue;
        openAt = mark.at;
        openLength = mark.length;
        continued = carried && mark.at === firstNonSpace(body, paragraph.start);
        continue;
      }
      if (!closing) continue; // an opening mark inside an open quotation: keep the outer one
      const end = mark.at + mark.length;
      spans.push({
        start: openAt,
        end,
        paragraph: paragraph.number,
        inner: { start: openAt + openLength, end: mark.at },
        open: false,
        continued,
      });
      openAt = -1;
      continued = false;
    }
    carried = openAt >= 0;
    if (carried) {
      spans.push({
        start: openAt,
        end: paragraph.end,
        paragraph: paragraph.number,
        inner: { start: openAt + openLength, end: paragraph.end },
        open: true,
        continued,
      });
    }
  }
  // `<tweet author="@roe">`: a value in markup after "=" is an attribute, nobody's words.
  return spans.filter((span) => span.inner.end > span.inner.start && body[span.start - 1] !== '=');
}

function firstNonSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/u.test(text[i]!)) i++;
  return i;
}
