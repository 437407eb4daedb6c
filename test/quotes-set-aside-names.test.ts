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
