import { describe, expect, it } from 'vitest';
import { quotesIn, speakersIn as speakers, speakerNamesIn as names } from './helpers/document.js';

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

describe('findQuotes: an "as" clause after the quotation', () => {
  it('credits ", as Roe suggested after …" at the end of the sentence', () => {
    expect(
      names(
        'The pie contest proves the recipe is more than a “family” secret, as Tom Vale suggested after the tasting.',
      ),
    ).toEqual(['Tom Vale']);
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
