import { describe, expect, it } from 'vitest';
import { speakersIn as speakers, speakerNamesIn as names } from './helpers/document.js';

describe('findQuotes: subjects with several insertions', () => {
  it('keeps adjectives set off by a comma inside the subject', () => {
    expect(names('“The harbor will reopen,” the tall, 52-year-old captain said in a far-reaching speech.')).toEqual([
      'the tall, 52-year-old captain',
    ]);
    expect(names('In the past, older voters said the harbor “was a lost cause.”')).toEqual(['older voters']);
  });

  it('reads a surname the tagger takes for a verb as a name before "said"', () => {
    expect(names('“The ferry will not run until the storm has passed,” Hang said.')).toEqual(['Hang']);
  });

  it('steps over a party label set off by commas', () => {
    expect(speakers('“The vote on the boathouse will be close,” Senator Ada Brook, D-Ore., said Tuesday.')).toEqual([
      { name: 'Ada Brook', role: 'Senator', mention: 'Ada Brook' },
    ]);
  });

  it('names the person before "of" and a place, not the place', () => {
    expect(speakers('Senator Ada Brook of Maine said: “The vote on the boathouse will be close.”')).toEqual([
      { name: 'Ada Brook', role: 'Senator', mention: 'Ada Brook' },
    ]);
    expect(
      names('Former Mayor Tom Hale of Eastport said the levy was fair. “It keeps the club afloat,” he added.'),
    ).toEqual(['Tom Hale', 'Tom Hale']);
  });

  it('keeps "of" inside a title, and a group after "Half of"', () => {
    expect(names('Secretary of State Tom Hale said: “The boathouse will reopen.”')).toEqual([
      'Secretary of State Tom Hale',
    ]);
    expect(names('Half of Eastport Rowers said: “The boathouse will reopen.”')).toEqual(['Eastport Rowers']);
  });

  it('steps over a chain of appositives, one with a verb in it', () => {
    expect(
      names(
        '“The levy breaks the club’s charter,” Lena Ortiz, the treasurer of Marsh Rowing Club, one of the clubs opposing the levy, said at a meeting.',
      ),
    ).toEqual(['Lena Ortiz']);
  });

  it('steps over a home town set off by commas', () => {
    expect(
      names('Tomas Berg, of Eastport, Maine, said he had rowed on the river “since before the bridge was built.”'),
    ).toEqual(['Tomas Berg']);
  });

  it('finds the subject of "As X, a …, put it"', () => {
    expect(
      names('As Ruth Alder, a historian at the Harbor Museum, once put it, “Every town is built on its stories.”'),
    ).toEqual(['Ruth Alder']);
  });

  it('keeps the head noun of "Stewards at X, a branch of Y"', () => {
    expect(
      speakers(
        'Stewards at the Regatta Office, a branch of the Harbor Board, said the buoys were “older than they should be.”',
      )[0]!.mention,
    ).toBe('Stewards at the Regatta Office');
  });
});

describe('findQuotes: asides between dashes', () => {
  it('takes the subject before an aside set off by dashes, and the aside as its role', () => {
    expect(speakers('Jane Roe — a teacher in Eastport — says the levy was “a big mistake.”')).toEqual([
      { name: 'Jane Roe', role: 'a teacher in Eastport', mention: 'Jane Roe' },
    ]);
  });

  it('steps over an aside with a verb in it, between double hyphens', () => {
    expect(
      names('Tomas Berg -- named last week as the likely chair -- told reporters that the plan was "dead on arrival."'),
    ).toEqual(['Tomas Berg']);
  });

  it('takes a name opening the aside when the subject only describes', () => {
    const expected = [{ name: 'Ada Brook', role: 'former senator', mention: 'Ada Brook' }];
    expect(
      speakers(
        'A former senator — Ada Brook, who lost the race in 2008 — said the mayor “had offered no plan for the bridge.”',
      ),
    ).toEqual(expected);
    expect(
      speakers(
        'A former senator -- Ada Brook, who lost the race in 2008 -- said the mayor "had offered no plan for the bridge."',
      ),
    ).toEqual(expected);
  });

  it('does not take a number opening the aside as a role', () => {
    expect(speakers('Lena Ortiz — 42, a steward since 2010 — said the levy is “unfair to small crews.”')).toEqual([
      { name: 'Lena Ortiz', role: null, mention: 'Lena Ortiz' },
    ]);
  });

  it('does not take a plural before the aside as the named person’s role', () => {
    expect(speakers('Former stewards — Lena Ortiz, for one — said the levy is “unfair to small crews.”')).toEqual([
      { name: 'Lena Ortiz', role: null, mention: 'Lena Ortiz' },
    ]);
  });

  it('does not take an aside after "of …" as the role of the head before "of"', () => {
    expect(
      speakers(
        'The head of the rowing club — a charity that owns the boathouse — said the repairs were “long overdue.”',
      )[0]!.role,
    ).toBeNull();
  });

  it('still reads a verb after a single dash as inverted', () => {
    expect(names('The plan was doomed — said Roe, “from the very start.”')).toEqual(['Roe']);
  });
});
