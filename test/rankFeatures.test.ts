import { describe, expect, it } from 'vitest';
import { ask } from '../src/answer/ask.js';
import { analyzeQuestion } from '../src/answer/question.js';
import { SentenceTerms } from '../src/answer/rankFeatures.js';
import { WEIGHTS, type RankerWeights } from '../src/answer/rankerModel.js';
import { answers, rankQuestion } from '../src/answer/rankSentences.js';
import type { Engine } from '../src/engine/engine.js';
import { termsOf } from '../src/search/analyzer.js';
import { engineOfText } from './helpers/engine.js';

const engineOf = (text: string): Engine => engineOfText(text, 'ferry');

const ferry = engineOf(
  [
    'The Eastmere ferry service was cut last winter after the council lost its funding.',
    '',
    'Police can arrest smugglers when their boats return to the harbour, the harbour master said.',
    'The harbour master, Ada Brisk, has run the port since 2004.',
    '',
    'Storms closed the northern pier for three weeks, and repairs cost the town 2 million dollars.',
  ].join('\n'),
);

const featuresOfTop = (question: string) => rankQuestion(ferry, analyzeQuestion(question)).candidates[0]!.features;

describe('the learned ranker’s features', () => {
  it('credits a question word through a word of related meaning the sentence uses, not as an exact match', () => {
    const f = featuresOfTop('Could officers detain the smugglers?');
    expect(f.relatedShare).toBeGreaterThan(0);
    expect(f.exactShare).toBeGreaterThan(0);
    expect(f.exactShare).toBeLessThan(1);
  });

  it('reads the question’s words found side by side, in order, and close together', () => {
    const f = featuresOfTop('When did the harbour master take over the port?');
    expect(f.pairs).toBeGreaterThan(0);
    expect(f.proximity).toBeGreaterThan(0);
    const reversed = featuresOfTop('When did the master of the harbour take over the port?');
    expect(reversed.pairs).toBe(0);
    expect(reversed.proximity).toBeGreaterThan(0);
  });

  const quay = engineOf(
    [
      'The port was quiet, and the harbour master walked back to the port.',
      'Gulls circled the quay.',
      '',
      'A tug waited offshore.',
    ].join('\n'),
  );
  const featuresOf = (question: string, sentence: string) =>
    rankQuestion(quay, analyzeQuestion(question)).candidates.find((c) => c.text === sentence)!.features;

  it('measures closeness over the shortest stretch holding every question word the sentence has', () => {
    // Terms: port quiet harbour master walk port; "harbour master … port" spans four of them.
    const f = featuresOf('harbour master port', 'The port was quiet, and the harbour master walked back to the port.');
    expect(f.proximity).toBe(3 / 4);
    // Pairs: "harbour master" stands side by side, "master port" does not.
    expect(f.pairs).toBe(1 / 2);
    // A repeated question word counts once: "port quiet harbour" is the shortest stretch.
    const repeated = featuresOf(
      'port harbour port',
      'The port was quiet, and the harbour master walked back to the port.',
    );
    expect(repeated.proximity).toBe(2 / 3);
  });

  it('finds context in the sentences either side within the paragraph, not across its break', () => {
    const quiet = featuresOf(
      'gulls tug harbour',
      'The port was quiet, and the harbour master walked back to the port.',
    );
    // "harbour" is its own, "gulls" is in the next sentence; "tug" is only past the paragraph break.
    expect(quiet.exactShare).toBeLessThan(quiet.contextShare);
    expect(quiet.contextShare).toBeLessThan(1);
    const gulls = featuresOf('gulls tug harbour', 'Gulls circled the quay.');
    expect(gulls.contextShare).toBe(quiet.contextShare);
    const tug = featuresOf('gulls tug harbour', 'A tug waited offshore.');
    expect(tug.contextShare).toBe(tug.exactShare);
  });
});

