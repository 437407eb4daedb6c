import { describe, expect, it } from 'vitest';
import { speakersIn as speakers, speakerNamesIn as names } from './helpers/document.js';

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
