import { describe, expect, it } from 'vitest';
import { quotesIn } from './helpers/document.js';

/** The text of each quotation (reported speech left out), in order. */
const quoted = (body: string): string[] =>
  quotesIn(body)
    .quotes.filter((q) => q.kind !== 'reported')
    .map((q) => q.text);

describe('findQuotes: names of programmes and films placed where no words go', () => {
  it('sets aside the programme someone told something', () => {
    expect(quoted('"We will row at dawn," Jane Roe told "Harbor Hour" on Sunday.')).toEqual(['"We will row at dawn,"']);
  });

  it('sets aside the film or show a star is known for', () => {
    expect(quoted('"I loved every minute," Jane Roe said. The "Blue Road" star then left for Eastport.')).toEqual([
      '"I loved every minute,"',
    ]);
  });

  it('sets aside a title after a possessive written with the apostrophe alone', () => {
    expect(quoted('"It was a fair question," Jane Roe said on the networks\' "Morning Tide" last week.')).toEqual([
      '"It was a fair question,"',
    ]);
  });

  it('sets aside a headline credited to its writer even when its comma sits inside a single mark', () => {
    expect(quoted("The week's best read was \"Roe leaves 'Tides,'\" by Jane Doe of the Eastport Herald.")).toEqual([]);
  });
});

describe('findQuotes: a capitalized name opening its sentence as the subject', () => {
  it('sets aside a title described by a relative clause or as a kind of work', () => {
    expect(
      quoted('Jane Roe wrote it in a month.\n\n"Low Tide," which opens in Eastport on Friday, is her third film.'),
    ).toEqual([]);
    expect(quoted('Jane Roe wrote it in a month.\n\n"Low Tide," a film about rowers, opens on Friday.')).toEqual([]);
  });

  it('keeps words followed by a relative clause or by a speech tag with an article', () => {
    expect(quoted('"We will row at dawn," which drew cheers, was all Jane Roe said.')).toEqual([
      '"We will row at dawn,"',
    ]);
    expect(quoted('"Thank You," a spokesman for Jane Roe said.')).toEqual(['"Thank You,"']);
  });
});

describe('findQuotes: titles of advertisements and autobiographies', () => {
  it('sets aside a capitalized title set off after an ad, a spot or an autobiography', () => {
    expect(quoted('Jane Roe spoke on Monday. Her campaign also released a new ad, "Harbor Strong," that day.')).toEqual(
      [],
    );
    expect(quoted('In her autobiography, "Rowing Upstream," Jane Roe tells of her first race.')).toEqual([]);
  });
});

describe('findQuotes: a work noun the tagger reads as a verb', () => {
  it('still names the title set off after it', () => {
    expect(
      quoted('Jane Roe was honored for her role in the hit Broadway play, "Low Tide." Lee Park also won.'),
    ).toEqual([]);
  });
});
