import { describe, expect, it } from 'vitest';
import { quotesIn, speakersIn as speakers } from './helpers/document.js';

const names = (body: string) => speakers(body).map((s) => s.name);

describe('findQuotes: verbs of saying inside a longer verb phrase', () => {
  it('takes the subject of the verb that governs "to say" ("went on to say", "continued to insist")', () => {
    expect(
      names('Tomas Ruiz opened the meeting.\n\nRuiz went on to say, “The harbour wall will be rebuilt by May.”'),
    ).toEqual(['Tomas Ruiz']);
    expect(names('Ruiz continued to insist that the wall was “perfectly sound.”')).toEqual(['Ruiz']);
  });

  it('does not step over an object that stands before "to say"', () => {
    expect(names('Tomas Ruiz asked the divers to say, “The wall is sound.”')).not.toEqual(['Tomas Ruiz']);
  });
});

describe('findQuotes: clauses opened by a subordinator', () => {
  it('finds the subject after "as" in "as Roe said, “…”"', () => {
    expect(names('The budget was tight. But, as Ines Ferrer said, “Every harbour needs a wall.”')).toEqual([
      'Ines Ferrer',
    ]);
  });

  it('finds the subject after "after" in a clause that introduces the quotation', () => {
    expect(names('The board met again after Ines Ferrer wrote that the wall was “a disgrace.”')).toEqual([
      'Ines Ferrer',
    ]);
  });
});

describe('findQuotes: quotations in a predicate without a verb of saying', () => {
  it('gives a quotation in the predicate to the subject of its sentence', () => {
    expect(names('Ines Ferrer lamented a harbour policy in which boats “simply rot at anchor.”')).toEqual([
      'Ines Ferrer',
    ]);
    expect(names('The harbour board rejected a “wasteful and secret budget.”')).toEqual(['The harbour board']);
  });

  it('does not give a quotation to a subject that stands for a thing or situation', () => {
    expect(names('It was a “wasteful and secret budget” from the start.')).toEqual([null]);
  });

  it('does not take the subject of a headline in capitals run into the sentence', () => {
    expect(
      names('BOARD HAS VOTED — The harbour budget was a “wasteful and secret affair” from the start.'),
    ).not.toContain('BOARD');
  });
});

describe('findQuotes: statements named by a noun and its possessor', () => {
  it('gives a quotation in the complement of "her claim that" to the possessor', () => {
    expect(
      speakers('Ines Ferrer spoke first.\n\nThe council rejected her claim that the old wall “will never fall.”'),
    ).toEqual([{ name: 'Ines Ferrer', role: null, mention: 'her' }]);
  });

  it('gives a quotation after "X’s call for" to X', () => {
    expect(names('The vote followed Tomas Ruiz’s call for a “harbour of the future.”')).toEqual(['Tomas Ruiz']);
  });

  it('does not give a quotation that directly follows the noun to the possessor', () => {
    expect(names('The mayor said that Tomas Ruiz’s remarks “hurt the whole town.”')).toEqual(['The mayor']);
  });
});

describe('findQuotes: fragments in a sentence of their own subject', () => {
  it('gives a fragment to its own sentence’s subject rather than to a neighbouring quotation’s speaker', () => {
    const body =
      '“The wall is safe,” said Tomas Ruiz. Ines Ferrer has gone after the project as a “monument to waste.”';
    expect(names(body)).toEqual(['Tomas Ruiz', 'Ines Ferrer']);
  });
});

describe('findQuotes: clauses joined after the quotation', () => {
  it('keeps the attribution before the quotation when a clause joined by "but" or "though" follows it', () => {
    expect(names('Ines Ferrer said the wall was “perfectly sound,” but Tomas Ruiz said it would fall.')).toEqual([
      'Ines Ferrer',
    ]);
    expect(names('Ines Ferrer said the wall was “perfectly sound,” though Tomas Ruiz noted it was old.')).toEqual([
      'Ines Ferrer',
    ]);
  });
});

