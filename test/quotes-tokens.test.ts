import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/quotes/words/tokens.js';

const texts = (text: string) => tokenize(text).map((t) => t.text);

describe('tokenize: the same words whatever was read before', () => {
  it('splits a possessive before punctuation as it splits one before a word', () => {
    expect(texts('the plan of Ms. Quillander’s, they said')).toEqual([
      'the',
      'plan',
      'of',
      'Ms.',
      'Quillander',
      '’s',
      ',',
      'they',
      'said',
    ]);
  });

  it('still splits a possessive after the same word was read before a comma', () => {
    tokenize('It was Marrowfield’s, not ours.');
    expect(texts('Marrowfield’s harbor plan')).toEqual(['Marrowfield', '’s', 'harbor', 'plan']);
  });

  it('keeps every offset a slice of the text', () => {
    const text = "It was Roe’s, then Doe's; “Poe’s.”";
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
