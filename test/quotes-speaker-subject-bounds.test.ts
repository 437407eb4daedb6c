import { describe, expect, it } from 'vitest';
import { speakersIn as speakers, speakerNamesIn as names } from './helpers/document.js';

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
