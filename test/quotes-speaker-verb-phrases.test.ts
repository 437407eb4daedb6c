import { describe, expect, it } from 'vitest';
import { quotesIn, speakersIn as speakers, speakerNamesIn as names } from './helpers/document.js';

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

describe('findQuotes: the passive', () => {
  it('takes a named agent after "by" as the speaker of a passive verb of saying', () => {
    expect(names('“Salt on the Oars” was written by Ana Ruiz during the long winter of 1987.')).toEqual(['Ana Ruiz']);
  });
});