describe('findQuotes: attributions set off by commas inside the sentence', () => {
  it('finds ", she said," between the quotation and a trailing participle clause', () => {
    const body =
      '“This is wrong,” Ines Ferrer said. “You let the wall rot” to save money, she said, citing the report on the “broken stones.”';
    expect(speakers(body)[1]).toEqual({ name: 'Ines Ferrer', role: null, mention: 'she' });
  });
});

describe('findQuotes: "put" as a verb of saying', () => {
  it('reads "put" as reporting words only in "put it"', () => {
    const body =
      'Ana Ruiz spoke on Friday.\n\n“It is calm work,” she said, describing how Ines Ferrer puts together her “harbour charts.”';
    expect(speakers(body)[1]).toEqual({ name: 'Ana Ruiz', role: null, mention: 'she' });
    expect(names('The wall is a “monument to waste,” as Ines Ferrer put it.')).toEqual(['Ines Ferrer']);
  });

  it('reads "point" as reporting words only in "point out"', () => {
    expect(names('As Ines Ferrer pointed out in May, “The wall will need repairs every single winter.”')).toEqual([
      'Ines Ferrer',
    ]);
    expect(names('“The wall will need repairs every winter,” Ines Ferrer pointed out.')).toEqual(['Ines Ferrer']);
    expect(
      quotesIn('Ines Ferrer pointed out that the council had drawn the map badly.').quotes.map((q) => q.kind),
    ).toEqual(['reported']);
    expect(quotesIn('Ines Ferrer pointed to the fact that the council had drawn the map badly.').quotes).toEqual([]);
  });
});

describe('findQuotes: ages and possessives in speaker phrases', () => {
  it('reads an age compound as the speaker after an inverted verb and before a verb', () => {
    expect(names('Ines Ferrer spoke. “The wall is fine,” said the 46-year-old. “It will stand.”')).toEqual([
      'the 46-year-old',
      'the 46-year-old',
    ]);
    expect(names('“Who moved my kayak?” the 61-year-old demanded at the jetty.')).toEqual(['the 61-year-old']);
    expect(names('Ines Ferrer spoke. “The wall is fine,” said the 46-year-old teacher.')).toEqual([
      'the 46-year-old teacher',
    ]);
  });

  it('reads a speaker phrase that opens with a possessive pronoun after an inverted verb', () => {
    expect(speakers('“The wall is fine,” added his deputy Tomas Ruiz, speaking to reporters.')[0]!.mention).toBe(
      'Tomas Ruiz',
    );
  });
});

describe('findQuotes: more shapes of the verb of saying', () => {
  it('reads "went on" closing the attribution as carrying on speaking', () => {
    expect(speakers('Tomas Ruiz spoke. “The wall is fine,” he went on.')[0]!.mention).toBe('he');
  });

  it('reads a past tense the tagger takes for an adjective right after its subject', () => {
    expect(names('“The wall is fine,” Tomas Ruiz fumed on Tuesday.')).toEqual(['Tomas Ruiz']);
  });

  it('takes the subject of "be quick to add" and "was prompted to say"', () => {
    expect(names('“No,” said Ines Ferrer. Tomas Ruiz was quick to add, “The wall is fine.”')).toEqual([
      'Ines Ferrer',
      'Tomas Ruiz',
    ]);
    expect(names('“No,” said Ines Ferrer. Tomas Ruiz was prompted to say, “The wall is fine.”')).toEqual([
      'Ines Ferrer',
      'Tomas Ruiz',
    ]);
  });

  it('gives a participle after "upon" or "by" the main clause’s subject, but not one after "for"', () => {
    expect(names('“No,” said Tomas Ruiz. Ines Ferrer, a diver, drew boos upon saying, “The wall is fine.”')).toEqual([
      'Tomas Ruiz',
      'Ines Ferrer',
    ]);
    expect(names('The council scolded Ines Ferrer for saying the wall was “perfectly sound.”')).not.toEqual([
      'The council',
    ]);
  });
});

