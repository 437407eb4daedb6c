import type { Query, SearchOptions, SearchResult } from 'minisearch';
import type { SentenceEntry } from '../search/catalog.js';
import { BOOST, matchedOtherwise, misspellings, SENTENCE_BM25 } from '../search/searchIndex.js';
import { relatedTerms } from '../search/relatedTerms.js';
import { answerSpans, carriesHead } from './expectedAnswers.js';
import { paragraphScores, type ParagraphMatches } from './paragraphContext.js';
import type { Engine } from '../engine/engine.js';
import type { Question } from './question.js';
import {
  featuresOf,
  relateToBest,
  SentenceTerms,
  type FeatureVector,
  type FirstStage,
  type QuestionTerms,
} from './rankFeatures.js';
import { linear, WEIGHTS, type DecisionVector, type RankerWeights } from './rankerModel.js';
import { wordNeighbours } from '../search/wordNeighbours.js';
import { OPENS_WITH_REFERENCE } from './passageSentences.js';
import { spellingCorrected, unusedAndUncommon } from './spelling.js';

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
 * the sentence's match and in its paragraph's. A word the corpus uses is taken as meant
 * by the search; the learned ranker still reads the neighbours of every question word
 * (its `relatedShare` feature), so "pledged loyalty" can be ranked by "swore fealty".
 */
const RELATED = { minSimilarity: 0.55, weight: 0.5 };
/** At most this many words of related meaning per question word count in the learned ranker's features. */
const RELATED_PER_TERM = 8;
/** Sentence matches considered, and paragraphs whose every sentence is considered. */
const SENTENCE_CANDIDATES = 60;
const PARAGRAPH_CANDIDATES = 5;
/** Paragraphs whose place in the paragraphs' ranking is a feature (`paragraphRank`); below them, it counts as none. */
const PARAGRAPH_PLACES = 50;

const baseSearchOptions: SearchOptions = {
  boost: BOOST,
  bm25: SENTENCE_BM25,
  combineWith: 'OR',
  // Prefixes only for longer words, so "war" does not match "warn". Misspellings: see rankSentences.
  prefix: (term: string) => term.length >= 5,
};

/** Weights of the first stage's score, which picks the candidates the learned ranker orders. */
const FIRST_STAGE = { own: 0.5, paragraph: 0.4, previous: 0.1, anaphor: 0.15, typed: 0.2, headed: 0.2 };

function firstStageScore(c: FirstStage): number {
  const w = FIRST_STAGE;
  return (
    w.own * c.own +
    w.paragraph * c.paragraph +
    (w.previous + (c.anaphoric ? w.anaphor : 0)) * c.previous +
    (c.typed ? w.typed : 0) +
    (c.headed ? w.headed : 0)
  );
}

/** A sentence that may answer a question, with what its score is made of. */
export interface Candidate {
  entry: SentenceEntry;
  /** The sentence's position in the catalog. */
  id: number;
  text: string;
  /** Share of the question's weight found exactly in the sentence or its paragraph. */
  coverage: number;
  features: FeatureVector;
  /** The learned ranker's score. */
  score: number;
}

/** A question's candidates, best first, and what the answer-or-refuse decision reads of them. */
export interface Ranking {
  candidates: Candidate[];
  decision: DecisionVector;
}

/**
 * Every sentence that may answer a question, best first. A first stage gathers the
 * sentences that match it and every sentence of the best matching paragraphs (the answer
 * may sit beside the matching words), scored by their own match, their paragraph's and
 * their neighbours'; its best {@link RankerWeights.candidates} are then ordered by the
 * learned ranker over their {@link FEATURE_NAMES features}.
 */
export function rankSentences(engine: Engine, q: Question, weights: RankerWeights = WEIGHTS): Candidate[] {
  return rankQuestion(engine, q, weights).candidates;
}

export function rankQuestion(engine: Engine, asked: Question, weights: RankerWeights = WEIGHTS): Ranking {
  const q = spellingCorrected(engine, asked);
  const { stage, qt, unknown, missingName } = firstStage(engine, q);
  const terms = SentenceTerms.of(engine.catalog);
  const chosen = stage
    .sort((a, b) => b.score - a.score || a.entry.doc.id.localeCompare(b.entry.doc.id) || a.id - b.id)
    .slice(0, weights.candidates);
  const vectors = chosen.map((c, rank) => featuresOf(c, rank, q, qt, terms, engine.catalog));
  relateToBest(vectors);
  const candidates = chosen
    .map((c, i) => {
      const features = vectors[i]!;
      return {
        entry: c.entry,
        id: c.id,
        text: c.text,
        coverage: c.coverage,
        features,
        score: linear(weights.ranker, features),
      };
    })
    .sort((a, b) => b.score - a.score || a.entry.doc.id.localeCompare(b.entry.doc.id) || a.entry.start - b.entry.start);
  const best = (f: (v: FeatureVector) => number): number =>
    candidates.reduce((highest, c) => Math.max(highest, f(c.features)), 0);
  const decision: DecisionVector = {
    bestScore: candidates[0]?.score ?? 0,
    bestExact: best((v) => v.exactShare),
    bestMeaning: best((v) => v.exactShare + v.relatedShare),
    bestContext: best((v) => v.contextShare),
    bestParagraph: best((v) => v.paragraphShare),
    unknown,
    missingName,
  };
  return { candidates, decision };
}

