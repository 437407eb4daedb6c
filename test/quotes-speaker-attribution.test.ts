import { describe, expect, it } from 'vitest';
import { speakersIn as speakers, speakerNamesIn as names } from './helpers/document.js';

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
    expect(
      names('“The bridge will open in the spring,” said Maria Lopez. “We will hold a party on the first day.”'),
    ).toEqual(['Maria Lopez', 'Maria Lopez']);
  });

  it('finds a speaker named in a short sentence after the quotation', () => {
    expect(names('“We are ahead of schedule.” Maria Lopez said.')).toEqual(['Maria Lopez']);
  });

  it('steps over a relative clause between the speaker and the verb', () => {
    expect(names('Maria Lopez, who has led the project since 2019, said the bridge would open in May.')).toEqual([
      'Maria Lopez',
    ]);
  });
});

describe('findQuotes: organisations and groups', () => {
  it('names two organisations reporting together as one speaker', () => {
    expect(
      speakers(
        'The World Health Organization and the Kenyan government are warning that the outbreak could spread to neighbouring regions.',
      ),
    ).toEqual([
      {
        name: 'The World Health Organization and the Kenyan government',
        role: null,
        mention: 'The World Health Organization and the Kenyan government',
      },
    ]);
  });

  it('names a council by the phrase the text uses', () => {
    expect(names('The city council estimates that about 4,000 people will cross the bridge every day.')).toEqual([
      'The city council',
    ]);
  });

  it('names a ministry that "says that"', () => {
    expect(names('The Kenyan health ministry says that 300 new cases were recorded last week.')).toEqual([
      'The Kenyan health ministry',
    ]);
  });

  it('names a plural group with a present-tense verb read as a noun', () => {
    expect(names('Officials estimate the repairs will take a week.')).toEqual(['Officials']);
  });

  it('names an organisation that speaks in a statement', () => {
    expect(names('“The water is safe to drink,” the Harbour Institute said in a statement.')).toEqual([
      'the Harbour Institute',
    ]);
  });
});

describe('findQuotes: titles and roles', () => {
  it('splits a title before the name into the role', () => {
    expect(
      speakers('“We will reopen the road as soon as the debris is cleared,” said Police Chief Anna Berg.'),
    ).toEqual([{ name: 'Anna Berg', role: 'Police Chief', mention: 'Anna Berg' }]);
  });

  it('keeps an appositive after the name as the role', () => {
    expect(
      speakers('Tom Reyes, director of the Harbour Institute, said the water level had risen by a metre.'),
    ).toEqual([{ name: 'Tom Reyes', role: 'director of the Harbour Institute', mention: 'Tom Reyes' }]);
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
    expect(
      speakers('Unlike Tom Reyes, the mayor will stay in town.\n\n“The water is still rising,” Reyes said.'),
    ).toEqual([{ name: 'Tom Reyes', role: null, mention: 'Reyes' }]);
  });

  it('does not take the clause after "according to X," for a role', () => {
    expect(speakers('According to Maria Lopez, the bridge will open in the spring.')).toEqual([
      { name: 'Maria Lopez', role: null, mention: 'Maria Lopez' },
    ]);
  });

  it('keeps the appositive of "according to X, role," as the role', () => {
    expect(
      speakers('According to Tom Reyes, director of the Harbour Institute, the water rose by a metre overnight.'),
    ).toEqual([{ name: 'Tom Reyes', role: 'director of the Harbour Institute', mention: 'Tom Reyes' }]);
  });
});

describe('findQuotes: a name set off as a label before a colon', () => {
  it('credits the name after a dash, not the subject of the words before it', () => {
    expect(names('Harbor crews agree on the repairs - Rosa Quill: “Every boat is back in the water.”')).toEqual([
      'Rosa Quill',
    ]);
  });
});
