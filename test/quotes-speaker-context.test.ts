import { describe, expect, it } from 'vitest';
import { quotesIn, speakersIn as speakers } from './helpers/document.js';

const names = (body: string) => speakers(body).map((s) => s.name);

describe('findQuotes: an attribution after a quoted question or exclamation', () => {
  it('credits the speaker named right after a quoted question, in a long sentence that goes on', () => {
    const body =
      'Ivo Marsh, the harbor master, had warned the council for months. ' +
      '“Who will pay for the new pier?” Tilda Quarry asked the harbor board at a meeting in the old boathouse on Monday evening, before the vote on the levy.';
    expect(names(body)).toEqual(['Tilda Quarry']);
  });

  it('does not take a new statement after a quotation that ends with a full stop', () => {
    const body =
      'Ivo Marsh spoke first. “The pier is older than any of us.” Tilda Quarry told the harbor board at a meeting in the old boathouse on Monday evening that repairs would wait.';
    expect(names(body)).not.toContain('Tilda Quarry');
  });

  it('prefers a lead-in before the quoted question to a sentence after it', () => {
    const body =
      'Asked about the budget, Tilda Quarry simply replied: “Why should the harbor wait another decade?” Her opponents repeated the line for weeks afterwards as proof that the board had lost patience.';
    expect(names(body)).toEqual(['Tilda Quarry']);
  });
});

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

describe('findQuotes: infinitives after a quotation', () => {
  it('does not credit the subject of "for X to criticize" after a partial quotation', () => {
    expect(
      names('On Tuesday, Ada Brook said that it was “entirely wrong” for Vale to criticize the ferry board.'),
    ).toEqual(['Ada Brook']);
  });

  it('does not credit a noun before "to protest" after a quoted name', () => {
    expect(
      names('The volunteer-run “Clean Creek” group plans to picket the mill, the Valley Gazette reports.'),
    ).toEqual(['the Valley Gazette']);
  });
});

describe('findQuotes: quotations inside a reported clause', () => {
  const mentions = (body: string) => speakers(body).map((s) => s.mention);

  it('credits the outer "he told … that he …" rather than the inner pronoun', () => {
    const body =
      'Tom Vale chairs the ferry board. But he told the Harbor Gazette that he agrees the levy is “a tax on the river.”';
    const [quote] = quotesIn(body).quotes;
    expect(quote!.speaker?.mention?.start).toBe(body.indexOf('he told'));
  });

  it('credits the one who reports a clause with its own verb of saying', () => {
    expect(names('Ada Brook says the mayor will announce an “overhaul” of the pier.')).toEqual(['Ada Brook']);
    expect(
      names('At the fair, Ada Brook said that Tom Vale pleaded for a second slice and “would have traded his hat.”'),
    ).toEqual(['Ada Brook']);
  });

  it('keeps the object asked to speak in an infinitive', () => {
    expect(names('Ada Brook asked the divers to announce an “overhaul” of the pier.')).toEqual(['the divers']);
  });

  it('keeps the speaker of a free relative and of a participle after a noun', () => {
    expect(names('Bidding opened on what Tom Vale described as “a piece of the old pier.”')).toEqual(['Tom Vale']);
    expect(names('The film closes with a shot of Tom Vale saying, “Tomorrow we paint the barn.”')).toEqual([
      'Tom Vale',
    ]);
  });

  it('keeps the inner pronoun after a clause boundary', () => {
    expect(mentions('When Tom Vale announced the levy, he called it “a tax on the river.”')).toEqual(['he']);
  });
});

describe('findQuotes: appositives opened by a possessive determiner', () => {
  it('steps over "his campaign spokeswoman" between a name and its verb', () => {
    expect(names('Quarry, her orchard manager, added that the frost was “the worst in memory.”')).toEqual(['Quarry']);
  });
});

