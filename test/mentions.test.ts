import { describe, expect, it } from 'vitest';
import { mentionsIn, type Mentions } from '../src/answer/mentions.js';

const textsOf = (sentence: string, kind: keyof Mentions): string[] =>
  mentionsIn(sentence, kind).map((s) => sentence.slice(s.start, s.end));

describe('mentions of a sentence', () => {
  it('tells shares, sums of money and ranks among its numbers, and leaves out years', () => {
    const sentence = 'In 1998 the co-op paid $4.5 million for 12 boats, 30 percent of the fleet, and came 3rd.';
    const found = mentionsIn(sentence, 'quantities').map((q) => ({
      text: sentence.slice(q.start, q.end),
      share: q.share,
      money: q.money,
      ordinal: q.ordinal,
    }));
    expect(found).toEqual([
      { text: '$4.5 million', share: false, money: true, ordinal: false },
      { text: '12', share: false, money: false, ordinal: false },
      { text: '30', share: true, money: false, ordinal: false },
      { text: '3rd', share: false, money: false, ordinal: true },
    ]);
  });

  it('tells which dates name a year and which name a day', () => {
    const sentence = 'The bakery opened on Tuesday, 4 March, and closed in the 1990s.';
    const found = mentionsIn(sentence, 'dates').map((d) => [sentence.slice(d.start, d.end), d.year, d.day]);
    expect(found).toEqual([
      ['Tuesday', false, true],
      ['4 March', false, true],
      ['1990s', true, false],
    ]);
  });

  it('finds centuries, early years, weekdays in the plural and times of day, but not a count after "in"', () => {
    const dates = (sentence: string) =>
      mentionsIn(sentence, 'dates').map((d) => [sentence.slice(d.start, d.end), d.year, d.day]);
    expect(dates('The mill stood through the 12th and 13th centuries and fell in the sixteenth century.')).toEqual([
      ['12th and 13th centuries', false, false],
      ['sixteenth century', false, false],
    ]);
    expect(dates('The abbey, which began in 842 as a chapel, burned in AD 911 and again by 950 CE.')).toEqual([
      ['842', true, false],
      ['AD 911', true, false],
      ['950 CE', true, false],
    ]);
    expect(dates('The fleet sailed in 500 ships.')).toEqual([]);
    expect(dates('The market opens on Saturdays at 7 am.')).toEqual([
      ['Saturdays', false, true],
      ['7 am', false, true],
    ]);
  });

  it('finds people apart from places and organisations', () => {
    const sentence = 'Mara Quill met Dr. Osei at Harbour Hall before the Tidewater Council voted.';
    expect(textsOf(sentence, 'people')).toEqual(['Mara Quill', 'Dr. Osei']);
    expect(textsOf(sentence, 'names')).toEqual(['Mara Quill', 'Dr. Osei', 'Harbour Hall', 'Tidewater Council']);
    expect(textsOf(sentence, 'places')).toEqual(['Harbour Hall']);
  });

  it('finds frequencies', () => {
    expect(textsOf('The ferry sails twice a day and the market opens weekly.', 'frequencies')).toEqual([
      'twice a day',
      'weekly',
    ]);
  });

  it('gives the same mentions for a sentence after many others have been read', () => {
    const sentence = 'Quentin Marlowe paid $30 on 2 May 2004.';
    const first = (['quantities', 'dates', 'people', 'names'] as const).map((kind) => textsOf(sentence, kind));
    for (let i = 0; i < 5000; i++)
      mentionsIn(`Sentence ${i} names Person ${i} Smith in ${1900 + (i % 100)}.`, 'people');
    const again = (['quantities', 'dates', 'people', 'names'] as const).map((kind) => textsOf(sentence, kind));
    expect(again).toEqual(first);
    expect(first).toEqual([['$30', '2'], ['2 May', '2004'], ['Quentin Marlowe'], ['Quentin Marlowe', 'May']]);
  });
});
