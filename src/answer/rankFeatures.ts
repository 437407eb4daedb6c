import { termsOf } from '../search/analyzer.js';
import type { Catalog, SentenceEntry } from '../search/catalog.js';
import type { Neighbour } from '../search/wordNeighbours.js';
import type { Question } from './question.js';

/**
 * What the learned ranker (see `rankerModel`) reads of a candidate sentence. Every
 * feature is a share, a flag or a bounded number, the same whatever the corpus or set:
 * no feature names a word, an article or a question pattern.
 */
export const FEATURE_NAMES = [
  /** The sentence's own BM25 match, as a share of the best sentence's. */
  'own',
  /** Its paragraph's match, as a share of the best paragraph's. */
  'paragraph',
  /** The previous sentence's own match (0 across a paragraph break). */
  'previous',
  /** The same when the sentence opens with a pronoun or a demonstrative, naming its subject in the sentence before. */
  'anaphoricPrevious',
  /** The next sentence's own match. */
  'next',
  /** 1 / (1 + its place in the first-stage ranking). */
  'firstStageRank',
  /** The first stage's score: own, paragraph and neighbouring matches and answer type, by fixed weights. */
  'firstStage',
  /** 1 / (1 + the place of the sentence's own match among the sentences'), 0 when it does not match. */
  'ownRank',
  /** 1 / (1 + the place of its paragraph's match among the paragraphs'), 0 when it does not match. */
  'paragraphRank',
  /** Share of the question's weight (by rarity) found as exact terms in the sentence. */
  'exactShare',
  /** Share found only through words of related meaning, each counting its similarity. */
  'relatedShare',
  /** Share found exactly in the sentence or the sentences either side of it. */
  'contextShare',
  /** Share found exactly in the sentence or its paragraph. */
  'paragraphShare',
  /** Share of the question's consecutive term pairs found side by side, in order. */
  'pairs',
  /** Matched terms per word of the shortest stretch holding them all (0 with fewer than two). */
  'proximity',
  /** Whether it holds a new answer of the type asked for. */
  'typed',
  /** Whether that answer carries the question's head noun. */
  'headed',
  /** Whether the question asks for a type of answer at all. */
  'typedQuestion',
  /** Whether it is the first sentence of its paragraph. */
  'first',
  /** Its place in its paragraph, from 0 (first) to 1 (last). */
  'position',
  /** Its length in words, log-scaled, 0 to about 1. */
  'length',
  /** Whether it is longer than 250 characters. */
  'long',
  /** Whether it lies in a quotation. */
  'quote',
  /** `exactShare` plus `relatedShare`, as a share of the highest among the question's candidates. */
  'meaningOfBest',
  /** `contextShare` as a share of the highest among the question's candidates. */
  'contextOfBest',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];
export type FeatureVector = Record<FeatureName, number>;

/** The first-stage figures a candidate carries into the learned ranker. */
export interface FirstStage {
  entry: SentenceEntry;
  id: number;
  text: string;
  own: number;
  paragraph: number;
  previous: number;
  next: number;
  anaphoric: boolean;
  typed: boolean;
  headed: boolean;
  /** Share of the question's weight found exactly in the sentence or its paragraph. */
  coverage: number;
  /** The first stage's score. */
  score: number;
  /** Places (0 = best) of its own match and its paragraph's; Infinity when they do not match. */
  ownPlace: number;
  paragraphPlace: number;
}

/** The question's terms with their weights and words of related meaning, worked out once per question. */
export interface QuestionTerms {
  terms: readonly string[];
  weights: readonly number[];
  total: number;
  /** Per question term, its neighbours the corpus uses. */
  related: readonly (readonly Neighbour[])[];
}

/**
 * Terms of catalog sentences, worked out once and kept for the questions after: the
 * candidates of one question and of the next mostly overlap, and splitting and stemming
 * a sentence costs more than the rest of its features. Emptied when it holds
 * {@link MAX_KEPT_SENTENCES}, so a corpus of any size keeps a few MB at most.
 */
export class SentenceTerms {
  private readonly known = new Map<number, string[]>();
  private constructor(private readonly catalog: Catalog) {}

  private static readonly byCatalog = new WeakMap<Catalog, SentenceTerms>();

  /** The terms kept for `catalog`'s sentences. */
  static of(catalog: Catalog): SentenceTerms {
    let terms = SentenceTerms.byCatalog.get(catalog);
    if (terms === undefined) SentenceTerms.byCatalog.set(catalog, (terms = new SentenceTerms(catalog)));
    return terms;
  }

  of(id: number): string[] {
    let terms = this.known.get(id);
    if (terms === undefined) {
      if (this.known.size >= MAX_KEPT_SENTENCES) this.known.clear();
      const s = this.catalog.sentences[id]!;
      this.known.set(id, (terms = termsOf(s.doc.body.slice(s.start, s.end))));
    }
    return terms;
  }

  /** Terms of the sentence `offset` places away in the same paragraph; none past its edge. */
  neighbour(id: number, offset: number): string[] {
    const other = this.catalog.sentences[id + offset];
    return other?.paragraphId === this.catalog.sentences[id]!.paragraphId ? this.of(id + offset) : [];
  }
}

