import type { Paragraph } from '../corpus/types.js';

/** A line holding nothing but whitespace (including non-breaking spaces) ends a paragraph. */
const PARAGRAPH = /\S[^\n]*(?:\n(?![^\S\n]*(?:\n|$))[^\n]*)*/g;

/**
 * Splits a body into paragraphs: runs of non-blank lines. Each span is trimmed of
 * surrounding whitespace, so `body.slice(start, end)` is the paragraph's text.
 */
export function splitParagraphs(body: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const match of body.matchAll(PARAGRAPH)) {
    const start = match.index;
    let end = start + match[0].length;
    while (end > start && /\s/.test(body[end - 1]!)) end -= 1;
    paragraphs.push({ start, end, number: paragraphs.length + 1 });
  }
  return paragraphs;
}

/** The paragraph that contains `offset`, or null when it falls between paragraphs. */
export function paragraphAt(paragraphs: readonly Paragraph[], offset: number): Paragraph | null {
  let low = 0;
  let high = paragraphs.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const paragraph = paragraphs[mid]!;
    if (offset < paragraph.start) high = mid - 1;
    else if (offset >= paragraph.end) low = mid + 1;
    else return paragraph;
  }
  return null;
}
