import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenizeText } from '../src/search/analyzer.js';

/** The rule the tokenizer follows, as one regular expression split. */
const splitByRule = (text: string): string[] => text.split(/[\n\r\p{Z}\p{P}\p{S}]+/u).filter((word) => word.length > 0);

/** Pieces that sit on the edges of the rule: separators of every kind, and characters that look like them but are not. */
const edgeCases = fc.constantFrom(
  ' ',
  '\n',
  '\r',
  '\t',
  '\u00a0',
  '\u2009',
  '\u3000',
  '—',
  '–',
  '-',
  '“',
  '”',
  '’',
  "'",
  '"',
  '.',
  ',',
  '…',
  '$',
  '€',
  '+',
  '%',
  '©',
  '🙂',
  '\u{1d400}',
  '\ud800',
  '\udc00',
  'é',
  'e\u0301',
  'ß',
  '٣',
  '_',
  '0',
  'a',
  'Z',
);

describe('tokenizeText', () => {
  it('splits on spaces, line breaks, punctuation and symbols, and keeps letters, digits and marks together', () => {
    expect(tokenizeText('“We’re not done,” said Ana Líma — twice, at 3.5% on 21/4\u00a0🙂ok')).toEqual([
      'We',
      're',
      'not',
      'done',
      'said',
      'Ana',
      'Líma',
      'twice',
      'at',
      '3',
      '5',
      'on',
      '21',
      '4',
      'ok',
    ]);
    expect(tokenizeText('tab\tstays inside')).toEqual(['tab\tstays', 'inside']);
    expect(tokenizeText('e\u0301t\u00e9')).toEqual(['e\u0301t\u00e9']);
    expect(tokenizeText(' ,;— ')).toEqual([]);
  });

  it('gives the same words as a Unicode regular expression split, for any text', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc
        .array(fc.oneof(edgeCases, fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 30 })
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(tokenizeText(t)).toEqual(splitByRule(t));
      }),
      { numRuns: 2000 },
    );
  });
});
