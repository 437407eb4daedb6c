import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../src/corpus/types.js';
import { splitPassages } from '../src/passages/splitPassages.js';

/** Checks the span invariants every body must satisfy. */
function expectWellFormed(body: string): void {
  const { paragraphs, sentences } = splitPassages(body);
  let previousEnd = 0;
  paragraphs.forEach((p: Paragraph, i) => {
    expect(p.number).toBe(i + 1);
    expect(p.start).toBeGreaterThanOrEqual(previousEnd);
    expect(p.end).toBeGreaterThan(p.start);
    const text = body.slice(p.start, p.end);
    expect(text).toBe(text.trim());
    // Paragraphs after the first are separated from the one before by a blank line.
    if (i > 0) expect(body.slice(previousEnd, p.start)).toMatch(/\n[^\S\n]*\n/);
    previousEnd = p.end;
  });
  let sentenceEnd = 0;
  for (const s of sentences) {
    const paragraph = paragraphs[s.paragraph - 1];
    expect(paragraph).toBeDefined();
    expect(s.start).toBeGreaterThanOrEqual(paragraph!.start);
    expect(s.end).toBeLessThanOrEqual(paragraph!.end);
    expect(s.start).toBeGreaterThanOrEqual(sentenceEnd);
    expect(s.end).toBeGreaterThan(s.start);
    const text = body.slice(s.start, s.end);
    expect(text).toBe(text.trim());
    sentenceEnd = s.end;
  }
  // Every non-blank character of the body belongs to exactly one sentence.
  const covered = sentences.reduce((n, s) => n + body.slice(s.start, s.end).replace(/\s/g, '').length, 0);
  expect(covered).toBe(body.replace(/\s/g, '').length);
}

describe('passage spans', () => {
  it.each([
    'Dr. Lin left the U.S. The rest stayed.\n\n“Go!” she said. He went… Slowly.',
    '  \u00a0Leading space.  \r\n\r\n\tTabbed. Text (see p. 4.) More.\r\n \r\n',
    'One\ntwo\nthree.\n\n\n\n\u00a0\nJ. K. Lee paid $3.50 on Jan. 5. Inc. Co. The end...',
    '"Why?" "Because." Fine.\n\nSt. Mary’s Rd. is closed. No. 9 is open.',
    '...\n\n?!\n\n.”\n\nA. B. C.',
  ])('keeps sentences inside paragraphs, in order, trimmed and covering all text: %j', (body) => {
    expectWellFormed(body);
  });

  it('holds for generated bodies of words, abbreviations, punctuation and whitespace', () => {
    const piece = fc.constantFrom(
      'The',
      'she',
      'U.S.',
      'Dr.',
      'Mr.',
      'Jan.',
      '5',
      '3.5',
      'J.',
      'Ltd.',
      'a.m.',
      'word',
      'Word',
      '.',
      '?',
      '!',
      '…',
      '...',
      '”',
      '“',
      '"',
      "'",
      '(',
      ')',
      ' ',
      ' ',
      ' ',
      '\u00a0',
      '\t',
      '\n',
      '\n\n',
      '\r\n',
      '\n \n',
      '\n\u00a0\n',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        expectWellFormed(pieces.join(''));
      }),
      { seed: 20261125, numRuns: 500 },
    );
  });
});
