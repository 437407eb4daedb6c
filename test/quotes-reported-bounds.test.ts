import { describe, expect, it } from 'vitest';
import { quotesIn } from './helpers/document.js';

/** Text and speaker name of each reported (indirect) quote, in order. */
function reported(body: string) {
  return quotesIn(body)
    .quotes.filter((q) => q.kind === 'reported')
    .map((q) => ({ text: q.text, speaker: q.speaker?.name ?? null }));
}

describe('reported speech: a "that" that opens no clause', () => {
  it('reads "that" before a noun with no verb after it as a determiner', () => {
    expect(reported('The river crew claimed credit for that rescue, the fastest on the bay this year.')).toEqual([]);
    expect(reported('Jane Roe wrote two guides in 2019 for rowers in that club.')).toEqual([]);
    expect(reported('The harbor board reported a loss on that route.')).toEqual([]);
  });

  it('still reports a clause after a "that" the tagger may read as a determiner', () => {
    expect(reported('Jane Roe said that ferry would leave at noon.')).toEqual([
      { text: 'ferry would leave at noon', speaker: 'Jane Roe' },
    ]);
  });

  it('leaves a "that" after "and" to the clause reported before the verb', () => {
    const found = reported(
      'The page was changed to reflect that Jane Roe was declared the winner and that Ben Doe conceded.',
    );
    expect(found.map((q) => q.text)).not.toContain('Ben Doe conceded');
  });

  it('keeps a second "that" clause the same verb reports', () => {
    expect(reported('Jane Roe said that the ferry would run and that the fares would fall.')).toEqual([
      { text: 'the ferry would run and that the fares would fall', speaker: 'Jane Roe' },
    ]);
  });
});