describe('findQuotes: name labels', () => {
  it('gives a quotation after "Name:" to the name, speaker by speaker', () => {
    expect(names('The two disagreed.\n\nRuiz: “The wall is fine.” Ferrer: “The wall will fall.”')).toEqual([
      'Ruiz',
      'Ferrer',
    ]);
  });

  it('does not read a lower-case phrase before a colon as a label', () => {
    expect(names('The harbour was quiet.\n\nIn short: “a place of rest for the old boats.”')).toEqual([null]);
  });
});

describe('findQuotes: objects are not subjects', () => {
  it('looks past the object of a verb to its subject ("made the following comment:")', () => {
    expect(names('On Monday, Tomas Ruiz made the following comment: “The wall is fine.”')).toEqual(['Tomas Ruiz']);
  });

  it('gives a participle after an object the main clause’s subject ("issued a statement calling …")', () => {
    expect(names('After the meeting, the harbour board issued a statement calling the wall “a disgrace.”')).toEqual([
      'the harbour board',
    ]);
  });

  it('still lets a named object act as the participle’s subject ("shows Roe singing")', () => {
    expect(names('The film shows Tomas Ruiz singing, “The wall is fine.”')).toEqual(['Tomas Ruiz']);
  });
});

describe('findQuotes: time phrases between subject and verb', () => {
  it('steps over "in 2010" between a relative pronoun and its verb of saying', () => {
    expect(speakers('Ines Ferrer met Tomas Ruiz, who in 2010 said the wall was “perfectly sound.”')[0]).toEqual({
      name: 'Tomas Ruiz',
      role: null,
      mention: 'who',
    });
  });
});

describe('findQuotes: adverbs between a closing subject and its verb', () => {
  it('reads "further" in "it further wrote" as an adverb, so the pronoun is the mention', () => {
    const body =
      'The Harbor Gazette covered the vote.\n\n“The mill will reopen in spring,” the Gazette wrote.\n\n“But the wharf will not,” it further wrote.';
    expect(speakers(body)[1]).toEqual({ name: 'the Gazette', role: null, mention: 'it' });
  });
});

describe('findQuotes: an attribution between two quotations', () => {
  it('leaves "She adds, “…”" to the quotation it introduces when the one before has its own attribution', () => {
    const body = 'Ana Ruiz says the wall is “a waste of good stone.” She adds, “Nobody asked the fishermen.”';
    expect(speakers(body).map((s) => s.mention)).toEqual(['Ana Ruiz', 'She']);
  });
});

describe('findQuotes: "what he called" inside a verb phrase', () => {
  it('credits the subject of the governing verb when the pronoun refers back to it', () => {
    expect(
      speakers('Ines Ferrer spoke first. Tomas Ruiz then condemned what he called a “shameful waste of stone.”'),
    ).toEqual([{ name: 'Tomas Ruiz', role: null, mention: 'Tomas Ruiz' }]);
    expect(
      speakers('The Harbour Council met on Monday. It is attacking what it calls “a plot by the mill owners.”')[0]!
        .mention,
    ).toBe('It');
  });

  it('reads a name whose last part is glued on by a hyphen as one subject ("Mun Ja-rok")', () => {
    const [only] = names(
      'President Tomas Ruiz spoke first. Harbour Warden Mun Ja-rok condemned what he called a “reckless raid” on the moorings.',
    );
    expect(only).toMatch(/Mun Ja-rok$/u);
  });

  it('keeps the pronoun when it cannot stand for the subject', () => {
    expect(
      names('Ines Ferrer spoke first. Mr. Tomas Ruiz then condemned what she called a “shameful waste of stone.”'),
    ).toEqual(['Ines Ferrer']);
  });
});

