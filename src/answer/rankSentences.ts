import type { SearchOptions, SearchResult } from 'minisearch';
import type { SentenceEntry } from '../search/catalog.js';
import { BOOST, misspellings, SENTENCE_BM25 } from '../search/searchIndex.js';
import { answerSpans, carriesHead } from './expectedAnswers.js';
import { paragraphScores, type ParagraphMatch } from './paragraphContext.js';
import type { Engine } from '../engine/engine.js';
import type { Question } from './question.js';

/** Weight of the paragraph's match in a sentence's score: context for sentences that say "he" or "it". */
const PARAGRAPH_WEIGHT = 0.4;
/** Weight of the previous sentence's match: "It was founded in 1986" answers a question about what the sentence before names. */
const PREVIOUS_WEIGHT = 0.1;
/**
 * A sentence that opens with a pronoun or a demonstrative ("It was built in 1911", "This
 * mural is known as …") names its subject in the sentence before, whose match then counts
 * this much more, on top of {@link PREVIOUS_WEIGHT}.
 */
const ANAPHOR_WEIGHT = 0.15;
const ANAPHORIC_START = /^\W*(?:it|its|he|his|she|her|they|their|them|this|these|that|those)\b/iu;
/** Bonus for a sentence that holds a new answer of the kind the question asks for (a number for "how many"). */
const ANSWER_TYPE_BONUS = 0.2;
/**
 * Further bonus when that answer carries the question's head noun: "Which hall …?" is
 * best answered by a sentence naming "Hartley Hall", "How many ferries …?" by "12 ferries".
 */
const HEAD_BONUS = 0.2;
/**
 * Each query term is boosted by its rarity raised to this power, on top of BM25's own
 * idf: a question's rare words ("Hesburgh") say what it is about, its common ones
 * ("university") mostly how it is phrased.
 */
const RARITY_EXPONENT = 0.5;
/** Sentence matches considered, and paragraphs whose every sentence is considered. */
const SENTENCE_CANDIDATES = 60;
const PARAGRAPH_CANDIDATES = 5;

const baseSearchOptions: SearchOptions = {
  boost: BOOST,
  bm25: SENTENCE_BM25,
  combineWith: 'OR',
  // Prefixes only for longer words, so "war" does not match "warn". Misspellings: see rankSentences.
  prefix: (term: string) => term.length >= 5,
};

/** A sentence that may answer a question, with what its score is made of. */
export interface Candidate {
  entry: SentenceEntry;
  text: string;
  /** Share of the question's weight found in the sentence or its paragraph (see {@link coverageOf}). */
  coverage: number;
  /** Whether the sentence holds a new answer of the type asked for. */
  typed: boolean;
  score: number;
}

/**
 * Every sentence that may answer a question, best first: the sentences that match it
 * and every sentence of the best matching paragraphs, since the answer may sit beside
 * the matching words. A sentence's score blends its own match, its paragraph's, the
 * previous sentence's, and whether it states the kind of answer asked for.
 */
export function rankSentences(engine: Engine, q: Question): Candidate[] {
  const { index, catalog } = engine;
  const rarity = rarityOf(engine);
  const searchOptions: SearchOptions = {
    ...baseSearchOptions,
    // Misspellings: one edit per five letters, for words of five letters or more.
    fuzzy: misspellings(index, 5, 0.2),
    boostTerm: (t: string) => Math.pow(rarity(t), RARITY_EXPONENT),
  };
  const sentenceHits = bm25Hits(index.sentences.search(q.search, searchOptions));
  const hits = new Map<number, SearchResult>(sentenceHits.map((hit) => [hit.id as number, hit]));
  // A term weighs its rarity (as idf) times the rarity boost the sentence search gives it.
  const paragraphs = paragraphScores(catalog, sentenceHits, (t) => Math.pow(rarity(t), 1 + RARITY_EXPONENT));
  const paragraphRanking = [...paragraphs].sort((a, b) => b[1].score - a[1].score || a[0] - b[0]);
  const candidates = new Set<number>(sentenceHits.slice(0, SENTENCE_CANDIDATES).map((hit) => hit.id as number));
  for (const [paragraphId] of paragraphRanking.slice(0, PARAGRAPH_CANDIDATES)) {
    for (const id of catalog.paragraphs[paragraphId]!.sentences) candidates.add(id);
  }
  const topSentence = sentenceHits[0]?.score ?? 1;
  const topParagraph = paragraphRanking[0]?.[1].score ?? 1;
  const coverage = coverageOf(q, rarity);
  const own = (id: number): number => (hits.get(id)?.score ?? 0) / topSentence;

  const out: Candidate[] = [];
  for (const id of candidates) {
    const entry = catalog.sentences[id]!;
    const text = entry.doc.body.slice(entry.start, entry.end);
    const previous = catalog.sentences[id - 1]?.paragraphId === entry.paragraphId ? own(id - 1) : 0;
    const paragraph = paragraphs.get(entry.paragraphId);
    const context = (paragraph?.score ?? 0) / topParagraph;
    const found = answerSpans(text, q);
    const typed = found.length > 0;
    const headed = carriesHead(text, found, q);
    const score =
      (1 - PARAGRAPH_WEIGHT - PREVIOUS_WEIGHT) * own(id) +
      PARAGRAPH_WEIGHT * context +
      (PREVIOUS_WEIGHT + (ANAPHORIC_START.test(text) ? ANAPHOR_WEIGHT : 0)) * previous +
      (typed ? ANSWER_TYPE_BONUS : 0) +
      (headed ? HEAD_BONUS : 0);
    out.push({ entry, text, coverage: coverage(hits.get(id), paragraph), typed, score });
  }
  return out.sort(
    (a, b) => b.score - a.score || a.entry.doc.id.localeCompare(b.entry.doc.id) || a.entry.start - b.entry.start,
  );
}

/**
 * Hits scored by plain BM25, best first. MiniSearch multiplies a hit's BM25 sum by the
 * number of query terms it matches, which lets two common words ("New" and "York" in
 * every other sentence) outweigh the one rare word the question is about.
 */
function bm25Hits(hits: SearchResult[]): SearchResult[] {
  // The hits are this search's own objects: rescored in place, as there may be thousands.
  for (const hit of hits) hit.score /= Math.max(1, hit.queryTerms.length);
  return hits.sort((a, b) => b.score - a.score);
}

/** A term's rarity: its inverse sentence frequency; a word the corpus never uses is rarest. */
function rarityOf(engine: Engine): (term: string) => number {
  const n = engine.catalog.sentences.length;
  return (term) => Math.log(1 + n / ((engine.index.sentenceFrequency.get(term) ?? 0) + 0.5));
}

/**
 * Share of the question's weight found, as exact terms, in a sentence or its paragraph.
 * Each term weighs by rarity, so "What is the capital of France?" finds nothing in an
 * article that never mentions France, however well "capital" might match.
 */
function coverageOf(
  q: Question,
  rarity: (term: string) => number,
): (hit: SearchResult | undefined, paragraph: ParagraphMatch | undefined) => number {
  const weights = q.terms.map(rarity);
  const total = weights.reduce((a, b) => a + b, 0);
  return (hit, paragraph) => {
    let found = 0;
    q.terms.forEach((t, i) => {
      if (hit?.match[t] !== undefined || paragraph?.exact.has(t)) found += weights[i]!;
    });
    return total > 0 ? found / total : 0;
  };
}
