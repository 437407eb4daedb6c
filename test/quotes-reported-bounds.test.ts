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

describe('reported speech: the clause "according to" credits', () => {
  it('takes the clause after the phrase when only an opener stands before it', () => {
    expect(reported('But, according to the harbor survey, most rowers want a longer season.')).toEqual([
      { text: 'most rowers want a longer season', speaker: 'the harbor survey' },
    ]);
    expect(reported('In addition, according to Jane Roe, the ferry will stop at two more towns.')).toEqual([
      { text: 'the ferry will stop at two more towns', speaker: 'Jane Roe' },
    ]);
    expect(reported('Since last spring, according to the river board, fares have doubled.')).toEqual([
      { text: 'fares have doubled', speaker: 'the river board' },
    ]);
  });

  it('keeps the clause before the phrase when it has a verb', () => {
    expect(reported('The ferry will stop at two more towns, according to Jane Roe, the harbor master.')).toEqual([
      { text: 'The ferry will stop at two more towns', speaker: 'Jane Roe' },
    ]);
  });

  it('reads a stretch with its own verb after the source as the clause, not a description', () => {
    expect(
      reported('According to the Tide Gazette, the river board counted 40 new boats, which doubles the fleet.'),
    ).toEqual([{ text: 'the river board counted 40 new boats, which doubles the fleet', speaker: 'the Tide Gazette' }]);
  });
});