describe('the learned ranker', () => {
  const station = engineOf(
    [
      'The fighters met officers at the station.',
      '',
      'Police can arrest the fighters at the station.',
      '',
      'Storms closed the northern pier for three weeks.',
    ].join('\n'),
  );
  const question = analyzeQuestion('Can officers arrest the fighters?');

  it('compares each candidate with the best of its question’s candidates', () => {
    const vectors = rankQuestion(station, question).candidates.map((c) => c.features);
    const meaning = vectors.map((v) => v.exactShare + v.relatedShare);
    const best = Math.max(...meaning);
    vectors.forEach((v, i) => expect(v.meaningOfBest).toBeCloseTo(meaning[i]! / best, 9));
    expect(Math.max(...vectors.map((v) => v.contextOfBest))).toBe(1);
  });

  it('prefers the sentence holding more of the question’s meaning where the first stage nearly ties', () => {
    const top = (weights: RankerWeights) => rankQuestion(station, question, weights).candidates[0]!.text;
    expect(top(WEIGHTS)).toBe('Police can arrest the fighters at the station.');
    const firstStageAlone: RankerWeights = { ...WEIGHTS, ranker: { bias: 0, weights: { firstStage: 1 } } };
    expect(top(firstStageAlone)).toBe('The fighters met officers at the station.');
  });
});

describe('answer or refuse', () => {
  it('answers a question put in other words than the article’s', () => {
    expect(ask(ferry, 'Could officers detain the smugglers?')[0]?.text).toMatch(/Police can arrest smugglers/u);
  });

  it('refuses a question on another subject that shares a word with the article', () => {
    expect(ask(ferry, 'Which quarterback threw the winning pass in the Super Bowl final last winter?')).toEqual([]);
  });

  it('decides by the learned weights: without the credit for related words the paraphrase is refused', () => {
    const ranking = rankQuestion(ferry, analyzeQuestion('Could officers detain the smugglers?'));
    expect(answers(ranking)).toBe(true);
    const exactOnly: RankerWeights = {
      ...WEIGHTS,
      decision: { ...WEIGHTS.decision, weights: { ...WEIGHTS.decision.weights, bestMeaning: 0 } },
    };
    expect(answers(ranking, exactOnly)).toBe(false);
  });

  it('asks more of a question that names someone the corpus never mentions', () => {
    const known = rankQuestion(ferry, analyzeQuestion('How long has Ada Brisk run the port?'));
    expect(known.decision.missingName).toBe(0);
    expect(answers(known)).toBe(true);
    const unknown = rankQuestion(ferry, analyzeQuestion('How long has Ada Stone run the port?'));
    expect(unknown.decision.missingName).toBe(1);
    expect(answers(unknown)).toBe(false);
    const nameBlind: RankerWeights = {
      ...WEIGHTS,
      decision: { ...WEIGHTS.decision, weights: { ...WEIGHTS.decision.weights, missingName: 0 } },
    };
    expect(answers(unknown, nameBlind)).toBe(true);
  });

  it('refuses a question most of whose weight is on words the corpus never uses', () => {
    const ranking = rankQuestion(ferry, analyzeQuestion('Which quarterback threw the winning pass last winter?'));
    expect(ranking.decision.unknown).toBeGreaterThan(0.5);
    expect(answers(ranking)).toBe(false);
  });
});

describe('sentence terms kept between questions', () => {
  it('keeps one table per catalog, with the terms a sentence has, its neighbours within its paragraph only', () => {
    const terms = SentenceTerms.of(ferry.catalog);
    expect(SentenceTerms.of(ferry.catalog)).toBe(terms);
    expect(SentenceTerms.of(engineOf('The pier reopens in May.').catalog)).not.toBe(terms);
    const sentences = ferry.catalog.sentences;
    const second = sentences.findIndex((s) => s.doc.body.slice(s.start, s.end).startsWith('Police'));
    expect(terms.of(second)).toEqual(
      termsOf(sentences[second]!.doc.body.slice(sentences[second]!.start, sentences[second]!.end)),
    );
    expect(terms.of(second)).toBe(terms.of(second));
    expect(terms.neighbour(second, 1)).toEqual(terms.of(second + 1));
    // The sentence before opens another paragraph.
    expect(terms.neighbour(second, -1)).toEqual([]);
  });
});