describe('findQuotes: participles of saying', () => {
  it('does not read the phrase after "saying" as its subject, after a quotation or before one', () => {
    expect(
      names('Ana Ruiz gave a long toast to “the old crews,” saying the town owed them “every stone of the quay.”'),
    ).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });

  it('gives a participle opened by "before" or "after" the main subject, not the name just before it', () => {
    expect(names('Ana Ruiz nodded to Tomas Ruiz before telling him, “The boats leave at dawn.”')).toEqual(['Ana Ruiz']);
    expect(names('The film has a clip of Ana Ruiz singing, “The boats leave at dawn.”')).toEqual(['Ana Ruiz']);
  });

  it('gives a participle after a prepositional object that names nobody the subject of its clause', () => {
    const body =
      'The board forced a change in the rules, cutting a clause on night fishing and filling it with gentler text calling for “reasonable caution.”';
    expect(names(body)).toEqual(['The board']);
  });

  it('gives a verb of saying governed by a participle ("going on to say") the main clause\'s subject', () => {
    const body =
      '“Go home,” Tomas Ruiz said.\n\n“The tide is early.” Ana Ruiz paused, going on to say that the ferry has lost “three whole days of crossings this month.”';
    expect(names(body)).toEqual(['Tomas Ruiz', 'Ana Ruiz', 'Ana Ruiz']);
  });

  it('does not read "continue to" governing another verb as a verb of saying', () => {
    expect(names('Ana Ruiz said she is sure Tomas Ruiz will continue to be “the best pilot on the river.”')).toEqual([
      'Ana Ruiz',
    ]);
    expect(names('“We will rebuild,” continued Ana Ruiz.')).toEqual(['Ana Ruiz']);
  });
});

describe('findQuotes: relative pronouns and dashes', () => {
  it('names an organisation by its antecedent when a relative pronoun attributes the quotation', () => {
    expect(
      speakers('The divers asked the Eastport Harbour Department which noted “forty loose buoys” near the pier.'),
    ).toEqual([{ name: 'the Eastport Harbour Department', role: null, mention: 'which' }]);
  });

  it('finds a relative clause set off by dashes, with "which notes" read as pronoun and verb', () => {
    const body =
      'Even so, the ferry audit -- which notes that 12 boats would need work, “costing more than a new pier,” if kept -- should worry the board.';
    expect(speakers(body)).toEqual([{ name: 'the ferry audit', role: null, mention: 'which' }]);
  });

  it.each(['—', '–', '―'])('reads a relative clause set off by %s as by a double hyphen', (dash) => {
    const body = `Even so, the ferry audit ${dash} which notes that 12 boats would need work, “costing more than a new pier,” if kept ${dash} should worry the board.`;
    expect(speakers(body)).toEqual([{ name: 'the ferry audit', role: null, mention: 'which' }]);
  });

  it('gives a participle after a dash-enclosed aside the subject of the main clause', () => {
    const body =
      'Harbour rowers kept asking for the results, circling the quay - where the race had ended - while shouting, “Count the strokes again.”';
    expect(names(body)).toEqual(['Harbour rowers']);
  });
});

describe('findQuotes: a participle clause that opens the sentence', () => {
  it('takes the subject of the main clause after the closing comma', () => {
    expect(speakers('After saying the wall was “too weak to last the winter,” Ana Ruiz left the meeting.')).toEqual([
      { name: 'Ana Ruiz', role: null, mention: 'Ana Ruiz' },
    ]);
    const body =
      'Ana Ruiz fell on the quay.\n\nAfter saying the net was “too torn to mend by Friday,” she went back to the shed.';
    expect(speakers(body)).toEqual([{ name: 'Ana Ruiz', role: null, mention: 'she' }]);
  });
});

describe('findQuotes: quantities and contrasting clauses', () => {
  it('takes a quantity of a group as the whole subject ("most of the rowers")', () => {
    expect(names('Most of the rowers told reporters that the race was “a farce from start to finish.”')).toEqual([
      'Most of the rowers',
    ]);
  });

  it('does not credit a quotation to the speaker of a contrasting "while" clause after it', () => {
    expect(
      names('Most rowers think the plan is “a disaster for the harbour,” while Tomas Ruiz said the old one was worse.'),
    ).not.toContain('Tomas Ruiz');
  });
});

