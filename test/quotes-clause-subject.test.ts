import { describe, expect, it } from 'vitest';
import { mentionText, quotesIn } from './helpers/document.js';

/** The speaker's mention of each quotation in the body, in order. */
function mentions(body: string): (string | null)[] {
  const { doc, quotes } = quotesIn(body);
  return quotes.filter((q) => q.kind !== 'reported').map((q) => mentionText(doc, q));
}

describe('findQuotes: a fragment is the words of the subject of the clause that holds it', () => {
  it('takes the subject of a clause coordinated with "and" over the first clause’s', () => {
    expect(mentions('The ferry board met on Monday, and Tom Rusk saw “a tax on fishermen” in the levy.')).toEqual([
      'Tom Rusk',
    ]);
  });

  it('takes the subject of a clause opened by a subordinator', () => {
    expect(mentions('The harbor was quiet when Tom Rusk saw “a tax on fishermen” in the levy.')).toEqual(['Tom Rusk']);
    expect(mentions('Ada Finch backed the levy, although she saw “serious gaps” in the plan.')).toEqual(['she']);
  });

  it('takes the relative pronoun of a relative clause that holds the fragment', () => {
    expect(mentions('The council met Ada Finch, who wants the harbor to stay “open to everyone.”')).toEqual(['who']);
  });

  it('keeps the main subject when the nearer clause names no one who speaks', () => {
    expect(mentions('Ada Finch backed the levy while the weather was “wild and wet” all week.')).toEqual(['Ada Finch']);
  });

  it('keeps the main subject when the nearer clause is inside what the main clause reports', () => {
    expect(mentions('Ada Finch thought that Tom Rusk would never back the “harbor tax” in the end.')).toEqual([
      'Ada Finch',
    ]);
    expect(mentions('Ada Finch argued that the levy was fair because Tom Rusk had “no better plan.”')).toEqual([
      'Ada Finch',
    ]);
  });
});