describe('findQuotes: attributions passed on from a source', () => {
  it('credits the source of "“…,” Roe said, according to …"', () => {
    expect(
      names('“The pier will not open this year,” Tom Vale said on Monday, according to the Harbor Gazette.'),
    ).toEqual(['the Harbor Gazette']);
  });

  it('keeps the speaker when "according to" belongs to another clause', () => {
    expect(
      names(
        '“The pier will not open this year,” Tom Vale said. According to the Harbor Gazette, repairs will take a year.',
      )[0],
    ).toBe('Tom Vale');
  });
});

describe('findQuotes: a new statement after a finished quotation', () => {
  it('does not take "Roe said the … called …" after a quotation closed by a full stop', () => {
    const body =
      '“The toll is a headache for the choir,” said Ada Brook, the treasurer.\n\n“I would rather the council paint it green.” Tom Vale said the mayor urged members to wait.';
    expect(names(body).slice(0, 2)).toEqual(['Ada Brook', 'Ada Brook']);
  });

  it('still takes a short sentence of attribution after the quotation', () => {
    expect(
      names('Ada Brook spoke first.\n\n“I would rather the council paint it green.” Tom Vale said on Monday.'),
    ).toEqual(['Tom Vale']);
  });
});

describe('findQuotes: a participle after an attribution tag', () => {
  it('credits the subject of ", Roe said, adding, “…”" rather than the reported clause', () => {
    expect(names('Tom Vale walked out before the cake was cut, Ada Brook said, adding, “Nobody blamed him.”')).toEqual([
      'Ada Brook',
    ]);
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

describe('findQuotes: a verb of saying whose subject is not read', () => {
  it('looks further left for the verb of a clause that reports it', () => {
    expect(names('Ada Brook said the choir kept a motto that said “sing before breakfast.”')).toEqual(['Ada Brook']);
    expect(
      speakers(
        'Two bakeries shut each winter, a pattern that the flour guild predicts will last “until the grain tax ends.”',
      )[0]!.mention,
    ).toBe('the flour guild');
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

describe('findQuotes: an "as" clause after the quotation', () => {
  it('credits ", as Roe suggested after …" at the end of the sentence', () => {
    expect(
      names(
        'The pie contest proves the recipe is more than a “family” secret, as Tom Vale suggested after the tasting.',
      ),
    ).toEqual(['Tom Vale']);
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

describe('findQuotes: "what she called" after a subject named by a title', () => {
  it('credits "The mayor denounced what she called “…”" to the mayor', () => {
    expect(
      speakers('Tom Vale spoke first. The mayor mocked what she called the “half-baked” scheme for the fountain.')[0]!
        .mention,
    ).toBe('The mayor');
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

describe('findQuotes: a statement reported after the last quotation of the sentence before', () => {
  it('credits the nearer "who also said" to the next quotation', () => {
    const body =
      '“The pier is older than any of us,” said Ada Brook, the harbor master, who also said that the board must act. “Nobody will repair it for free.”';
    const [, second] = quotesIn(body).quotes;
    expect(body.slice(second!.speaker!.mention!.start, second!.speaker!.mention!.end)).toBe('who');
    expect(second!.speaker!.name).toBe('Ada Brook');
  });
});

describe('findQuotes: words after a fragment run into the sentence are not its tag', () => {
  it('keeps the speaker before a fragment followed by "until Roe said"', () => {
    expect(names('Tom Vale says he was “sitting on his hands” until Ada Brook said she would fund the mural.')).toEqual(
      ['Tom Vale'],
    );
  });

  it('keeps the speaker before a fragment followed by a clause after a semicolon', () => {
    expect(names('The treasurer calls it her “thrifty habit”; her nephews find it tiresome.')).toEqual([
      'The treasurer',
    ]);
  });

  it('still takes a tag set off by a comma', () => {
    expect(names('The levy is “a tax on the river,” Ada Brook said.')).toEqual(['Ada Brook']);
  });
});