/** Whether the learned decision takes a ranking to answer its question. */
export function answers(ranking: Ranking, weights: RankerWeights = WEIGHTS): boolean {
  return ranking.candidates.length > 0 && linear(weights.decision, ranking.decision) >= weights.decision.threshold;
}

/** The first stage's candidate sentences for a question, unscored and in no order, and the question's term weights. */
function firstStage(
  engine: Engine,
  q: Question,
): { stage: FirstStage[]; qt: QuestionTerms; unknown: number; missingName: number } {
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
  // A term weighs its rarity (as idf) times the rarity boost the sentence search gives it.
  const paragraphs = paragraphScores(
    catalog,
    sentenceHits,
    (t) => Math.pow(rarity(t), 1 + RARITY_EXPONENT) * credit(t),
  );
  const paragraphRanking = paragraphs.best(PARAGRAPH_PLACES);
  const ids = new Set<number>();
  const ownPlace = new Map<number, number>();
  for (let place = 0; place < Math.min(SENTENCE_CANDIDATES, sentenceHits.length); place++) {
    const id = sentenceHits[place]!.id as number;
    ids.add(id);
    ownPlace.set(id, place);
  }
  for (const paragraphId of paragraphRanking.slice(0, PARAGRAPH_CANDIDATES)) {
    for (const id of catalog.paragraphs[paragraphId]!.sentences) ids.add(id);
  }
  const hits = hitsAround(sentenceHits, ids);
  const topSentence = sentenceHits[0]?.score ?? 1;
  const topParagraph = paragraphRanking.length > 0 ? paragraphs.scoreOf(paragraphRanking[0]!) : 1;
  const coverage = coverageOf(q, rarity, paragraphs);
  const own = (id: number): number => (hits.get(id)?.score ?? 0) / topSentence;
  const beside = (entry: SentenceEntry, id: number): number =>
    catalog.sentences[id]?.paragraphId === entry.paragraphId ? own(id) : 0;

  const stage: FirstStage[] = [];
  for (const id of ids) {
    const entry = catalog.sentences[id]!;
    const text = entry.doc.body.slice(entry.start, entry.end);
    const found = answerSpans(text, q);
    const paragraphPlace = paragraphRanking.indexOf(entry.paragraphId);
    const c: FirstStage = {
      entry,
      id,
      text,
      own: own(id),
      paragraph: paragraphs.scoreOf(entry.paragraphId) / topParagraph,
      previous: beside(entry, id - 1),
      next: beside(entry, id + 1),
      anaphoric: OPENS_WITH_REFERENCE.test(text),
      typed: found.length > 0,
      headed: carriesHead(text, found, q),
      coverage: coverage(hits.get(id), entry.paragraphId),
      score: 0,
      ownPlace: ownPlace.get(id) ?? Infinity,
      paragraphPlace: paragraphPlace < 0 ? Infinity : paragraphPlace,
    };
    c.score = firstStageScore(c);
    stage.push(c);
  }
  const weights = q.terms.map(rarity);
  const total = weights.reduce((a, b) => a + b, 0);
  const neighbours = q.terms.map((t) =>
    q.names.has(t)
      ? []
      : wordNeighbours()
          .of(t)
          .filter((n) => n.similarity >= RELATED.minSimilarity && inCorpus(n.term) && !q.terms.includes(n.term))
          .slice(0, RELATED_PER_TERM),
  );
  // A word of no common English that the search matched to another ("Celeron" to "Céloron") is known, misspelt; a
  // common word the corpus never uses ("seven" matching "even") is not.
  const misspelt = matchedOtherwise(
    q.terms.filter((t) => unusedAndUncommon(index, t)),
    sentenceHits,
  );
  const known = (t: string): boolean => inCorpus(t) || misspelt.has(t);
  let unknown = 0;
  q.terms.forEach((t, i) => {
    if (!known(t) && neighbours[i]!.length === 0) unknown += weights[i]!;
  });
  return {
    stage,
    qt: { terms: q.terms, weights, total, related: neighbours },
    unknown: total > 0 ? unknown / total : 0,
    missingName: q.terms.some((t) => q.names.has(t) && !known(t)) ? 1 : 0,
  };
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

/** The hits of the sentences in `ids` and of the sentences either side of them, by sentence id. */
function hitsAround(hits: readonly SearchResult[], ids: ReadonlySet<number>): Map<number, SearchResult> {
  const around = new Map<number, SearchResult>();
  for (const hit of hits) {
    const id = hit.id as number;
    if (ids.has(id) || ids.has(id - 1) || ids.has(id + 1)) around.set(id, hit);
  }
  return around;
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
 * (see {@link RELATED}) do not count here: off-topic questions share the field of an article's
 * words far more often than its words themselves.
 */
function coverageOf(
  q: Question,
  rarity: (term: string) => number,
  paragraphs: ParagraphMatches,
): (hit: SearchResult | undefined, paragraphId: number) => number {
  const weights = q.terms.map(rarity);
  const total = weights.reduce((a, b) => a + b, 0);
  return (hit, paragraphId) => {
    let found = 0;
    q.terms.forEach((t, i) => {
      if (hit?.match[t] !== undefined || paragraphs.holdsExactly(paragraphId, t)) found += weights[i]!;
    });
    return total > 0 ? found / total : 0;
  };
}
