import type { Query, SearchOptions, SearchResult } from 'minisearch';
import type { SentenceEntry } from '../search/catalog.js';
import { BOOST, misspellings, SENTENCE_BM25 } from '../search/searchIndex.js';
import { relatedTerms } from '../search/relatedTerms.js';
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
/**
 * Words of related meaning (see `relatedTerms`) for the question's words that the corpus
 * never uses ("menace" when the article says "threat"), names aside: neighbours at least
 * `minSimilarity` alike are searched for too, each weighing `weight` × its similarity, in
 * the sentence's match and in its paragraph's. A word the corpus uses is taken as meant,
 * as for misspellings. Fitted on squad-wiki-dev; see the README for what they do elsewhere.
 */
const RELATED = { minSimilarity: 0.55, weight: 0.5 };
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

/** What a candidate sentence's score is made of, each part from 0 to about 1. */
export interface Features {
  /** The sentence's own BM25 match, as a share of the best sentence's. */
  own: number;
  /** Its paragraph's match, as a share of the best paragraph's. */
  paragraph: number;
  /** The previous sentence's own match (0 across a paragraph break). */
  previous: number;
  /** Whether the sentence opens with a pronoun or demonstrative, naming its subject in the sentence before. */
  anaphoric: boolean;
  /** Whether it holds a new answer of the type asked for, and whether that answer carries the question's head noun. */
  typed: boolean;
  headed: boolean;
}

/** Weights of the {@link Features} in a sentence's score. */
export const WEIGHTS = {
  own: 1 - PARAGRAPH_WEIGHT - PREVIOUS_WEIGHT,
  paragraph: PARAGRAPH_WEIGHT,
  previous: PREVIOUS_WEIGHT,
  anaphor: ANAPHOR_WEIGHT,
  typed: ANSWER_TYPE_BONUS,
  headed: HEAD_BONUS,
};

/** A sentence's score: its features, weighed. */
export function scoreOf(f: Features, w: typeof WEIGHTS = WEIGHTS): number {
  return (
    w.own * f.own +
    w.paragraph * f.paragraph +
    (w.previous + (f.anaphoric ? w.anaphor : 0)) * f.previous +
    (f.typed ? w.typed : 0) +
    (f.headed ? w.headed : 0)
  );
}

/** A sentence that may answer a question, with what its score is made of. */
export interface Candidate {
  entry: SentenceEntry;
  text: string;
  /** Share of the question's weight found in the sentence or its paragraph (see {@link coverageOf}). */
  coverage: number;
  features: Features;
  /** Whether the sentence holds a new answer of the type asked for. */
  typed: boolean;
  score: number;
}

/**
 * Every sentence that may answer a question, best first: the sentences that match it
 * and every sentence of the best matching paragraphs, since the answer may sit beside
 * the matching words. A sentence's score blends its own match, its paragraph's, its
 * neighbours', and whether it states the kind of answer asked for (see {@link scoreOf}).
 */
export function rankSentences(engine: Engine, q: Question): Candidate[] {
  return candidates(engine, q)
    .map((c) => ({ ...c, score: scoreOf(c.features) }))
    .sort((a, b) => b.score - a.score || a.entry.doc.id.localeCompare(b.entry.doc.id) || a.entry.start - b.entry.start);
}

/** The candidate sentences for a question with their features, unscored and in no order. */
export function candidates(engine: Engine, q: Question): Omit<Candidate, 'score'>[] {
  const { index, catalog } = engine;
  const rarity = rarityOf(engine);
  const searchOptions: SearchOptions = {
    ...baseSearchOptions,
    // Misspellings: one edit per five letters, for words of five letters or more.
    fuzzy: misspellings(index, 5, 0.2),
    boostTerm: (t: string) => Math.pow(rarity(t), RARITY_EXPONENT),
  };
  const inCorpus = (t: string): boolean => index.sentenceFrequency.has(t);
  const unused = q.terms.filter((t) => !q.names.has(t) && !inCorpus(t));
  const related = relatedTerms(unused, inCorpus, RELATED.minSimilarity);
  const credit = (t: string): number => {
    const r = related.get(t);
    return r === undefined ? 1 : RELATED.weight * r.similarity;
  };
  const relatedQuery: Query = {
    queries: [[...related.keys()].join(' ')],
    tokenize: (text: string) => text.split(' '),
    processTerm: (term: string) => term,
    fuzzy: false,
    prefix: false,
    boostTerm: (t: string) => Math.pow(rarity(t), RARITY_EXPONENT) * credit(t),
  };
  const query: Query = related.size > 0 ? { combineWith: 'OR', queries: [q.search, relatedQuery] } : q.search;
  const sentenceHits = bm25Hits(index.sentences.search(query, searchOptions));
  const hits = new Map<number, SearchResult>(sentenceHits.map((hit) => [hit.id as number, hit]));
  // A term weighs its rarity (as idf) times the rarity boost the sentence search gives it.
  const paragraphs = paragraphScores(
    catalog,
    sentenceHits,
    (t) => Math.pow(rarity(t), 1 + RARITY_EXPONENT) * credit(t),
  );
  const paragraphRanking = [...paragraphs].sort((a, b) => b[1].score - a[1].score || a[0] - b[0]);
  const ids = new Set<number>(sentenceHits.slice(0, SENTENCE_CANDIDATES).map((hit) => hit.id as number));
  for (const [paragraphId] of paragraphRanking.slice(0, PARAGRAPH_CANDIDATES)) {
    for (const id of catalog.paragraphs[paragraphId]!.sentences) ids.add(id);
  }
  const topSentence = sentenceHits[0]?.score ?? 1;
  const topParagraph = paragraphRanking[0]?.[1].score ?? 1;
  const coverage = coverageOf(q, rarity);
  const own = (id: number): number => (hits.get(id)?.score ?? 0) / topSentence;
  const previous = (entry: SentenceEntry, id: number): number =>
    catalog.sentences[id - 1]?.paragraphId === entry.paragraphId ? own(id - 1) : 0;

  const out: Omit<Candidate, 'score'>[] = [];
  for (const id of ids) {
    const entry = catalog.sentences[id]!;
    const text = entry.doc.body.slice(entry.start, entry.end);
    const paragraph = paragraphs.get(entry.paragraphId);
    const found = answerSpans(text, q);
    const typed = found.length > 0;
    const features: Features = {
      own: own(id),
      paragraph: (paragraph?.score ?? 0) / topParagraph,
      previous: previous(entry, id),
      anaphoric: ANAPHORIC_START.test(text),
      typed,
      headed: carriesHead(text, found, q),
    };
    out.push({ entry, text, coverage: coverage(hits.get(id), paragraph), features, typed });
  }
  return out;
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
 * article that never mentions France, however well "capital" might match. Related terms
 * (see {@link RELATED}) do not count: off-topic questions share the field of an article's
 * words far more often than its words themselves.
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
