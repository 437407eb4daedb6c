import { describe, expect, it } from 'vitest';
import { articleSummary, questionsByArticle, type ArticleScore } from '../scripts/evalArticles.js';

const score = (doc: string, hit1: number, hit3: number, noResults: number): ArticleScore => ({
  doc,
  questions: 10,
  hit1,
  hit3,
  noResults,
  topLengthMedian: 150,
  verbatimViolations: 0,
});

describe('evaluation article by article', () => {
  it('groups questions by the article they are about, and names a question that says none', () => {
    const lines = ['{"id":"a","doc":"harbour"}', '{"id":"b","doc":"ferry"}', '{"id":"c","doc":"harbour"}'];
    expect([...questionsByArticle(lines)]).toEqual([
      ['harbour', [lines[0], lines[2]]],
      ['ferry', [lines[1]]],
    ]);
    expect(() => questionsByArticle(['{"id":"d"}'])).toThrow(/no "doc".*"id":"d"/u);
  });

  it('reports each article, their mean and their worst, and the questions refused in all', () => {
    const scores = [score('harbour', 0.8, 0.9, 1), score('ferry', 0.6, 1, 2)];
    expect(JSON.parse(articleSummary(scores, true))).toMatchObject({
      mean: { hit1: 0.7, hit3: 0.95 },
      worst: { hit1: 0.6, hit3: 0.9 },
      questions: 20,
      noResults: 3,
    });
    const text = articleSummary(scores, false);
    expect(text).toMatch(/^mean +70\.0% +95\.0%$/mu);
    expect(text).toMatch(/^worst +60\.0% +90\.0%$/mu);
    expect(text).toContain('no results           3 of 20');
  });
});
