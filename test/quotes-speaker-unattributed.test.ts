import { describe, expect, it } from 'vitest';
import { quotesIn, speakerNamesIn as names } from './helpers/document.js';

describe('findQuotes: quotations that carry on', () => {
  it('gives an unattributed quotation paragraph to the speaker of the paragraph before', () => {
    const body =
      '“The bridge will open in the spring,” said Maria Lopez.\n\n“Every crew worked through the winter to make that possible.”';
    const { quotes } = quotesIn(body);
    expect(quotes.map((q) => [q.paragraph, q.kind, q.speaker?.name])).toEqual([
      [1, 'direct', 'Maria Lopez'],
      [2, 'direct', 'Maria Lopez'],
    ]);
  });

  it('leaves a quotation paragraph without a speaker when the paragraph before quotes nobody', () => {
    expect(names('The festival opened on Saturday with a parade.\n\n“Nobody will forget this day.”')).toEqual([null]);
  });

  it('follows a quotation over paragraphs that end without a closing mark', () => {
    const body = [
      '“The bridge will open in the spring,” said Maria Lopez. “We will hold a party on the first day.',
      '“Everyone in town is invited to walk across it before the cars arrive.',
      '“Then the cars can come.”',
    ].join('\n\n');
    const { quotes } = quotesIn(body);
    expect(quotes.map((q) => [q.paragraph, q.kind, q.text, q.speaker?.name])).toEqual([
      [1, 'direct', '“The bridge will open in the spring,”', 'Maria Lopez'],
      [1, 'direct', '“We will hold a party on the first day.', 'Maria Lopez'],
      [2, 'direct', '“Everyone in town is invited to walk across it before the cars arrive.', 'Maria Lopez'],
      [3, 'direct', '“Then the cars can come.”', 'Maria Lopez'],
    ]);
  });
});

describe('findQuotes: a statement put out in the sentence before', () => {
  it('credits the one who issued a statement with the quotation opening the next paragraph', () => {
    const lead = 'At the request of the mayor, the club issued a statement apologizing to crews for the delay';
    expect(names(`${lead}.\n\n“On behalf of the club, we welcome every rower.”`)).toEqual(['the club']);
    expect(
      names(`${lead.replace('a statement', 'a permit')}.\n\n“On behalf of the club, we welcome every rower.”`),
    ).toEqual([null]);
  });
});

describe('findQuotes: the nearest named person when no rule attributes a quotation', () => {
  it('credits the person named in the sentence before, in the same paragraph', () => {
    expect(names('Rosa Quill stood on the pier at dawn with her crew. “Every boat is back in the water.”')).toEqual([
      'Rosa Quill',
    ]);
  });

  it('prefers the person named in the quotation’s own sentence', () => {
    expect(names('Rosa Quill stood on the pier. Then, beside Omar Tell, “every boat is back in the water.”')).toEqual([
      'Omar Tell',
    ]);
  });

  it('takes the person named last in the sentence before', () => {
    expect(
      names('Rosa Quill stood on the pier. The crowd cheered for Omar Tell. “Every boat is back in the water.”'),
    ).toEqual(['Omar Tell']);
  });

  it('does not take a place or an organisation for the speaker', () => {
    expect(
      names(
        'The storm hit the coast near Port Ellis and the Harbor Board closed the docks. “Every boat is back in the water.”',
      ),
    ).toEqual([null]);
  });

  it('looks after a quotation of several sentences in the sentence it closes in', () => {
    expect(
      names(
        'The storm passed. “The docks are closed. Every boat is back,” Rosa Quill, who is chairman of the Harbor Fund said.',
      ),
    ).toEqual(['Rosa Quill']);
  });

  it('does not reach into the previous paragraph', () => {
    expect(names('Rosa Quill stood on the pier at dawn.\n\n“Every boat is back in the water.”')).toEqual([null]);
  });
});
