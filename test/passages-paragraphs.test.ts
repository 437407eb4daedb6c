import { describe, expect, it } from 'vitest';
import { paragraphAt, splitParagraphs } from '../src/passages/splitParagraphs.js';

/** The text of every paragraph, as `body.slice(start, end)`. */
const paragraphTexts = (body: string): string[] => splitParagraphs(body).map((p) => body.slice(p.start, p.end));

describe('splitParagraphs', () => {
  it('separates paragraphs at blank lines and numbers them from 1', () => {
    const body = 'The ferry sailed at dawn.\n\nThe harbour was quiet.\n\n\n\nGulls circled overhead.\n';
    const paragraphs = splitParagraphs(body);
    expect(paragraphTexts(body)).toEqual([
      'The ferry sailed at dawn.',
      'The harbour was quiet.',
      'Gulls circled overhead.',
    ]);
    expect(paragraphs.map((p) => p.number)).toEqual([1, 2, 3]);
  });

  it('keeps lines joined by a single line break in one paragraph', () => {
    const body = 'The mayor spoke first\nand the crowd listened.\nThen it rained.\n\nNext day.';
    expect(paragraphTexts(body)).toEqual([
      'The mayor spoke first\nand the crowd listened.\nThen it rained.',
      'Next day.',
    ]);
  });

  it('treats lines holding only spaces, tabs or non-breaking spaces as blank', () => {
    const body = 'One.\n   \nTwo.\n\u00a0\nThree.\n\t \u00a0 \nFour.';
    expect(paragraphTexts(body)).toEqual(['One.', 'Two.', 'Three.', 'Four.']);
  });

  it('handles CRLF line ends, including blank lines of spaces before the CR', () => {
    const body = 'First line.\r\nStill first.\r\n\r\nSecond.\r\n  \r\nThird.\r\n';
    expect(paragraphTexts(body)).toEqual(['First line.\r\nStill first.', 'Second.', 'Third.']);
  });

  it('trims surrounding whitespace, non-breaking spaces included, from each paragraph', () => {
    const body = '\n\n   Indented start.  \u00a0\n\n\u00a0\u00a0Padded both sides.\u00a0\t\n\n  ';
    const paragraphs = splitParagraphs(body);
    expect(paragraphTexts(body)).toEqual(['Indented start.', 'Padded both sides.']);
    expect(paragraphs[0]).toEqual({ start: 5, end: 20, number: 1 });
  });

  it('finds no paragraphs in an empty or all-blank body', () => {
    expect(splitParagraphs('')).toEqual([]);
    expect(splitParagraphs('\n \n\u00a0\r\n\t\n')).toEqual([]);
  });
});

describe('paragraphAt', () => {
  const body = 'Alpha one.\n\nBeta two.\n\nGamma three.';
  const paragraphs = splitParagraphs(body);

  it('returns the paragraph holding an offset, from its first to its last character', () => {
    const beta = body.indexOf('Beta');
    expect(paragraphAt(paragraphs, beta)?.number).toBe(2);
    expect(paragraphAt(paragraphs, beta + 'Beta two.'.length - 1)?.number).toBe(2);
    expect(paragraphAt(paragraphs, 0)?.number).toBe(1);
    expect(paragraphAt(paragraphs, body.length - 1)?.number).toBe(3);
  });

  it('returns null between paragraphs, at a paragraph’s (exclusive) end, and past the body', () => {
    expect(paragraphAt(paragraphs, 'Alpha one.'.length)).toBeNull();
    expect(paragraphAt(paragraphs, 'Alpha one.'.length + 1)).toBeNull();
    expect(paragraphAt(paragraphs, body.length)).toBeNull();
    expect(paragraphAt(paragraphs, -1)).toBeNull();
    expect(paragraphAt([], 0)).toBeNull();
  });

  it('agrees with a linear search at every offset of a many-paragraph body', () => {
    const long = Array.from({ length: 9 }, (_, i) => `Paragraph ${i + 1} says hello.`).join('\n \n');
    const all = splitParagraphs(long);
    expect(all).toHaveLength(9);
    for (let offset = -1; offset <= long.length; offset += 1) {
      const expected = all.find((p) => offset >= p.start && offset < p.end) ?? null;
      expect(paragraphAt(all, offset)).toBe(expected);
    }
  });
});
