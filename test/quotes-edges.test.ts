import { describe, expect, it } from 'vitest';
import { quotesIn } from './helpers/document.js';

/** Kind, text and speaker name of each quote, in order. */
function summary(body: string) {
  return quotesIn(body).quotes.map((q) => ({ kind: q.kind, text: q.text, speaker: q.speaker?.name ?? null }));
}

describe('findQuotes: the bounds of reported speech', () => {
  it('reads "that" between a noun and a verb as a relative pronoun, not a reported clause', () => {
    expect(summary('The ferry company reports record numbers on routes that cross the bay.')).toEqual([]);
    expect(summary('Maria Lopez announced plans that would close the bridge in winter.')).toEqual([]);
  });

  it('still reports a clause after "that" when a verb of saying stands before it', () => {
    expect(summary('Maria Lopez said that the bridge would open in the spring.')).toEqual([
      { kind: 'reported', text: 'the bridge would open in the spring', speaker: 'Maria Lopez' },
    ]);
  });

  it('ends a reported clause where ", according to" credits a second source', () => {
    expect(
      summary('Maria Lopez told the crews that the bridge would open in May, according to two engineers.'),
    ).toEqual([{ kind: 'reported', text: 'the bridge would open in May', speaker: 'Maria Lopez' }]);
  });

  it('keeps "according to" set off right after "that" inside the clause', () => {
    const quotes = summary('The board reported that, according to its survey, most rowers want a longer season.');
    expect(quotes.map((q) => q.speaker)).toEqual(['The board']);
  });
});
