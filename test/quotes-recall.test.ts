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