/** Sentences whose terms are kept: about 150 bytes each, the terms themselves being shared strings (see `termOf`). */
const MAX_KEPT_SENTENCES = 20_000;

/** The features of one candidate sentence at first-stage rank `rank` (0 = best). */
export function featuresOf(
  c: FirstStage,
  rank: number,
  q: Question,
  qt: QuestionTerms,
  terms: SentenceTerms,
  catalog: Catalog,
): FeatureVector {
  // A sentence holds a few dozen terms and a question a few: scanning them costs less than building sets.
  const own = terms.of(c.id);
  const previous = terms.neighbour(c.id, -1);
  const next = terms.neighbour(c.id, 1);
  let exact = 0;
  let related = 0;
  let context = 0;
  for (let i = 0; i < qt.terms.length; i++) {
    const t = qt.terms[i]!;
    const w = qt.weights[i]!;
    const present = own.includes(t);
    if (present) exact += w;
    else related += w * closestPresent(qt.related[i]!, own);
    if (present || previous.includes(t) || next.includes(t)) context += w;
  }
  const share = (x: number): number => (qt.total > 0 ? x / qt.total : 0);
  const paragraph = catalog.paragraphs[c.entry.paragraphId]!;
  const place = paragraph.sentences.indexOf(c.id);
  return {
    own: c.own,
    paragraph: c.paragraph,
    previous: c.previous,
    anaphoricPrevious: c.anaphoric ? c.previous : 0,
    next: c.next,
    firstStageRank: 1 / (1 + rank),
    firstStage: c.score,
    ownRank: 1 / (1 + c.ownPlace),
    paragraphRank: 1 / (1 + c.paragraphPlace),
    exactShare: share(exact),
    relatedShare: share(related),
    contextShare: share(context),
    paragraphShare: c.coverage,
    pairs: pairsFound(qt.terms, own),
    proximity: proximity(qt.terms, own),
    typed: c.typed ? 1 : 0,
    headed: c.headed ? 1 : 0,
    typedQuestion: q.answerType === null ? 0 : 1,
    first: place === 0 ? 1 : 0,
    position: paragraph.sentences.length > 1 ? place / (paragraph.sentences.length - 1) : 0,
    length: Math.log(1 + own.length) / Math.log(64),
    long: c.text.length > 250 ? 1 : 0,
    quote: c.entry.quote !== null ? 1 : 0,
    meaningOfBest: 0,
    contextOfBest: 0,
  };
}

/** The highest similarity among the neighbours that a sentence's terms hold; 0 when it holds none. */
function closestPresent(neighbours: readonly Neighbour[], sentence: readonly string[]): number {
  let closest = 0;
  for (const n of neighbours) if (n.similarity > closest && sentence.includes(n.term)) closest = n.similarity;
  return closest;
}

/**
 * Fills in the features that compare a candidate with the best of its question's
 * candidates. A score's scale moves with the corpus (one article or many, how its words
 * spread); its share of the best candidate's means the same in any.
 */
export function relateToBest(vectors: FeatureVector[]): void {
  const ofBest = (target: FeatureName, value: (v: FeatureVector) => number): void => {
    let best = 0;
    for (const v of vectors) best = Math.max(best, value(v));
    for (const v of vectors) v[target] = best > 0 ? value(v) / best : 0;
  };
  ofBest('meaningOfBest', (v) => v.exactShare + v.relatedShare);
  ofBest('contextOfBest', (v) => v.contextShare);
}

/** Share of the question's consecutive term pairs that stand side by side, in order, among the sentence's terms. */
function pairsFound(question: readonly string[], sentence: readonly string[]): number {
  if (question.length < 2) return 0;
  let found = 0;
  for (let i = 1; i < question.length; i++) if (followedBy(sentence, question[i - 1]!, question[i]!)) found++;
  return found / (question.length - 1);
}

/** Whether `first` is directly followed by `second` somewhere in `terms`. */
function followedBy(terms: readonly string[], first: string, second: string): boolean {
  for (let i = 1; i < terms.length; i++) if (terms[i] === second && terms[i - 1] === first) return true;
  return false;
}

/**
 * How closely the question's terms sit in the sentence: the number of distinct terms
 * matched over the length (in terms) of the shortest stretch that holds each of them.
 * A question term is known by the place of its first occurrence in the question.
 */
function proximity(question: readonly string[], sentence: readonly string[]): number {
  let distinct = 0;
  for (let j = 0; j < question.length; j++) {
    if (question.indexOf(question[j]!) === j && sentence.includes(question[j]!)) distinct++;
  }
  if (distinct < 2) return 0;
  // Per question term, where it was last seen in the sentence so far; -1 before it is.
  const lastSeen = new Array<number>(question.length).fill(-1);
  let seen = 0;
  let best = Infinity;
  for (let i = 0; i < sentence.length; i++) {
    const j = question.indexOf(sentence[i]!);
    if (j < 0) continue;
    if (lastSeen[j] === -1) seen++;
    lastSeen[j] = i;
    if (seen === distinct) {
      let earliest = i;
      for (const at of lastSeen) if (at >= 0 && at < earliest) earliest = at;
      best = Math.min(best, i - earliest + 1);
    }
  }
  return distinct / best;
}
