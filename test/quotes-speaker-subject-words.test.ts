import { describe, expect, it } from 'vitest';
import { speakersIn as speakers, speakerNamesIn as names } from './helpers/document.js';

describe('findQuotes: names the tagger reads as verbs or modals', () => {
  it('reads a capitalized word inside a sentence as a name ("said Nora Skelly, …")', () => {
    expect(names('“The pier will hold for another winter,” said Nora Skelly, a harbor engineer.')).toEqual([
      'Nora Skelly',
    ]);
  });

  it('reads a capitalized surname after a first name as part of the subject', () => {
    const body = 'Nora Peck, a harbor engineer, vouched for the plan. “The pier will hold for another winter.”';
    expect(names(body)).toEqual(['Nora Peck']);
  });

  it('reads "Will" before a surname as a first name', () => {
    expect(
      names('“The ferry is late again and nobody will say why,” said Will Tarrow, a teacher in Eastport.'),
    ).toEqual(['Will Tarrow']);
  });

  it('reads "Will" before a past tense of saying as a surname', () => {
    const body =
      'The columnist Ada Will visited the harbor. “The ferry is late again and nobody will say why,” Will wrote in her column.';
    expect(names(body)).toEqual(['Ada Will']);
  });

  it('reads a sentence-initial word before a name and an inflected verb as a first name', () => {
    expect(names('Ted Larkin says the ferry is “late again, and nobody will say why.”')).toEqual(['Ted Larkin']);
  });

  it('keeps an imperative before a name and a bare verb', () => {
    // Read as a first name, "Let" would join the speaker's name ("Let Jane Roe").
    expect(names('Let Jane Roe speak. “The ferry is late again and nobody will say why.”')).toEqual(['Jane Roe']);
  });
});

describe('findQuotes: appositives opened by a possessive determiner', () => {
  it('steps over "his campaign spokeswoman" between a name and its verb', () => {
    expect(names('Quarry, her orchard manager, added that the frost was “the worst in memory.”')).toEqual(['Quarry']);
  });
});

describe('findQuotes: phrasal verbs of saying', () => {
  it('reads "shot back" and "cut in" as verbs of saying', () => {
    expect(
      names('After Tom Vale mocked the recipe at the fair, Ada Brook shot back, “My jam won three ribbons.”'),
    ).toEqual(['Ada Brook']);
    expect(names('“Bring the lanterns,” Ada Brook said, and Tom Vale cut in: “Mind the low bridge.”')).toEqual([
      'Ada Brook',
      'Tom Vale',
    ]);
  });

  it('does not read "shot" without its particle as a verb of saying', () => {
    // Read as a verb of saying, "shot" would make the sentence a lead-in for the next paragraph's quotation.
    expect(names('Tom Vale shot the starting gun.\n\n“The race has begun.”')).not.toContain('Tom Vale');
  });
});

describe('findQuotes: surnames that are also function words or verbs, after a quoted clause', () => {
  it('reads "“…,” From said" and "“…,” Blunt, after a pause, said" as names', () => {
    expect(names('Ada From runs the ferry. “We needed the harbor for investment,” From said.')).toEqual(['Ada From']);
    expect(
      names(
        'Tom Blunt chairs the board. “The orchard kept us going,” Blunt, after a brief silence, said of the harvest.',
      ),
    ).toEqual(['Tom Blunt']);
  });

  it('keeps a conjunction that opens a sentence before a name', () => {
    expect(names('As Tom Vale sang, the choir was “drifting off key,” the conductor said.')).toEqual(['the conductor']);
  });
});

describe('findQuotes: a subject with a prepositional phrase after its head', () => {
  it('takes "A spokesman for the board" as the subject, not "the board"', () => {
    expect(
      speakers('A spokeswoman for the lighthouse trust said the volunteers remained “eager to repaint the tower.”')[0]!
        .mention,
    ).toBe('A spokeswoman for the lighthouse trust');
  });

  it('takes a title with its portfolio before a name', () => {
    expect(
      names(
        'Harbor Ferries Director for timetables and tickets Ada Brook called the new schedule “a puzzle for sailors.”',
      ),
    ).toEqual(['Ada Brook']);
  });
});

describe('findQuotes: a lone adverb set off by commas after the subject', () => {
  it('steps over "however" and "meanwhile" between a subject and its verb', () => {
    expect(names('Tom Vale praised the plan. Ada Brook, however, said the pier was “older than any of us.”')).toEqual([
      'Ada Brook',
    ]);
    expect(names('Ada Brook, meanwhile, who sits on no committee, said the levy was “a tax on the river.”')).toEqual([
      'Ada Brook',
    ]);
  });
});

describe('findQuotes: a time phrase with an article between subject and verb', () => {
  it('steps over "in the winter" before the verb of saying', () => {
    expect(names('Ada Brook, who had in the winter described the toll as “a fee on fresh air,” spoke first.')).toEqual([
      'Ada Brook',
    ]);
  });
});

describe('findQuotes: a part of a group after an inverted verb', () => {
  it('takes "one of the advisers" and a lone "another" as the speaker', () => {
    expect(
      speakers('“The kites will fly at noon,” said one of the festival’s stewards, who declined to give a name.')[0]!
        .mention,
    ).toBe('one of the festival’s stewards');
    expect(
      speakers(
        '“The levy is a tax on the river,” one rower wrote. “The pier is older than any of us,” wrote another.',
      )[1]!.mention,
    ).toBe('another');
  });
});

describe('findQuotes: a relative clause after an appositive', () => {
  it('names the person the appositive describes, not its last noun', () => {
    const body =
      'Ada Brook, the keeper of the Harbor Trust, who has sailed for years, said the levy was “a tax on the river.”';
    expect(speakers(body)).toEqual([
      { name: 'Ada Brook', role: 'the keeper of the Harbor Trust', mention: 'Ada Brook' },
    ]);
    expect(
      names('Ada Brook, the keeper of the Harbor Trust, who also said the levy was “a tax on the river,” spoke first.'),
    ).toEqual(['Ada Brook']);
  });
});
