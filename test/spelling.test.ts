import { describe, expect, it } from 'vitest';
import { ask } from '../src/answer/ask.js';
import { analyzeQuestion } from '../src/answer/question.js';
import { spellingCorrected } from '../src/answer/spelling.js';
import type { Engine } from '../src/engine/engine.js';
import { termOf } from '../src/search/analyzer.js';
import { engineOfText } from './helpers/engine.js';

const engineOf = (text: string): Engine => engineOfText(text);

const harbour = engineOf(
  [
    'The Eastmere library holds the harbour records from 1871.',
    '',
    'Its librarian, Agnes Whitcombe, catalogued the records of the lighthouse.',
    '',
    'A storm wrecked the packet boat Marigold in front of the lighthouse in 1903.',
  ].join('\n'),
);
const corrected = (question: string) => spellingCorrected(harbour, analyzeQuestion(question));

describe('spelling', () => {
  it.each([
    ['Who catalouged the records?', 'catalogued'],
    ['Where are the harbour recrds kept?', 'records'],
    ['Which libary holds the records?', 'library'],
    ['What was wrecked in fornt of the lighthouse?', 'front'],
    ['What did the librarrian catalogue?', 'librarian'],
    ['WHO CATALOUGED THE RECORDS?', 'catalogued'],
  ])('reads %j as spelt with %j', (question, word) => {
    expect(corrected(question).search.split(' ')).toContain(word);
    expect(corrected(question).terms).toContain(termOf(word));
  });

  it('leaves words the corpus uses, common English words and short words as typed', () => {
    for (const question of ['Who catalogued the records?', 'Which font holds the records?', 'Who wrote the recs?']) {
      const q = analyzeQuestion(question);
      expect(spellingCorrected(harbour, q)).toBe(q);
    }
  });

  it('keeps a misspelt name a name under its corpus spelling', () => {
    const q = corrected('When did a storm wreck the Marigodl?');
    expect([...q.names]).toEqual([termOf('marigold')]);
    expect(q.words.has('marigold') && !q.words.has('marigodl')).toBe(true);
  });

  it('answers a misspelt question as it answers it spelt right', () => {
    const plain = ask(harbour, 'Who catalogued the records of the lighthouse?');
    expect(plain[0]?.text).toBe('Its librarian, Agnes Whitcombe, catalogued the records of the lighthouse.');
    expect(ask(harbour, 'Who catalouged the recrds of the lighthouse?')).toEqual(plain);
  });

  it('reads the corrected question again, so that it asks for what the word as meant asks for', () => {
    const typo = corrected('Which librarrian catalogued the records?');
    const spelt = analyzeQuestion('Which librarian catalogued the records?');
    expect(typo.head).toBe(termOf('librarian'));
    expect({ ...typo, text: spelt.text }).toEqual(spelt);
    expect(typo.text).toBe('Which librarrian catalogued the records?');
  });

  it('corrects to the spelling the corpus uses most when two spellings share a search term', () => {
    const port = engineOf(
      [
        'The harbour conference opened in the town hall.',
        '',
        'A second conference met in the lighthouse.',
        '',
        'A conferance flyer was found on the quay.',
      ].join('\n'),
    );
    expect(termOf('conference')).toBe(termOf('conferance'));
    const q = spellingCorrected(port, analyzeQuestion('Where did the second confernce meet?'));
    expect(q.search.split(' ')).toContain('conference');
    expect(q.words.has('conference')).toBe(true);
  });

  it('reads a misspelt past form of an irregular verb as that verb', () => {
    const keeper = engineOf('Agnes Whitcombe bought the lighthouse in 1911.\n\nShe lost one boxing bout.');
    expect(termOf('bought')).toBe(termOf('buy'));
    // "bougt" is one edit from "bought" and from "bout", both used once.
    const q = spellingCorrected(keeper, analyzeQuestion('Who bougt the lighthouse?'));
    expect(q.terms).toContain(termOf('buy'));
    expect(ask(keeper, 'Who bougt the lighthouse?')).toEqual(ask(keeper, 'Who bought the lighthouse?'));
  });

  it('reads a word one edit from none the corpus uses as the common English word it is one edit from', () => {
    // A stop word, which then weighs nothing, and a word that words of related meaning stand in for.
    expect(corrected('Did the librarian catalogue the records hersself?').terms).toEqual(
      analyzeQuestion('Did the librarian catalogue the records herself?').terms,
    );
    expect(corrected('Were there casuallties in the storm?').search.split(' ')).toContain('casualties');
    // A name is no misspelt common word: "Baran" is not read as "baron".
    expect(corrected('Did Baran visit the lighthouse?').search.split(' ')).toContain('baran');
  });

  it('takes of two words one edit away the one that stands beside the question’s other words', () => {
    const town = engineOf(
      [
        'The region exported wool.',
        '',
        'The northern region flooded in spring.',
        '',
        'Each region elected a mayor.',
        '',
        'The wars of religion divided the town for a decade.',
      ].join('\n'),
    );
    // "reigion" is one edit from "region", used three times, and from "religion", used once, beside "wars".
    const q = spellingCorrected(town, analyzeQuestion('How long did the wars of reigion last?'));
    expect(q.search.split(' ')).toContain('religion');
    expect(spellingCorrected(town, analyzeQuestion('Which reigion flooded?')).search.split(' ')).toContain('region');
  });
});
