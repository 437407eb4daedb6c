import { describe, expect, it } from 'vitest';
import { ask } from '../src/answer/ask.js';
import { analyzeQuestion } from '../src/answer/question.js';
import type { Engine } from '../src/engine/engine.js';
import { termOf } from '../src/search/analyzer.js';
import { relatedTerms } from '../src/search/relatedTerms.js';
import { encodeNeighbours, WordNeighbours, wordNeighbours } from '../src/search/wordNeighbours.js';
import { engineOfText } from './helpers/engine.js';

const engineOf = (text: string): Engine => engineOfText(text);

const term = (word: string): string => termOf(word)!;
const neighboursOf = (word: string): string[] =>
  wordNeighbours()
    .of(term(word))
    .map((n) => n.term);

describe('word neighbours', () => {
  it('reads back the table it stores, similarities to within a byte', () => {
    const table = new WordNeighbours(
      encodeNeighbours({
        terms: ['storm', 'gale', 'quay'],
        neighbours: [[[1, 0.8]], [[0, 0.8]], []],
      }),
    );
    expect(table.of('storm')).toEqual([{ term: 'gale', similarity: expect.closeTo(0.8, 2) as number }]);
    expect(table.of('quay')).toEqual([]);
    expect(table.of('lighthouse')).toEqual([]);
  });

  it('holds words of related meaning, closest first', () => {
    expect(neighboursOf('detain')).toContain(term('arrest'));
    expect(neighboursOf('menace')).toContain(term('threat'));
    const similarities = wordNeighbours()
      .of(term('detain'))
      .map((n) => n.similarity);
    expect(similarities).toEqual([...similarities].sort((a, b) => b - a));
  });

  it('relates a question word only to words the corpus uses, and never to the question words themselves', () => {
    const inCorpus = new Set([term('arrest'), term('detain')]);
    const related = relatedTerms([term('detain')], (t) => inCorpus.has(t), 0.6);
    expect([...related.keys()]).toEqual([term('arrest')]);
    expect(related.get(term('arrest'))?.from).toBe(term('detain'));
  });
});

describe('questions in other words', () => {
  // Both sentences hold "harbour" and "storm"; only the second says what "menace" means.
  const harbour = engineOf(
    [
      'The harbour storm drew crowds of tourists to the sea wall on Sunday.',
      '',
      'Skippers said the harbour storm was a serious threat to the moored boats.',
    ].join('\n'),
  );

  it('ranks the sentence that says the question word in other words first', () => {
    const [top] = ask(harbour, 'Was the harbour storm a menace?');
    expect(top?.text).toMatch(/threat/);
  });

  it('does not relate names to other words', () => {
    expect([...analyzeQuestion('Did the storm reach Brighton or the Harbour?').names]).toEqual(
      expect.arrayContaining([term('Brighton'), term('Harbour')]),
    );
  });

  it('refuses a question whose only matches are words of related meaning', () => {
    expect(ask(harbour, 'Is the gale a menace?')).toEqual([]);
  });

  it('refuses an off-topic question whose words have neighbours in the article', () => {
    const weather = engineOf(
      'Fishermen stayed ashore as the gale battered the coast. The coastguard rescued two sailors near the pier.',
    );
    expect(ask(weather, 'Which quarterback threw the winning touchdown in the final game?')).toEqual([]);
    expect(ask(weather, 'How long should bread dough rise before baking?')).toEqual([]);
  });
});
