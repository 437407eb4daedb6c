import { describe, expect, it } from 'vitest';
import { quotesIn, speakersIn as speakers, speakerNamesIn as names } from './helpers/document.js';

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

describe('findQuotes: a headline is not what a pronoun refers back to', () => {
  const headline = 'Brisk’s Final Column Explains Why She Sees Hope In The Pier';
  const story =
    'Harbour champion Ada Brisk, who died Monday at the age of 92, used her final column to link the old ' +
    'harbour with the new pier she regards as the town’s best hope.\n\n' +
    '“The pier will outlast us all,” she wrote, recalling the storm of 1985.';

  it('gives "she wrote" the woman the story names, not a capitalized phrase of the title-case headline', () => {
    expect(names(`${headline}.\n\n${story}`)).toEqual(['Ada Brisk']);
  });

  it('still names a speaker the headline names in full and the story by surname', () => {
    const body =
      'Ada Brisk Says The Harbour Pier Will Outlast Us All\n\n“The pier will outlast us all,” Brisk said on Monday.';
    const said = quotesIn(body).quotes.find((q) => q.kind === 'direct');
    expect(said?.speaker?.name).toBe('Ada Brisk');
  });
});
