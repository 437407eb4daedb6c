import { describe, expect, it } from 'vitest';
import type { Quote } from '../src/quotes/types.js';
import { mentionText, quotesIn } from './helpers/document.js';

/** Speaker name, role and mention text of each quote, in order. */
function speakers(body: string) {
  const { doc, quotes } = quotesIn(body);
  return quotes.map((q: Quote) => ({ name: q.speaker?.name ?? null, role: q.speaker?.role ?? null, mention: mentionText(doc, q) }));
}

const names = (body: string) => speakers(body).map((s) => s.name);

describe('findQuotes: where the attribution stands', () => {
  it('finds the speaker after an inverted "said"', () => {
    expect(speakers('“The deck is finished,” said Maria Lopez.')).toEqual([
      { name: 'Maria Lopez', role: null, mention: 'Maria Lopez' },
    ]);
  });

  it('finds the speaker before the verb after the quotation', () => {
    expect(speakers('“The deck is finished,” Maria Lopez told reporters on Tuesday.')).toEqual([
      { name: 'Maria Lopez', role: null, mention: 'Maria Lopez' },
    ]);
  });

  it('finds the speaker before a colon that introduces the quotation', () => {
    expect(speakers('Maria Lopez said: “The bridge will open in the spring.”')).toEqual([
      { name: 'Maria Lopez', role: null, mention: 'Maria Lopez' },
    ]);
  });

  it('finds the speaker of "X told the council: “…”"', () => {
    expect(names('Maria Lopez told the council: “The deck is finished.”')).toEqual(['Maria Lopez']);
  });

  it('finds the speaker of a lead-in sentence without a verb of saying', () => {
    expect(names('Maria Lopez was blunt: “The old bridge is unsafe.”')).toEqual(['Maria Lopez']);
  });

  it('finds the speaker named after "according to" following the quotation', () => {
    expect(speakers('“The deck is finished,” according to Maria Lopez.')).toEqual([
      { name: 'Maria Lopez', role: null, mention: 'Maria Lopez' },
    ]);
  });

  it('gives both quotations around one attribution the same speaker', () => {
    expect(names('“The bridge will open in the spring,” said Maria Lopez. “We will hold a party on the first day.”')).toEqual([
      'Maria Lopez',
      'Maria Lopez',
    ]);
  });

  it('finds a speaker named in a short sentence after the quotation', () => {
    expect(names('“We are ahead of schedule.” Maria Lopez said.')).toEqual(['Maria Lopez']);
  });

  it('steps over a relative clause between the speaker and the verb', () => {
    expect(names('Maria Lopez, who has led the project since 2019, said the bridge would open in May.')).toEqual(['Maria Lopez']);
  });
});

describe('findQuotes: pronouns', () => {
  it('resolves "she added" to the woman named before it, with the pronoun as mention', () => {
    expect(speakers('Maria Lopez spoke at the ceremony on Friday.\n\n“We are proud of every worker on this project,” she added.')).toEqual([
      { name: 'Maria Lopez', role: null, mention: 'she' },
    ]);
  });

  it('resolves "he said" to the man named before it', () => {
    expect(names('Daniel Okafor runs the ferry company.\n\n“The ferries will keep running until the bridge opens,” he said.')).toEqual([
      'Daniel Okafor',
    ]);
  });

  it('resolves he and she to the last named man and woman when honorifics tell them apart', () => {
    const body = [
      'Mr. Okafor runs the ferry company. Ms. Lopez leads the bridge project.',
      '“The ferries will keep running until the bridge opens,” he said.',
      '“The bridge is the future of this town,” she said.',
    ].join('\n\n');
    expect(names(body)).toEqual(['Okafor', 'Lopez']);
  });

  it('resolves a pronoun to the nearest compatible person when two are named', () => {
    const body = 'Mr. Okafor runs the ferry company. Mr. Reyes runs the harbour.\n\n“The ferries will keep running,” he said.';
    expect(names(body)).toEqual(['Reyes']);
  });

  it('skips a nearer person of the other gender', () => {
    const body = 'Ms. Lopez leads the bridge project. Mr. Okafor runs the ferry company.\n\n“The bridge is the future of this town,” she said.';
    expect(names(body)).toEqual(['Lopez']);
  });

  it('tells gender from a role word such as "spokesman" or "spokeswoman"', () => {
    const body = [
      'Daniel Okafor, a spokesman for the ferry company, met Maria Lopez, a spokeswoman for the bridge project.',
      '“The ferries will keep running,” he said.',
      '“The bridge will open in May,” she said.',
    ].join('\n\n');
    expect(speakers(body)).toEqual([
      { name: 'Daniel Okafor', role: 'a spokesman for the ferry company', mention: 'he' },
      { name: 'Maria Lopez', role: 'a spokeswoman for the bridge project', mention: 'she' },
    ]);
  });

  it('tells gender from a possessive pronoun that opens the next sentence', () => {
    const body = [
      'Daniel Okafor runs the ferry company. His boats carry 900 people a day.',
      'Maria Lopez leads the bridge project. Her team has 200 workers.',
      '“The ferries will keep running until the bridge opens,” he said.',
      '“The bridge is the future of this town,” she said.',
    ].join('\n\n');
    expect(names(body)).toEqual(['Daniel Okafor', 'Maria Lopez']);
  });

  it('resolves "it said" to the organisation named before it', () => {
    const [only] = names('The Harbour Institute tested the water on Monday. “The water is safe to drink,” it said.');
    expect(only).toMatch(/Harbour Institute$/u);
  });
});