describe('findQuotes: tagger slips around the subject', () => {
  it('reads a name closed by a bracketed label and a comma as the subject ("Roe (D-Ore.), said")', () => {
    expect(names('At the quay on Monday, Gov. Ana Ruiz (D-ME), said, “We are ready to rebuild the wall.”')).toEqual([
      'Ana Ruiz',
    ]);
    expect(names('“We need the wall!” Ana Ruiz (D-Eastport), shouted to the crowd.')).toEqual(['Ana Ruiz']);
    expect(
      speakers('“Hold the line!” Lopez’s cousin, state Rep. Ana Ruiz (D-Eastport), called from the dock.'),
    ).toEqual([{ name: 'Ana Ruiz', role: 'Lopez’s cousin', mention: 'Ana Ruiz' }]);
  });

  it('reads a bare verb of saying tagged as a noun as a verb when an object pronoun follows ("call them")', () => {
    const body = 'When gulls raid the nets, Ana Ruiz and Tomas Ruiz call them “winged thieves” and chase them off.';
    expect(names(body)).toEqual(['Tomas Ruiz']);
  });

  it('reads a verb of saying tagged as a noun after the subject that opens the tag ("the charter states")', () => {
    expect(names('“Every club pays the same fee,” the harbor charter states in its first article.')).toEqual([
      'the harbor charter',
    ]);
    expect(names('"Every club pays the same fee," the Wardens state in their letter, which went out Monday.')).toEqual([
      'Wardens',
    ]);
    expect(names('Roe has been “tough” in his home state.')).toEqual(['Roe']);
  });
});

describe('findQuotes: names split by the tokenizer', () => {
  it('keeps a name whole when an unusual character splits one of its words', () => {
    const [only] = speakers('“The harbour will be defended,” Mayor Jos§e Alvarez said Friday.');
    expect(only!.name).toMatch(/Jos§e Alvarez$/u);
  });
});

describe('findQuotes: a title in quotation marks in the sentence before a quotation', () => {
  it('still lets the named subject of that sentence introduce the quotation after it', () => {
    const body =
      'On “Harbour Hour,” Mayor Ana Ruiz, who once ran the ferry office, named the floods as a cause for alarm. “We cannot wait another winter for the wall.”';
    expect(names(body)).toEqual(['Ana Ruiz']);
  });
});

describe("findQuotes: a verb of saying inside another one's complement", () => {
  it('credits the outer speaker when the inner subject cannot speak', () => {
    const body =
      'Ana Ruiz said in her first speech that the plan should repeat the town’s promise to its “oldest neighbours,” naming the fishermen.';
    expect(names(body)).toEqual(['Ana Ruiz']);
  });

  it('credits the outer speaker when the inner subject is a person too, as news attribution does', () => {
    expect(names('Ana Ruiz said that the harbour master would reiterate his call for “a higher wall.”')).toEqual([
      'Ana Ruiz',
    ]);
  });
});

describe('findQuotes: attributions after the quotation', () => {
  it('does not take the subject of a "when" clause after the quotation as its speaker', () => {
    const body =
      'The film ends with a clip of Ana Ruiz saying at the meeting, “The quay is safe,” when Tomas Ruiz criticized her for the delay.';
    expect(names(body)).toEqual(['Ana Ruiz']);
  });

  it('takes a subject with a prepositional phrase after its head ("a voice in the radio spot asks")', () => {
    expect(speakers('“Who will mend the nets?” a voice in the council’s radio spot asks.')[0]!.mention).toBe(
      'a voice in the council’s radio spot',
    );
  });
});

describe('findQuotes: the passive', () => {
  it('takes a named agent after "by" as the speaker of a passive verb of saying', () => {
    expect(names('“Salt on the Oars” was written by Ana Ruiz during the long winter of 1987.')).toEqual(['Ana Ruiz']);
  });
});
