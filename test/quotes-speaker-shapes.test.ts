import { describe, expect, it } from 'vitest';
import { speakersIn as speakers, speakerNamesIn as names } from './helpers/document.js';

describe('findQuotes: a determiner standing for a person', () => {
  it('takes "Another" or "Some" alone as the subject that opens a clause', () => {
    expect(
      names(
        '“The harbor is safe,” one rower wrote. Another tweeted, “The harbor is not safe, and the board knows it.”',
      ),
    ).toEqual(['one rower', 'Another']);
    expect(names('The crews met at the dock. Some said, “The harbor is not safe, and the board knows it.”')).toEqual([
      'Some',
    ]);
  });

  it('does not take a determiner that floats after a subject of its own', () => {
    expect(names('The captains answered in turn, each said, “The harbor is safe for every crew.”')).toEqual([
      'The captains',
    ]);
  });
});

describe('findQuotes: speaker phrases after an inverted verb', () => {
  it('ends the phrase at its head, not at a participle after it', () => {
    expect(
      speakers('“The dock will hold,” said one engineer present at the test, who asked to stay unnamed.')[0]!.mention,
    ).toBe('one engineer');
  });

  it('takes a title word read as an adjective as the head ("the deputy chief")', () => {
    expect(
      speakers('“Every boat came back,” said the deputy chief known as Dot, talking after the race.')[0]!.mention,
    ).toBe('the deputy chief');
  });

  it('accepts a possessive name as the start of an appositive', () => {
    expect(speakers('“We have sold every ticket,” Lars Holm, Brook’s race organizer, said in a statement.')).toEqual([
      { name: 'Lars Holm', role: 'Brook’s race organizer', mention: 'Lars Holm' },
    ]);
  });
});

describe('findQuotes: tagging slips and prepositional phrases', () => {
  it('reads a lower-case title with a first name mistaken for a verb ("press secretary Josh Tern")', () => {
    expect(
      speakers('“The boathouse budget is balanced,” club press secretary Josh Tern said at a briefing on Monday.'),
    ).toEqual([{ name: 'Josh Tern', role: 'club press secretary', mention: 'Josh Tern' }]);
  });

  it('ends an inverted speaker at "for" when the name is a person’s ("wrote X for Y")', () => {
    expect(names('“The new course is faster than the old one,” wrote Karl Olsen for Harbor Weekly.')).toEqual([
      'Karl Olsen',
    ]);
  });

  it('does not take the object of a preposition for the subject of a verb of saying', () => {
    expect(
      names(
        'At the meeting, Coach Ada Brook said the string of storms and floods demands that rowers practise “more careful turns” and patience.',
      ),
    ).toEqual(['Ada Brook']);
  });

  it('finds the noun a participle phrase modifies ("Rowers walking along the quay sang")', () => {
    expect(names('Rowers walking along the quay sang “Row home, row home” and kept going.')).toEqual(['Rowers']);
  });
});

describe('findQuotes: relative pronouns as subjects', () => {
  it('names the antecedent of "who" and points the mention at the pronoun', () => {
    expect(speakers('Ada Brook, who said the club “must buy new oars,” left the meeting early.')).toEqual([
      { name: 'Ada Brook', role: null, mention: 'who' },
    ]);
  });

  it('does not credit a wire-service line to a quotation inside a longer paragraph', () => {
    expect(names('Few in the town expect the “grand harbor plan” to survive the winter.\n\n- Harbor Wire.')).toEqual([
      null,
    ]);
  });
});

describe('findQuotes: more subject shapes', () => {
  it('keeps a participle used as an adjective inside an inverted speaker phrase', () => {
    expect(speakers('“The tide tables are wrong again,” said one retired harbor pilot.')[0]!.mention).toBe(
      'one retired harbor pilot',
    );
  });

  it('accepts "X’s race organizer, Jane Doe, said" right after a quotation', () => {
    expect(
      names('“The river was perfect for racing all week,” Brook’s race organizer, Jeff Tarn, said in an interview.'),
    ).toEqual(['Jeff Tarn']);
  });

  it('steps over an age, a town, a state abbreviation and a relative clause', () => {
    expect(
      speakers(
        '“The new boats are too heavy for us,” Nell Greer, 16, of Lakeside, N.H., who rows in the junior crew, said after practice.',
      ),
    ).toEqual([{ name: 'Nell Greer', role: null, mention: 'Nell Greer' }]);
  });

  it('takes an inverted lead-in before a colon ("Noted Olsen:")', () => {
    expect(names('Noted Olsen:\n\n“The river is higher than it has been in ten years.”')).toEqual(['Olsen']);
  });

  it('takes the clause nearest the colon of a lead-in', () => {
    expect(
      names('When the rowers asked about the new schedule, Karl Olsen replied:\n\n“Practice starts at six.”'),
    ).toEqual(['Karl Olsen']);
  });
});

describe('findQuotes: numbers as heads', () => {
  it('reads "the two" and "the father of four" as speakers', () => {
    expect(speakers('“The course is too short,” the two write in their letter.')[0]!.mention).toBe('the two');
    expect(
      speakers('Asked about the early start, the proud father of four replied, “We are up at five anyway.”')[0]!
        .mention,
    ).toBe('the proud father of four');
  });
});

describe('findQuotes: hyphenated modifiers', () => {
  it('keeps a hyphenated compound before a name or noun ("Eastport-based", "34-year-old")', () => {
    // "Eastport-based" alone says where, not who: no role.
    expect(speakers('“The club is sinking,” Eastport-based Matt Kowal said.')).toEqual([
      { name: 'Matt Kowal', role: null, mention: 'Matt Kowal' },
    ]);
    expect(
      speakers('Asked about the start, the 34-year-old father of four replied, “We are up at five anyway.”')[0]!
        .mention,
    ).toBe('the 34-year-old father of four');
  });
});

describe('findQuotes: participles inside a subject', () => {
  it('does not let a participle inside the subject of a later verb introduce the quotation', () => {
    expect(names('Brook says the posts accusing her of lying about the budget are “spite and nothing else.”')).toEqual([
      'Brook',
    ]);
  });
});
