import type { SearchOptions, SearchResult } from 'minisearch';
import type { SentenceEntry } from '../search/catalog.js';
import { BOOST, SENTENCE_BM25 } from '../search/searchIndex.js';
import { hasAnswerType } from './answerTypes.js';
import type { Engine } from './engine.js';
import { analyzeQuestion, type Question } from './question.js';
import type { Result } from './types.js';
import { whoSaid } from './whoSaid.js';

export interface AskOptions {
  /** Most results to return. Default 5. */
  limit?: number;
}

/** How much of a question's weight (by term rarity) a passage must contain to count as an answer. */
const MIN_COVERAGE = 0.5;
/** Results scoring below this share of the best one are dropped: they answer something else. */
const MIN_RELATIVE_SCORE = 0.35;
/** Weight of the paragraph's score in a sentence's score: context for sentences that say "he" or "it". */
const PARAGRAPH_WEIGHT = 0.4;
/** Bonus for a sentence that holds the kind of thing the question asks for (a number for "how many"). */
const ANSWER_TYPE_BONUS = 0.2;
/** Sentence matches considered, and paragraphs whose every sentence is considered. */
const SENTENCE_CANDIDATES = 60;
const PARAGRAPH_CANDIDATES = 5;

const searchOptions: SearchOptions = {
  boost: BOOST,
  bm25: SENTENCE_BM25,
  combineWith: 'OR',
  // Misspellings: one edit per five letters. Prefixes only for longer words, so "war" does not match "warn".
  fuzzy: (term: string) => (term.length >= 5 ? 0.2 : false),
  prefix: (term: string) => term.length >= 5,
};

/**
 * The passages of the corpus that best answer a question, best first. Each result is a
 * sentence, scored by its own match, its paragraph's match and whether it holds the
 * kind of answer asked for. A question the corpus does not answer (too little of its
 * weight found in any passage) gets no results. "Who said …" questions go to {@link whoSaid}.
 */
export function ask(engine: Engine, question: string, options: AskOptions = {}): Result[] {
  const limit = options.limit ?? 5;
  const q = analyzeQuestion(question);
  if (q.whoSaid !== null) return whoSaid(engine, q.whoSaid, { limit });
  if (q.terms.length === 0) return [];
  const { index, catalog } = engine;

  const sentenceHits = index.sentences.search(q.text, searchOptions).slice(0, SENTENCE_CANDIDATES);
  const paragraphHits = index.paragraphs.search(q.text, searchOptions);
  const sentences = new Map<number, SearchResult | null>(sentenceHits.map((hit) => [hit.id as number, hit]));
  const paragraphs = new Map<number, SearchResult>(paragraphHits.map((hit) => [hit.id as number, hit]));
  // Sentences of the best paragraphs compete too: the answer may sit beside the matching words.
  for (const hit of paragraphHits.slice(0, PARAGRAPH_CANDIDATES)) {
    for (const id of catalog.paragraphs[hit.id as number]!.sentences) if (!sentences.has(id)) sentences.set(id, null);
  }
  const topSentence = sentenceHits[0]?.score ?? 1;
  const topParagraph = paragraphHits[0]?.score ?? 1;
  const coverage = coverageOf(engine, q);

  const scored: { entry: SentenceEntry; score: number; coverage: number }[] = [];
  for (const [id, hit] of sentences) {
    const entry = catalog.sentences[id]!;
    const paragraphHit = paragraphs.get(entry.paragraphId);
    const own = (hit?.score ?? 0) / topSentence;
    const context = (paragraphHit?.score ?? 0) / topParagraph;
    const bonus = hasAnswerType(entry, q.answerType) ? ANSWER_TYPE_BONUS : 0;
    scored.push({ entry, score: (1 - PARAGRAPH_WEIGHT) * own + PARAGRAPH_WEIGHT * context + bonus, coverage: coverage(hit, paragraphHit) });
  }
  if (!scored.some((r) => r.coverage >= MIN_COVERAGE)) return [];
  scored.sort((a, b) => b.score - a.score || a.entry.doc.id.localeCompare(b.entry.doc.id) || a.entry.start - b.entry.start);
  const best = scored[0]!.score;
  return scored
    .filter((r) => r.score >= best * MIN_RELATIVE_SCORE && r.coverage > 0)
    .slice(0, limit)
    .map((r) => toResult(r.entry, r.score));
}

function toResult(entry: SentenceEntry, score: number): Result {
  return {
    doc: entry.doc.id,
    paragraph: entry.paragraph,
    start: entry.start,
    end: entry.end,
    text: entry.doc.body.slice(entry.start, entry.end),
    score: Math.round(score * 1000) / 1000,
    speaker: entry.quote?.speaker ?? null,
  };
}

/**
 * Share of the question's weight found, as exact terms, in a sentence or its paragraph.
 * Each term weighs by rarity (inverse sentence frequency), and a word the corpus never
 * uses weighs most: "What is the capital of France?" finds nothing in an article that
 * never mentions France, however well "capital" might match.
 */
function coverageOf(engine: Engine, q: Question): (...hits: (SearchResult | null | undefined)[]) => number {
  const n = engine.catalog.sentences.length;
  const weights = q.terms.map((t) => Math.log(1 + n / ((engine.index.sentenceFrequency.get(t) ?? 0) + 0.5)));
  const total = weights.reduce((a, b) => a + b, 0);
  return (...hits) => {
    let found = 0;
    q.terms.forEach((t, i) => {
      if (hits.some((hit) => hit?.match[t] !== undefined)) found += weights[i]!;
    });
    return total > 0 ? found / total : 0;
  };
}
