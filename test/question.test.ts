import { describe, expect, it } from 'vitest';
import { answerSpans } from '../src/answer/answerTypes.js';
import { analyzeQuestion } from '../src/answer/question.js';

const spansOf = (sentence: string, question: string): string[] =>
  answerSpans(sentence, analyzeQuestion(question)).map((s) => sentence.slice(s.start, s.end));

describe('question analysis', () => {
  it.each([
    ['How many bridges cross the river?', 'number'],
    ['What percentage of voters turned out?', 'number'],
    ['When did the mill close?', 'date'],
    ['In what year was the library opened?', 'date'],
    ['Who designed the lighthouse?', 'person'],
    ['Which architect drew the plans?', 'person'],
    ['Where did the ferry sink?', 'place'],
    ['Which city hosted the fair?', 'place'],
    ['Which newspaper printed the letter first?', 'name'],
    ['Why did the mill close?', null],
  ])('reads %j as asking for a %s', (question, type) => {
    expect(analyzeQuestion(question).answerType).toBe(type);
  });

  it('drops wh-words and kind nouns from the search terms', () => {
    const q = analyzeQuestion('In what year was the library opened?');
    expect(q.search).not.toMatch(/\b(?:what|year)\b/u);
    expect(q.search).toMatch(/library/u);
  });

  it('keeps the quoted words of a who-said question', () => {
    expect(analyzeQuestion('Who said "the tide is turning"?').whoSaid).toBe('the tide is turning');
  });
});

describe('answer spans', () => {
  it('finds quantities but not a year standing alone', () => {
    expect(spansOf('In 1918 the mill employed 450 workers.', 'How many workers did the mill employ?')).toEqual(['450']);
    expect(spansOf('The mill was sold in 1918.', 'How many workers did the mill employ?')).toEqual([]);
  });

  it('finds dates the question does not already name', () => {
    expect(spansOf('The bridge opened in March 1931.', 'When did the bridge open?')).toContain('March');
    expect(spansOf('The bridge of 1931 opened.', 'When did the 1931 bridge open?')).toEqual([]);
  });

  it('finds a person by two capitalized words or a title, not a building', () => {
    expect(spansOf('The plans were drawn by Agnes Whitcombe.', 'Who drew the plans?')).toEqual(['Agnes Whitcombe']);
    expect(spansOf('The plans were drawn by Dr. Whitcombe.', 'Who drew the plans?')).toEqual(['Dr. Whitcombe']);
    expect(spansOf('The plans hang in the Harbour Building.', 'Who drew the plans?')).toEqual([]);
  });

  it('finds a place after a locative preposition', () => {
    expect(spansOf('The ferry sank near Port Ellery.', 'Where did the ferry sink?')).toEqual(['Port Ellery']);
  });
});