describe('findQuotes: quotations that carry on', () => {
  it('gives an unattributed quotation paragraph to the speaker of the paragraph before', () => {
    const body = '“The bridge will open in the spring,” said Maria Lopez.\n\n“Every crew worked through the winter to make that possible.”';
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

describe('findQuotes: names', () => {
  it('names a speaker cued by surname with the full name given earlier, the surname as mention', () => {
    expect(speakers('Maria Lopez praised the workers.\n\n“They finished the deck two weeks early,” Lopez added.')).toEqual([
      { name: 'Maria Lopez', role: null, mention: 'Lopez' },
    ]);
  });

  it('keeps two people with different surnames apart', () => {
    const body = [
      'Maria Lopez and Tom Reyes toured the site on Monday.',
      '“The deck is finished,” Lopez said.',
      '“The water is still rising,” Reyes said.',
    ].join('\n\n');
    expect(names(body)).toEqual(['Maria Lopez', 'Tom Reyes']);
  });
});

describe('findQuotes: organisations and groups', () => {
  it('names two organisations reporting together as one speaker', () => {
    expect(speakers('The World Health Organization and the Kenyan government are warning that the outbreak could spread to neighbouring regions.')).toEqual([
      {
        name: 'The World Health Organization and the Kenyan government',
        role: null,
        mention: 'The World Health Organization and the Kenyan government',
      },
    ]);
  });

  it('names a council by the phrase the text uses', () => {
    expect(names('The city council estimates that about 4,000 people will cross the bridge every day.')).toEqual(['The city council']);
  });

  it('names a ministry that "says that"', () => {
    expect(names('The Kenyan health ministry says that 300 new cases were recorded last week.')).toEqual(['The Kenyan health ministry']);
  });

  it('names a plural group with a present-tense verb read as a noun', () => {
    expect(names('Officials estimate the repairs will take a week.')).toEqual(['Officials']);
  });

  it('names an organisation that speaks in a statement', () => {
    expect(names('“The water is safe to drink,” the Harbour Institute said in a statement.')).toEqual(['the Harbour Institute']);
  });
});

describe('findQuotes: titles and roles', () => {
  it('splits a title before the name into the role', () => {
    expect(speakers('“We will reopen the road as soon as the debris is cleared,” said Police Chief Anna Berg.')).toEqual([
      { name: 'Anna Berg', role: 'Police Chief', mention: 'Anna Berg' },
    ]);
  });

  it('keeps an appositive after the name as the role', () => {
    expect(speakers('Tom Reyes, director of the Harbour Institute, said the water level had risen by a metre.')).toEqual([
      { name: 'Tom Reyes', role: 'director of the Harbour Institute', mention: 'Tom Reyes' },
    ]);
  });

  it('keeps an appositive after an inverted "said" as the role', () => {
    expect(speakers('“The water is still rising,” said Tom Reyes, director of the Harbour Institute.')).toEqual([
      { name: 'Tom Reyes', role: 'director of the Harbour Institute', mention: 'Tom Reyes' },
    ]);
  });

  it('gives later mentions by surname or pronoun the role given at the first', () => {
    const body = [
      'Police Chief Anna Berg said the road would stay closed overnight.',
      '“We will reopen it as soon as the debris is cleared,” Berg said.',
      '“Nobody should drive through the valley tonight,” she added.',
    ].join('\n\n');
    expect(speakers(body)).toEqual([
      { name: 'Anna Berg', role: 'Police Chief', mention: 'Anna Berg' },
      { name: 'Anna Berg', role: 'Police Chief', mention: 'Berg' },
      { name: 'Anna Berg', role: 'Police Chief', mention: 'she' },
    ]);
  });

  it('gives the appositive role to a speaker introduced in a sentence that quotes nobody', () => {
    const body = [
      'Tom Reyes, director of the Harbour Institute, spoke on Monday.',
      '“This is the highest level we have recorded in forty years,” he said.',
      'Reyes said the institute would publish its data next month.',
    ].join('\n\n');
    expect(speakers(body)).toEqual([
      { name: 'Tom Reyes', role: 'director of the Harbour Institute', mention: 'he' },
      { name: 'Tom Reyes', role: 'director of the Harbour Institute', mention: 'Reyes' },
    ]);
  });

  it('does not take a clause after the name for a role', () => {
    expect(speakers('Unlike Tom Reyes, the mayor will stay in town.\n\n“The water is still rising,” Reyes said.')).toEqual([
      { name: 'Tom Reyes', role: null, mention: 'Reyes' },
    ]);
  });

  it('does not take the clause after "according to X," for a role', () => {
    expect(speakers('According to Maria Lopez, the bridge will open in the spring.')).toEqual([
      { name: 'Maria Lopez', role: null, mention: 'Maria Lopez' },
    ]);
  });

  it('keeps the appositive of "according to X, role," as the role', () => {
    expect(speakers('According to Tom Reyes, director of the Harbour Institute, the water rose by a metre overnight.')).toEqual([
      { name: 'Tom Reyes', role: 'director of the Harbour Institute', mention: 'Tom Reyes' },
    ]);
  });
});

describe('findQuotes: subjects with several insertions', () => {
  it('reads a surname the tagger takes for a verb as a name before "said"', () => {
    expect(names('“The ferry will not run until the storm has passed,” Hang said.')).toEqual(['Hang']);
  });

  it('steps over a party label set off by commas', () => {
    expect(speakers('“The vote on the boathouse will be close,” Senator Ada Brook, D-Ore., said Tuesday.')).toEqual([
      { name: 'Ada Brook', role: 'Senator', mention: 'Ada Brook' },
    ]);
  });

  it('steps over a chain of appositives, one with a verb in it', () => {
    expect(names('“The levy breaks the club’s charter,” Lena Ortiz, the treasurer of Marsh Rowing Club, one of the clubs opposing the levy, said at a meeting.')).toEqual([
      'Lena Ortiz',
    ]);
  });

  it('steps over a home town set off by commas', () => {
    expect(names('Tomas Berg, of Eastport, Maine, said he had rowed on the river “since before the bridge was built.”')).toEqual(['Tomas Berg']);
  });

  it('finds the subject of "As X, a …, put it"', () => {
    expect(names('As Ruth Alder, a historian at the Harbor Museum, once put it, “Every town is built on its stories.”')).toEqual(['Ruth Alder']);
  });

  it('keeps the head noun of "Stewards at X, a branch of Y"', () => {
    expect(speakers('Stewards at the Regatta Office, a branch of the Harbor Board, said the buoys were “older than they should be.”')[0]!.mention).toBe(
      'Stewards at the Regatta Office',
    );
  });
});

describe('findQuotes: credits and lead-ins', () => {
  it('credits a quotation followed by a dash and a name, as testimonials do', () => {
    expect(names('“The ferry is the only way we can reach the hospital.” ― Nora Quill\n“We will stay whatever happens.” ― Ann Lee')).toEqual([
      'Nora Quill',
      'Ann Lee',
    ]);
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
    expect(names('The Harbor Gazette reports:\n\n“The ferry will not run this winter, and repairs will take a year.”')).toEqual(['The Harbor Gazette']);
  });
});

describe('findQuotes: participles, circumstances and inverted lead-ins', () => {
  it('gives a participle clause ("…, saying, “…”") the subject of the main verb', () => {
    expect(names('At the club dinner, Ada Brook thanked the volunteers for their work, saying, “The boats have never looked better.”')).toEqual([
      'Ada Brook',
    ]);
  });

  it('gives "while singing" the subject of the main verb', () => {
    expect(speakers('Rowers paddled past the pier, under the old bridge, while singing, “Row, row, row.”')[0]!.mention).toBe('Rowers');
  });

  it('steps over a circumstance set off by commas between subject and verb', () => {
    expect(names('Ada Brook, at the boathouse on Monday, said, “The new dock will open in May.”')).toEqual(['Ada Brook']);
  });

  it('finds the speaker after a verb that opens the sentence ("Said X: “…”")', () => {
    expect(names('The club fees will rise. Said Olsen: “Nobody asked the junior rowers what they think.”')).toEqual(['Olsen']);
  });

  it('does not read "so-called" as a verb of saying', () => {
    expect(names('Roe said that Brook once described the so-called river pact as “a fair deal for every club” in town.')).toEqual(['Brook']);
  });
});

describe('findQuotes: speaker phrases after an inverted verb', () => {
  it('ends the phrase at its head, not at a participle after it', () => {
    expect(speakers('“The dock will hold,” said one engineer present at the test, who asked to stay unnamed.')[0]!.mention).toBe('one engineer');
  });

  it('takes a title word read as an adjective as the head ("the deputy chief")', () => {
    expect(speakers('“Every boat came back,” said the deputy chief known as Dot, talking after the race.')[0]!.mention).toBe('the deputy chief');
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
    expect(names('Ada Brook, buoyed by a win on the river, is promising to “bring the cup home again.”')).toEqual(['Ada Brook']);
  });

  it('takes a trailing ", he said" after a partial quotation that the sentence carries on', () => {
    expect(speakers('Karl Olsen runs the junior squad. “Nobody rows alone” on the long course, he said.')).toEqual([
      { name: 'Karl Olsen', role: null, mention: 'he' },
    ]);
  });
});

describe('findQuotes: reported speech before a quotation', () => {
  it('gives a quotation the speaker of the reported sentence just before it', () => {
    expect(names('The boathouse roof needs work, Olsen said. “We will patch it before the first frost.”')).toEqual(['Olsen']);
  });

  it('gives a quotation paragraph the speaker reported at the end of the paragraph before', () => {
    expect(names('Ada Brook said the dock would open in May.\n\n“We checked every plank twice.”')).toEqual(['Ada Brook', 'Ada Brook']);
  });
});

describe('findQuotes: gender from pronouns', () => {
  it('learns a gender from "X said she …" and prefers that person over a nearer one of unknown gender', () => {
    expect(names('Ada Brook and Karl Olsen met on Monday. Brook said she would vote for the dock.\n\nOlsen spoke next. “We will win,” he said.\n\n“We will lose,” she said.')).toEqual([
      'Ada Brook',
      'Karl Olsen',
      'Ada Brook',
    ]);
  });
});

describe('findQuotes: tagging slips and prepositional phrases', () => {
  it('reads a lower-case title with a first name mistaken for a verb ("press secretary Josh Tern")', () => {
    expect(speakers('“The boathouse budget is balanced,” club press secretary Josh Tern said at a briefing on Monday.')).toEqual([
      { name: 'Josh Tern', role: 'club press secretary', mention: 'Josh Tern' },
    ]);
  });

  it('ends an inverted speaker at "for" when the name is a person’s ("wrote X for Y")', () => {
    expect(names('“The new course is faster than the old one,” wrote Karl Olsen for Harbor Weekly.')).toEqual(['Karl Olsen']);
  });

  it('does not take the object of a preposition for the subject of a verb of saying', () => {
    expect(names('At the meeting, Coach Ada Brook said the string of storms and floods demands that rowers practise “more careful turns” and patience.')).toEqual([
      'Ada Brook',
    ]);
  });

  it('finds the noun a participle phrase modifies ("Rowers walking along the quay sang")', () => {
    expect(names('Rowers walking along the quay sang “Row home, row home” and kept going.')).toEqual(['Rowers']);
  });
});

describe('findQuotes: credit lines and long descriptions', () => {
  it('credits a quotation from a short dash line in the next paragraph', () => {
    expect(names('“Every spring the river floods the lower dock, and every spring we rebuild it.”\n\n-Marla Stone, Eastport.')).toEqual(['Marla Stone']);
  });

  it('reads "managing director and analyst at …" as a description', () => {
    expect(speakers('“The club will need a second boathouse,” Karl Olsen, managing director and analyst at Harbor Capital, told reporters on Friday.')).toEqual([
      { name: 'Karl Olsen', role: 'managing director and analyst at Harbor Capital', mention: 'Karl Olsen' },
    ]);
  });

  it('steps over a party and state label ("Democrat of Oregon")', () => {
    expect(names('“The river belongs to everyone,” Representative Ada Brook, Democrat of Oregon, told the rowers.')).toEqual(['Ada Brook']);
  });

  it('finds an inverted attribution after the last commas of a long sentence', () => {
    expect(names('“Winning the cup is wonderful,” since the club had lost every final for a decade, said Lena Ortiz, who coaches the juniors.')).toEqual([
      'Lena Ortiz',
    ]);
  });

  it('knows "beamed" as a verb of saying', () => {
    expect(names('“We did it!” beamed Tom Hale of Eastport, who had run down to the dock.')).toEqual(['Tom Hale']);
  });
});

describe('findQuotes: lead-in sentences without a reported clause', () => {
  it('gives a quotation the subject of a sentence whose main verb is one of saying ("X posted a reminder.")', () => {
    expect(names('Coach Ada Brook (D-Ore.), a rower who has made the river her cause, posted a reminder. “Lock the boathouse after every session.”')).toEqual([
      'Ada Brook',
    ]);
  });

  it('does not read "…, posted a reminder" as an inverted attribution', () => {
    expect(speakers('Brook wrote that the race was close, posted a reminder. “Lock the boathouse.”')[1]?.mention).not.toBe('a reminder');
  });
});

describe('findQuotes: relative pronouns as subjects', () => {
  it('names the antecedent of "who" and points the mention at the pronoun', () => {
    expect(speakers('Ada Brook, who said the club “must buy new oars,” left the meeting early.')).toEqual([
      { name: 'Ada Brook', role: null, mention: 'who' },
    ]);
  });

  it('does not credit a wire-service line to a quotation inside a longer paragraph', () => {
    expect(names('Few in the town expect the “grand harbor plan” to survive the winter.\n\n- Harbor Wire.')).toEqual([null]);
  });
});

describe('findQuotes: participles and the sentence before', () => {
  it('takes a name right before a participle as its subject ("a clip of X singing")', () => {
    expect(names('The film has a clip of Ada Brook singing, “Row the boat ashore, my friends.”')).toEqual(['Ada Brook']);
  });

  it('skips a time word before a participle and takes the main subject', () => {
    expect(names('Karl Olsen posted a series of notes early Friday saying that the club had treated the old dock “as a museum piece.”')).toEqual([
      'Karl Olsen',
    ]);
  });

  it('gives an unattributed quotation the named subject of the sentence before it', () => {
    expect(names('On Sunday, Coach Ada Brook, who rowed for the club, praised the new boats. “They fly across the water.”')).toEqual(['Ada Brook']);
  });

  it('reads "Her old crewmate from the club, X, called …" as X, described, before a quotation', () => {
    expect(speakers('Her old crewmate from the club, Lars Holm, called her a natural at the stroke seat. “She set the pace every single race.”')).toEqual([
      { name: 'Lars Holm', role: 'Her old crewmate from the club', mention: 'Lars Holm' },
    ]);
  });

  it('looks past a quoted show name for the attribution before a partial quotation', () => {
    expect(names('Brook tells the station’s “River Hour” on Friday that “the new dock” will open soon.')).toEqual(['Brook']);
  });
});

describe('findQuotes: coordinated verbs and bracketed labels', () => {
  it('gives "I laughed and said" the subject of the nearest conjunct, not of a fronted clause', () => {
    expect(speakers('Once, when my coach mentioned the old race to me, I smiled and said, “I remember every stroke.”')[0]!.mention).toBe('I');
  });

  it('does not take a bracketed party label for a person a pronoun can stand for', () => {
    expect(names('Senator Ada Brook (D-Ore.) warned the board: “The dock will not survive another flood,” she said.')).toEqual(['Ada Brook']);
  });
});

describe('findQuotes: more subject shapes', () => {
  it('keeps a participle used as an adjective inside an inverted speaker phrase', () => {
    expect(speakers('“The tide tables are wrong again,” said one retired harbor pilot.')[0]!.mention).toBe('one retired harbor pilot');
  });

  it('accepts "X’s race organizer, Jane Doe, said" right after a quotation', () => {
    expect(names('“The river was perfect for racing all week,” Brook’s race organizer, Jeff Tarn, said in an interview.')).toEqual(['Jeff Tarn']);
  });

  it('steps over an age, a town, a state abbreviation and a relative clause', () => {
    expect(speakers('“The new boats are too heavy for us,” Nell Greer, 16, of Lakeside, N.H., who rows in the junior crew, said after practice.')).toEqual([
      { name: 'Nell Greer', role: null, mention: 'Nell Greer' },
    ]);
  });

  it('takes an inverted lead-in before a colon ("Noted Olsen:")', () => {
    expect(names('Noted Olsen:\n\n“The river is higher than it has been in ten years.”')).toEqual(['Olsen']);
  });

  it('takes the clause nearest the colon of a lead-in', () => {
    expect(names('When the rowers asked about the new schedule, Karl Olsen replied:\n\n“Practice starts at six.”')).toEqual(['Karl Olsen']);
  });
});

describe('findQuotes: transcripts', () => {
  it('takes the capitalized label before a colon as the speaker of a transcript line', () => {
    expect(speakers('The interview went on.\n\n"ROE: So, the dock opens in May, and the boats arrive in June.\n\n"HOST: And the old boathouse, what happens to it?')).toEqual([
      { name: 'ROE', role: null, mention: 'ROE' },
      { name: 'HOST', role: null, mention: 'HOST' },
    ]);
  });
});

describe('findQuotes: pronouns in the speaker’s own sentence', () => {
  it('resolves "he" to the subject of its own sentence before a person of known gender further back', () => {
    expect(names('Mr. Vance left the club in May.\n\nCoach Lars Holm told Mrs. Dale that he would demand “a cleaner catch” at every stroke.')).toEqual([
      'Lars Holm',
    ]);
  });
});

describe('findQuotes: verbs read as nouns and bare time words', () => {
  it('reads "X notes." after a quotation as a verb of saying', () => {
    expect(names('“Look at the notice the club put out after the flood,” Olsen notes. “It was very different in tone.”')).toEqual(['Olsen', 'Olsen']);
  });

  it('steps over a bare day name between subject and verb ("X later Thursday told …:")', () => {
    expect(names('“They need to talk,” Reed said. Garber later Thursday told the paper: “Both clubs are meeting next week.”')).toEqual([
      'Reed',
      'Garber',
    ]);
  });
});

describe('findQuotes: numbers as heads', () => {
  it('reads "the two" and "the father of four" as speakers', () => {
    expect(speakers('“The course is too short,” the two write in their letter.')[0]!.mention).toBe('the two');
    expect(speakers('Asked about the early start, the proud father of four replied, “We are up at five anyway.”')[0]!.mention).toBe(
      'the proud father of four',
    );
  });
});

describe('findQuotes: hyphenated modifiers', () => {
  it('keeps a hyphenated compound before a name or noun ("Eastport-based", "34-year-old")', () => {
    expect(speakers('“The club is sinking,” Eastport-based Matt Kowal said.')).toEqual([
      { name: 'Matt Kowal', role: 'Eastport-based', mention: 'Matt Kowal' },
    ]);
    expect(speakers('Asked about the start, the 34-year-old father of four replied, “We are up at five anyway.”')[0]!.mention).toBe(
      'the 34-year-old father of four',
    );
  });
});

describe('findQuotes: participles inside a subject', () => {
  it('does not let a participle inside the subject of a later verb introduce the quotation', () => {
    expect(names('Brook says the posts accusing her of lying about the budget are “spite and nothing else.”')).toEqual(['Brook']);
  });
});
