import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/quotes/words/tokens.js';
import { speakersIn as speakers } from './helpers/document.js';

const tagOf = (text: string, word: string): string | undefined => tokenize(text).find((t) => t.text === word)?.pos;

describe('tokenize: a capitalized word that opens the text', () => {
  it('reads a text whose first word is an adverb before a verb of saying', () => {
    expect(() => tokenize('So said the harbor master: “The tide waits for no one.”')).not.toThrow();
    expect(tagOf('So said the harbor master.', 'So')).toBe('ADV');
  });

  it('finds the quotes of an article that opens that way', () => {
    expect(() => speakers('So said the harbor master: “The tide waits for no one.”')).not.toThrow();
  });
});

describe('tokenize: a verb of saying the tagger reads as a noun or an adjective', () => {
  it('is a verb after the comma that closes its subject’s insertion, before "that"', () => {
    expect(tagOf('Nell Haraway, a boatbuilder in Eastport, notes that the yard is busy.', 'notes')).toBe('VERB');
    expect(tagOf('The statement, issued on Friday, alleged that the board had lied.', 'alleged')).toBe('VERB');
  });

  it('is a verb after a relative pronoun, before a quotation', () => {
    expect(tagOf('The board published a review, which notes, “Three piers need new pilings.”', 'notes')).toBe('VERB');
  });

  it('stays a noun after a possessive or a determiner, or before a relative clause', () => {
    expect(tagOf('Her claims that the board lied were never proven.', 'claims')).toBe('NOUN');
    expect(tagOf('He regrets those remarks that he made in May.', 'remarks')).toBe('NOUN');
    expect(tagOf('The mayor stood by his words, remarks that were later deleted.', 'remarks')).toBe('NOUN');
  });
});

describe('findQuotes: the speaker of a verb of saying read as a noun', () => {
  const names = (body: string) => speakers(body).map((s) => s.name);

  it('is the subject set off before it', () => {
    expect(
      names(
        'Nell Haraway, a boatbuilder in Eastport who has bid on the contract, notes that winning it would be “a lifeline for the yard,” as Mayor Ben Doe has said.',
      ),
    ).toEqual(['Nell Haraway']);
    expect(
      names('Pruitt, who fished the bay for forty years, claims that the rules were “written by landlubbers.”'),
    ).toEqual(['Pruitt']);
  });

  it('is a document whose insertion ends before the verb', () => {
    expect(
      names(
        'The statement, issued late on Friday by the ferry company, alleged that the harbor board had “ignored every warning.”',
      ),
    ).toEqual(['The statement']);
  });
});

describe('tokenize: a first name the tagger reads as a verb', () => {
  it('is a name before a surname and a description set off by a comma', () => {
    expect(tagOf('The ferry sailed late. Hope Tarrant, a spokeswoman, said so.', 'Hope')).toBe('PROPN');
    expect(tagOf('Grant Mallory, who runs the yard, said so.', 'Grant')).toBe('PROPN');
  });

  it('is a name after a title whose period the tagger split off', () => {
    expect(tagOf('Sens. Ted Marlow and Jo Doe voted.', 'Ted')).toBe('PROPN');
  });

  it('stays a verb in an imperative or an inverted clause', () => {
    expect(tagOf('Thank God, I said.', 'Thank')).toBe('VERB');
    expect(tagOf('Said Doe, a captain: “Go.”', 'Said')).toBe('VERB');
    expect(tagOf('Had Doe won the vote, the yard would close.', 'Had')).toBe('AUX');
  });
});

describe('findQuotes: a speaker whose first name the tagger reads as a verb', () => {
  const names = (body: string) => speakers(body).map((s) => s.name);

  it('is named in full', () => {
    expect(
      names(
        'The ferry sailed late. Hope Tarrant, a spokeswoman for the harbor board, said the delay was “regrettable but safe.”',
      ),
    ).toEqual(['Hope Tarrant']);
    expect(names('The ferry sailed late. Rob Dunmore apparently thinks “the tide tables were wrong.”')).toEqual([
      'Rob Dunmore',
    ]);
  });

  it('is found through an insertion set off by commas', () => {
    expect(
      names(
        'The ferry sailed late. Josh Marlow, when asked about the delay at the pier, replied that it was “nobody’s fault.”',
      ),
    ).toEqual(['Josh Marlow']);
  });
});

describe('tokenize: a participle or a past tense of saying read as a noun or an adjective', () => {
  it('is a verb after a pronoun that can only be a subject', () => {
    expect(tagOf('She also referenced the “harbor clause” in her letter.', 'referenced')).toBe('VERB');
  });

  it('is a participle after a comma, before "that"', () => {
    expect(tagOf('The board approved the plan, warning that costs could rise.', 'warning')).toBe('VERB');
  });

  it('stays a noun after a determiner inside a sentence', () => {
    expect(tagOf('The mayor said there was “some reporting” on the ferry.', 'reporting')).toBe('NOUN');
  });
});

describe('findQuotes: the speaker of a verb read as an adjective after its subject', () => {
  it('is that subject', () => {
    const found = speakers(
      '“We will rebuild,” said Ada Quill, the harbor master. She also referenced the “harbor clause” in the lease.',
    );
    expect(found[1]).toEqual({ name: 'Ada Quill', role: 'the harbor master', mention: 'She' });
  });
});
