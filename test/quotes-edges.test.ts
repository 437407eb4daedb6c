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

describe('findQuotes: quotation marks typed the wrong way round', () => {
  it('opens a quotation at a closing mark when the next mark of the paragraph closes too', () => {
    const texts = summary('The coach spoke after the race. He said,” we row at dawn before the wind gets up.”');
    expect(texts.map((q) => q.text)).toEqual(['” we row at dawn before the wind gets up.”']);
  });

  it('leaves a lone stray closing mark alone', () => {
    expect(summary('The race starts at dawn” and ends at noon.')).toEqual([]);
  });

  it('closes a quotation at an opening mark typed right after its last word', () => {
    expect(summary('Ada Brook called the regatta an “early start“ for the season.').map((q) => q.text)).toEqual([
      '“early start“',
    ]);
  });

  it('reads a quotation after an invisible format character as opening its sentence', () => {
    expect(summary('Readers answered.\n\n\u200e”We row at dawn, every day of the year!” posted Ada Brook.')).toEqual([
      { kind: 'direct', text: '”We row at dawn, every day of the year!”', speaker: 'Ada Brook' },
    ]);
  });
});

describe('findQuotes: words talked about rather than said', () => {
  it('drops a short quoted term that opens the sentence as its subject', () => {
    expect(
      summary('The crews train on the lake.\n\n“Open water” is what rowers call the lake past the breakwater.'),
    ).toEqual([]);
  });

  it('drops a quoted show name that modifies the noun after it', () => {
    expect(summary('“Harbor Hour” host Jane Roe opened the season on Monday.')).toEqual([]);
  });

  it('keeps a quotation of five words or more in the same place', () => {
    expect(summary('“We will win this race” is what Jane Roe told the crew.').map((q) => q.text)).toEqual([
      '“We will win this race”',
    ]);
  });
});

describe('findQuotes: a short fragment in the predicate of a named person', () => {
  it('keeps a one-word fragment whose sentence has a person as its subject, as that person’s words', () => {
    expect(summary('Coach Jane Roe entered the regatta as the “underdog.” She won it by a length.')).toEqual([
      { kind: 'partial', text: '“underdog.”', speaker: 'Jane Roe' },
    ]);
  });

  it('drops the same fragment when the subject is not a person', () => {
    expect(summary('The harbor club entered the regatta as the “underdog.” It won by a length.')).toEqual([]);
  });

  it('drops a fragment that modifies the noun after it, a name for a thing', () => {
    expect(summary('Coach Jane Roe joined a “unity” lunch on Sunday. She left early.')).toEqual([]);
  });
});

describe('findQuotes: titles credited to their authors', () => {
  it('drops a capitalized title set off by a comma and a byline', () => {
    expect(
      summary('SHORT READS: “Ferries return to the bay after a long winter,” by the Harbor Times’ Jane Roe.'),
    ).toEqual([]);
    expect(summary('One of her recent reads, “The Long Pull,” by Sam Doe, is about rowing.')).toEqual([]);
  });

  it('keeps lower-case words followed by "by", which are somebody’s words', () => {
    expect(
      summary('Critics noted the “ugliness of the whole debate,” by Roe’s own account.').map((q) => q.text),
    ).toEqual(['“ugliness of the whole debate,”']);
  });
});
