import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers/document.js';

const names = (body: string) => speakers(body).map((s) => s.name);
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

describe('findQuotes: credits and lead-ins', () => {
  it('credits a quotation followed by a dash and a name, as testimonials do', () => {
    expect(
      names(
        '“The ferry is the only way we can reach the hospital.” ― Nora Quill\n“We will stay whatever happens.” ― Ann Lee',
      ),
    ).toEqual(['Nora Quill', 'Ann Lee']);
  });

  it('credits a dash and a name with a description', () => {
    expect(speakers('“The town has changed beyond recognition.” — Karl Olsen, a fisherman.')).toEqual([
      { name: 'Karl Olsen', role: 'a fisherman', mention: 'Karl Olsen' },
    ]);
  });

  it('takes the speaker from a lead-in paragraph that ends with a colon', () => {
    expect(names('Ada Brook continued:\n\n“We have never seen a storm like this one.”')).toEqual(['Ada Brook']);
  });

  it('takes the source from "X reports:" with the verb read as a plural noun', () => {
    expect(
      names('The Harbor Gazette reports:\n\n“The ferry will not run this winter, and repairs will take a year.”'),
    ).toEqual(['The Harbor Gazette']);
  });
});

describe('findQuotes: participles, circumstances and inverted lead-ins', () => {
  it('gives a participle clause ("…, saying, “…”") the subject of the main verb', () => {
    expect(
      names(
        'At the club dinner, Ada Brook thanked the volunteers for their work, saying, “The boats have never looked better.”',
      ),
    ).toEqual(['Ada Brook']);
  });

  it('gives "while singing" the subject of the main verb', () => {
    expect(
      speakers('Rowers paddled past the pier, under the old bridge, while singing, “Row, row, row.”')[0]!.mention,
    ).toBe('Rowers');
  });

  it('steps over a circumstance set off by commas between subject and verb', () => {
    expect(names('Ada Brook, at the boathouse on Monday, said, “The new dock will open in May.”')).toEqual([
      'Ada Brook',
    ]);
  });

  it('finds the speaker after a verb that opens the sentence ("Said X: “…”")', () => {
    expect(names('The club fees will rise. Said Olsen: “Nobody asked the junior rowers what they think.”')).toEqual([
      'Olsen',
    ]);
  });

  it('does not read "so-called" as a verb of saying', () => {
    expect(names('Brook once described the so-called river pact as “a fair deal for every club” in town.')).toEqual([
      'Brook',
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

describe('findQuotes: more verbs and clause shapes', () => {
  it('knows manner-of-speaking verbs such as "barked"', () => {
    expect(names('“Sit down and wait your turn,” Brook barked at the rower.')).toEqual(['Brook']);
  });

  it('steps over a participle clause between subject and verb', () => {
    expect(names('Ada Brook, buoyed by a win on the river, is promising to “bring the cup home again.”')).toEqual([
      'Ada Brook',
    ]);
  });

  it('takes a trailing ", he said" after a partial quotation that the sentence carries on', () => {
    expect(speakers('Karl Olsen runs the junior squad. “Nobody rows alone” on the long course, he said.')).toEqual([
      { name: 'Karl Olsen', role: null, mention: 'he' },
    ]);
  });
});

describe('findQuotes: reported speech before a quotation', () => {
  it('gives a quotation the speaker of the reported sentence just before it', () => {
    expect(names('The boathouse roof needs work, Olsen said. “We will patch it before the first frost.”')).toEqual([
      'Olsen',
    ]);
  });

  it('gives a quotation paragraph the speaker reported at the end of the paragraph before', () => {
    expect(names('Ada Brook said the dock would open in May.\n\n“We checked every plank twice.”')).toEqual([
      'Ada Brook',
      'Ada Brook',
    ]);
  });
});

describe('findQuotes: gender from pronouns', () => {
  it('learns a gender from "X said she …" and prefers that person over a nearer one of unknown gender', () => {
    expect(
      names(
        'Ada Brook and Karl Olsen met on Monday. Brook said she would vote for the dock.\n\nOlsen spoke next. “We will win,” he said.\n\n“We will lose,” she said.',
      ),
    ).toEqual(['Ada Brook', 'Karl Olsen', 'Ada Brook']);
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

describe('findQuotes: credit lines and long descriptions', () => {
  it('credits a quotation from a short dash line in the next paragraph', () => {
    expect(
      names(
        '“Every spring the river floods the lower dock, and every spring we rebuild it.”\n\n-Marla Stone, Eastport.',
      ),
    ).toEqual(['Marla Stone']);
  });

  it('reads "managing director and analyst at …" as a description', () => {
    expect(
      speakers(
        '“The club will need a second boathouse,” Karl Olsen, managing director and analyst at Harbor Capital, told reporters on Friday.',
      ),
    ).toEqual([{ name: 'Karl Olsen', role: 'managing director and analyst at Harbor Capital', mention: 'Karl Olsen' }]);
  });

  it('steps over a party and state label ("Democrat of Oregon")', () => {
    expect(
      names('“The river belongs to everyone,” Representative Ada Brook, Democrat of Oregon, told the rowers.'),
    ).toEqual(['Ada Brook']);
  });

  it('finds an inverted attribution after the last commas of a long sentence', () => {
    expect(
      names(
        '“Winning the cup is wonderful,” since the club had lost every final for a decade, said Lena Ortiz, who coaches the juniors.',
      ),
    ).toEqual(['Lena Ortiz']);
  });

  it('knows "beamed" as a verb of saying', () => {
    expect(names('“We did it!” beamed Tom Hale of Eastport, who had run down to the dock.')).toEqual(['Tom Hale']);
  });
});

describe('findQuotes: lead-in sentences without a reported clause', () => {
  it('gives a quotation the subject of a sentence whose main verb is one of saying ("X posted a reminder.")', () => {
    expect(
      names(
        'Coach Ada Brook (D-Ore.), a rower who has made the river her cause, posted a reminder. “Lock the boathouse after every session.”',
      ),
    ).toEqual(['Ada Brook']);
  });

  it('does not read "…, posted a reminder" as an inverted attribution', () => {
    expect(
      speakers('Brook wrote that the race was close, posted a reminder. “Lock the boathouse.”')[1]?.mention,
    ).not.toBe('a reminder');
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

describe('findQuotes: participles and the sentence before', () => {
  it('takes a name right before a participle as its subject ("a clip of X singing")', () => {
    expect(names('The film has a clip of Ada Brook singing, “Row the boat ashore, my friends.”')).toEqual([
      'Ada Brook',
    ]);
  });

  it('skips a time word before a participle and takes the main subject', () => {
    expect(
      names(
        'Karl Olsen posted a series of notes early Friday saying that the club had treated the old dock “as a museum piece.”',
      ),
    ).toEqual(['Karl Olsen']);
  });

  it('gives an unattributed quotation the named subject of the sentence before it', () => {
    expect(
      names('On Sunday, Coach Ada Brook, who rowed for the club, praised the new boats. “They fly across the water.”'),
    ).toEqual(['Ada Brook']);
  });

  it('reads "Her old crewmate from the club, X, called …" as X, described, before a quotation', () => {
    expect(
      speakers(
        'Her old crewmate from the club, Lars Holm, called her a natural at the stroke seat. “She set the pace every single race.”',
      ),
    ).toEqual([{ name: 'Lars Holm', role: 'Her old crewmate from the club', mention: 'Lars Holm' }]);
  });

  it('looks past a quoted show name for the attribution before a partial quotation', () => {
    expect(names('Brook tells the station’s “River Hour” on Friday that “the new dock” will open soon.')).toEqual([
      'Brook',
    ]);
  });
});

describe('findQuotes: coordinated verbs and bracketed labels', () => {
  it('gives "I laughed and said" the subject of the nearest conjunct, not of a fronted clause', () => {
    // The writer ("I") has no name in the text, so the speaker is unknown rather than the coach.
    expect(
      speakers('Once, when my coach mentioned the old race to me, I smiled and said, “I remember every stroke.”'),
    ).toEqual([{ name: null, role: null, mention: null }]);
    expect(
      names('Once, when Ana Ruiz mentioned the old race to me, Tomas Ruiz smiled and said, “I remember every stroke.”'),
    ).toEqual(['Tomas Ruiz']);
  });

  it('does not take a bracketed party label for a person a pronoun can stand for', () => {
    expect(
      names('Senator Ada Brook (D-Ore.) warned the board: “The dock will not survive another flood,” she said.'),
    ).toEqual(['Ada Brook']);
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

describe('findQuotes: transcripts', () => {
  it('takes the capitalized label before a colon as the speaker of a transcript line', () => {
    expect(
      speakers(
        'The interview went on.\n\n"ROE: So, the dock opens in May, and the boats arrive in June.\n\n"HOST: And the old boathouse, what happens to it?',
      ),
    ).toEqual([
      { name: 'ROE', role: null, mention: 'ROE' },
      { name: 'HOST', role: null, mention: 'HOST' },
    ]);
  });
});

describe('findQuotes: pronouns in the speaker’s own sentence', () => {
  it('resolves "he" to the subject of its own sentence before a person of known gender further back', () => {
    expect(
      names(
        'Mr. Vance left the club in May.\n\nCoach Lars Holm told Mrs. Dale that he would demand “a cleaner catch” at every stroke.',
      ),
    ).toEqual(['Lars Holm']);
  });
});

describe('findQuotes: verbs read as nouns and bare time words', () => {
  it('reads "X notes." after a quotation as a verb of saying', () => {
    expect(
      names('“Read the letter the club sent after the flood,” Olsen notes. “Its mood was nothing like this one.”'),
    ).toEqual(['Olsen', 'Olsen']);
  });

  it('steps over a bare day name between subject and verb ("X later Thursday told …:")', () => {
    expect(
      names(
        '“They need to talk,” Reed said. Garber later Thursday told the paper: “Both clubs are meeting next week.”',
      ),
    ).toEqual(['Reed', 'Garber']);
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
