import { describe, expect, it } from 'vitest';
import { whoSaid } from '../src/answer/whoSaid.js';
import { bundledEngine, isVerbatim } from './helpers/bundled.js';

const engine = await bundledEngine();

describe('whoSaid', () => {
  it.each([
    ['an exact fragment', 'ISIS suffered major territorial losses', 6, 'Jean-Charles Brisard'],
    ['a misspelt fragment', 'this thret must be takn seriusly', 6, 'Jean-Charles Brisard'],
    [
      'a misremembered fragment',
      'we know that ISIS is going to launch terrorist attacks in the west',
      3,
      'Jean-Charles Brisard',
    ],
    ['an unfinished fragment', 'we may not be in a posit', 12, 'Denis Michaud'],
    ['different case and no punctuation', 'THEY ISIS STILL POSES A REAL THREAT', 4, 'Jean-Charles Brisard'],
    ['a partial quote', 'international concern for the foreseeable future', 7, 'The UN'],
  ])('finds the quote from %s', (_label, text, paragraph, speaker) => {
    const [best] = whoSaid(engine, text);
    expect(best?.paragraph).toBe(paragraph);
    expect(best?.speaker?.name).toBe(speaker);
    expect(best && isVerbatim(engine, best)).toBe(true);
  });

  it('returns the whole quote, not only the words pasted', () => {
    const [best] = whoSaid(engine, 'needs the world to know');
    expect(best?.text.startsWith('“This threat must be taken seriously.')).toBe(true);
  });

  it('keeps the role the article gives the speaker', () => {
    const [best] = whoSaid(engine, 'each and every one of them comes back to Canada');
    expect(best?.speaker).toMatchObject({ name: 'Denis Michaud', role: 'RCMP Deputy Commissioner' });
  });

  it.each([
    'Ask not what your country can do for you',
    'I have a dream',
    'The quick brown fox jumps over the lazy dog',
    '',
    'the and of',
  ])('finds nothing for a quote that is not in the article: %j', (text) => {
    expect(whoSaid(engine, text)).toEqual([]);
  });

  it('falls back to the narration, with no speaker, when the words are the author’s', () => {
    const [best] = whoSaid(engine, 'ISIS continues to attack innocent civilians abroad');
    expect(best?.paragraph).toBe(13);
    expect(best?.speaker).toBeNull();
  });
});
