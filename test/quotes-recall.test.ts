import { describe, expect, it } from 'vitest';
import { quotesIn } from './helpers/document.js';

/** Kind, text, speaker name and speaker mention of each quote, in order. */
function summary(body: string) {
  const { quotes } = quotesIn(body);
  return quotes.map((q) => ({
    kind: q.kind,
    text: q.text,
    speaker: q.speaker?.name ?? null,
    mention: q.speaker?.mention ? body.slice(q.speaker.mention.start, q.speaker.mention.end) : null,
  }));
}

const speakerOf = (body: string, text: string): string | null =>
  summary(body).find((q) => q.text === text)?.speaker ?? null;

describe('findQuotes: a quotation inside a reported statement', () => {
  it('is the words of whoever the sentence credits, not of the subject of the clause it sits in', () => {
    const body =
      'Pressure is mounting on the mayor, who was met with chants of "no more cuts!" at the pier, ' +
      'according to union leader Jane Roe.';
    expect(speakerOf(body, '"no more cuts!"')).toBe('Jane Roe');
  });
});

describe('findQuotes: words someone called something', () => {
  it('keeps a one-word name given by a verb of calling, as the words of its subject, but not a title given by a participle', () => {
    const body =
      'There were sharper words, such as when Doe beat Roe on taxes and called him a "coward," a dig at his record.\n\n' +
      'The club runs a blog called "Tidewater" and a newsletter.';
    expect(summary(body)).toEqual([{ kind: 'partial', text: '"coward,"', speaker: 'Doe', mention: 'Doe' }]);
  });

  it('keeps a capitalized name given with "as", which would otherwise read as a name in quotation marks', () => {
    expect(speakerOf('At the club, Lee Park refers to the new captain as "Jane."', '"Jane."')).toBe('Lee Park');
  });

  it('keeps a name that a verb of referring or portraying takes, past an object set off by commas', () => {
    const quotes = summary(
      'At the hearing, councillors referred to "Harborgate" a dozen times.\n\n' +
        'The mayor has built his campaign on the ferry, portraying dock workers, in particular, as "pirates" and thieves.',
    );
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['"Harborgate"', 'councillors'],
      ['"pirates"', 'The mayor'],
    ]);
  });

  it('gives a name in the passive to the agent after it, and to nobody when there is none', () => {
    const quotes = summary(
      'The inquiry into the pier fire — often labeled a "fishing trip" by Democrats — ended on Friday.\n\n' +
        'Lee Park ran what is called a "ferry" but is really a raft.',
    );
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['"fishing trip"', 'Democrats'],
      ['"ferry"', null],
    ]);
  });
});

describe('findQuotes: chants', () => {
  it('keeps what a crowd chants, as the words of the crowd the sentence names', () => {
    const quotes = summary(
      'The Harbor Rowing Club packed the quay. Their chants of "Row! Row! Row!" filled the harbor.\n\n' +
        'A mix of rowers, anglers and ferry workers joined in a loud chant of "Save the Pier" on Sunday.',
    );
    expect(quotes.map((q) => [q.text, q.mention])).toEqual([
      ['"Row! Row! Row!"', 'Their'],
      ['"Save the Pier"', 'anglers and ferry workers'],
    ]);
  });

  it('gives a chant met in the passive to nobody rather than to whoever it was aimed at', () => {
    expect(summary('Mayor Lee Park was met with chants of "Shame" at the dock.')).toEqual([
      { kind: 'partial', text: '"Shame"', speaker: null, mention: null },
    ]);
  });
});
