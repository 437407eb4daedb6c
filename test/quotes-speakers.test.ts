import { describe, expect, it } from 'vitest';
import { quotesIn, speakersIn as speakers } from './helpers/document.js';

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

describe('findQuotes: pronouns', () => {
  it('resolves "she added" to the woman named before it, with the pronoun as mention', () => {
    expect(
      speakers(
        'Maria Lopez spoke at the ceremony on Friday.\n\n“We are proud of every worker on this project,” she added.',
      ),
    ).toEqual([{ name: 'Maria Lopez', role: null, mention: 'she' }]);
  });

  it('resolves "he said" to the man named before it', () => {
    expect(
      names(
        'Daniel Okafor runs the ferry company.\n\n“The ferries will keep running until the bridge opens,” he said.',
      ),
    ).toEqual(['Daniel Okafor']);
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
    const body =
      'Mr. Okafor runs the ferry company. Mr. Reyes runs the harbour.\n\n“The ferries will keep running,” he said.';
    expect(names(body)).toEqual(['Reyes']);
  });

  it('skips a nearer person of the other gender', () => {
    const body =
      'Ms. Lopez leads the bridge project. Mr. Okafor runs the ferry company.\n\n“The bridge is the future of this town,” she said.';
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

  it('resolves "she said" to the one name before it even when nothing marks that name as a person', () => {
    expect(
      speakers('Mara Quill chairs the cooperative.\n\n“We planted these pears for our grandchildren,” she said.'),
    ).toEqual([{ name: 'Mara Quill', role: null, mention: 'she' }]);
  });

  it('leaves the speaker unknown, never named by a pronoun, when a pronoun has nobody to refer to', () => {
    const { quotes } = quotesIn(
      'The orchard opened in May.\n\n“We planted these pears,” she said. “They will be ready in ten years,” I said.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual([null, null]);
  });

  it('does not take a gender from pronouns that split between two people sharing a surname', () => {
    const body =
      'Tom Vale drove the truck. Nina Vale rode beside her son. Vale parked, and he locked the doors. Vale then waved, and he left.\n\n“Stay inside,” she says.';
    expect(names(body)).toEqual(['Nina Vale']);
  });

  it('resolves "they" to a named subject that is not known to be a person, but never to a person', () => {
    const claim =
      'looked into the rumour. On May 3 they released their verdict by announcing that the rumour was “plainly false.”';
    expect(speakers(`Factwatch ${claim}`)).toEqual([{ name: 'Factwatch', role: null, mention: 'they' }]);
    expect(names(`Ana Ruiz ${claim}`)).toEqual([null]);
  });

  it('resolves "it said" to the organisation named before it', () => {
    const [only] = names('The Harbour Institute tested the water on Monday. “The water is safe to drink,” it said.');
    expect(only).toMatch(/Harbour Institute$/u);
  });
});

describe('findQuotes: quotations that carry on', () => {
  it('gives an unattributed quotation paragraph to the speaker of the paragraph before', () => {
    const body =
      '“The bridge will open in the spring,” said Maria Lopez.\n\n“Every crew worked through the winter to make that possible.”';
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
    expect(
      speakers('Maria Lopez praised the workers.\n\n“They finished the deck two weeks early,” Lopez added.'),
    ).toEqual([{ name: 'Maria Lopez', role: null, mention: 'Lopez' }]);
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

describe('findQuotes: a statement put out in the sentence before', () => {
  it('credits the one who issued a statement with the quotation opening the next paragraph', () => {
    const lead = 'At the request of the mayor, the club issued a statement apologizing to crews for the delay';
    expect(names(`${lead}.\n\n“On behalf of the club, we welcome every rower.”`)).toEqual(['the club']);
    expect(
      names(`${lead.replace('a statement', 'a permit')}.\n\n“On behalf of the club, we welcome every rower.”`),
    ).toEqual([null]);
  });
});

describe('findQuotes: the nearest named person when no rule attributes a quotation', () => {
  it('credits the person named in the sentence before, in the same paragraph', () => {
    expect(names('Rosa Quill stood on the pier at dawn with her crew. “Every boat is back in the water.”')).toEqual([
      'Rosa Quill',
    ]);
  });

  it('prefers the person named in the quotation’s own sentence', () => {
    expect(names('Rosa Quill stood on the pier. Then, beside Omar Tell, “every boat is back in the water.”')).toEqual([
      'Omar Tell',
    ]);
  });

  it('takes the person named last in the sentence before', () => {
    expect(
      names('Rosa Quill stood on the pier. The crowd cheered for Omar Tell. “Every boat is back in the water.”'),
    ).toEqual(['Omar Tell']);
  });

  it('does not take a place or an organisation for the speaker', () => {
    expect(
      names(
        'The storm hit the coast near Port Ellis and the Harbor Board closed the docks. “Every boat is back in the water.”',
      ),
    ).toEqual([null]);
  });

  it('looks after a quotation of several sentences in the sentence it closes in', () => {
    expect(
      names(
        'The storm passed. “The docks are closed. Every boat is back,” Rosa Quill, who is chairman of the Harbor Fund said.',
      ),
    ).toEqual(['Rosa Quill']);
  });

  it('does not reach into the previous paragraph', () => {
    expect(names('Rosa Quill stood on the pier at dawn.\n\n“Every boat is back in the water.”')).toEqual([null]);
  });
});

describe('findQuotes: a name set off as a label before a colon', () => {
  it('credits the name after a dash, not the subject of the words before it', () => {
    expect(names('Harbor crews agree on the repairs - Rosa Quill: “Every boat is back in the water.”')).toEqual([
      'Rosa Quill',
    ]);
  });
});
