import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/quotes/words/tokens.js';
import { speakersIn as speakers } from './helpers/document.js';

const tagOf = (text: string, word: string): string | undefined => tokenize(text).find((t) => t.text === word)?.pos;

describe('tokenize: a capitalized word that opens the text', () => {
  it('reads a text whose first word is an adverb before a verb of saying', () => {
    expect(() => tokenize('So said the harbor master: “The tide waits for no one.”')).not.toThrow();
    expect(tagOf('So said the harbor master.', 'So')).toBe('ADV');
  });

  it('finds the quotes of an article that opens that way', () => {
    expect(() => speakers('So said the harbor master: “The tide waits for no one.”')).not.toThrow();
  });
});
