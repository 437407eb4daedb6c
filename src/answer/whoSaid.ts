import { distance } from 'fastest-levenshtein';
import type { SearchOptions, SearchResult } from 'minisearch';
import { foldWord, tokenizeText, termOf } from '../search/analyzer.js';
import { misspellings } from '../search/searchIndex.js';
import type { Engine } from '../engine/engine.js';
import { quoteResult, sentenceResult } from './results.js';
import type { Result } from './types.js';

export interface WhoSaidOptions {
  /** Most results to return. Default 5. */
  limit?: number;
}

/** A candidate must match at least this share of the pasted words (by similarity and order). */
const MIN_SIMILARITY = 0.6;
/** Two spellings count as the same word from this similarity (1 − edits / length) up. */
const MIN_WORD_SIMILARITY = 0.7;
/** Words of a pasted text compared: more than any quote needs, and a bound on the work a huge paste can cause. */
const MAX_PASTED_WORDS = 60;
/** Candidates taken from the index before the closer comparison. */
const CANDIDATES = 40;

const searchOptions: SearchOptions = {
  combineWith: 'OR',
  boost: { text: 1 },
  fields: ['text'],
  // A last word still being typed matches as a prefix.
  prefix: (term: string, i: number, terms: string[]) => i === terms.length - 1 && term.length >= 3,
};

interface Word {
  folded: string;
  term: string | null;
}

const wordsOf = (text: string): Word[] => tokenizeText(text).map((w) => ({ folded: foldWord(w), term: termOf(w) }));

/**
 * The quotation that a pasted, possibly misremembered, misspelt or partial text refers
 * to, with its speaker; best first. Quotes are found through the index with fuzzy and
 * prefix matching, then compared word by word with the text, in order. When no quote is
 * close, a sentence of the narration that is close is returned with no speaker; when
 * nothing is close, nothing is returned.
 */
export function whoSaid(engine: Engine, text: string, options: WhoSaidOptions = {}): Result[] {
  const limit = options.limit ?? 5;
  const found = matchText(engine, text, limit);
  if (found.length > 0) return found;
  // A chat message may wrap the quote in words of its own: try what it puts in quotation marks.
  for (const part of quotedParts(text)) {
    const inner = matchText(engine, part, limit);
    if (inner.length > 0) return inner;
  }
  return [];
}

/** Text between quotation marks, of at least three words. */
const QUOTED = /["“”„«»](?<text>[^"“”„«»]*\s[^"“”„«»]*\s[^"“”„«»]*)["“”„«»]/gu;

function quotedParts(text: string): string[] {
  return [...text.matchAll(QUOTED)].map((m) => m.groups!.text!);
}

function matchText(engine: Engine, text: string, limit: number): Result[] {
  const pasted = wordsOf(text)
    .filter((w) => w.term !== null)
    .slice(0, MAX_PASTED_WORDS);
  if (pasted.length === 0) return [];
  const query = pasted.map((w) => w.folded).join(' ');
  const { catalog, index } = engine;

  // Sentences without a quote are skipped by the index itself (a zero boost), which is most of the work on a large corpus.
  const quoted = (id: number): number => (catalog.sentences[id]!.quotes.length > 0 ? 1 : 0);
  // Misremembered and misspelt words: up to one edit in three letters. A word the corpus uses is
  // taken as typed; the word-by-word comparison after the search still forgives a near spelling of it.
  const options = { ...searchOptions, fuzzy: misspellings(index, 4, 0.34) };
  const quoteHits = index.sentences.search(query, { ...options, boostDocument: quoted });
  const quotes = rank(quotesIn(engine, quoteHits), pasted, (id) => catalog.quotes[id]!.text);
  if (quotes.length > 0) {
    return quotes.slice(0, limit).map(({ id, score }) => quoteResult(catalog.quotes[id]!, score));
  }
  const sentences = rank(topIds(index.sentences.search(query, options)), pasted, (id) => {
    const s = catalog.sentences[id]!;
    return s.doc.body.slice(s.start, s.end);
  });
  return sentences.slice(0, limit).map(({ id, score }) => sentenceResult(catalog.sentences[id]!, score));
}

/** The ids of the best {@link CANDIDATES} hits. */
const topIds = (hits: readonly SearchResult[]): number[] => hits.slice(0, CANDIDATES).map((hit) => hit.id as number);

/**
 * The quotes in the best matching sentences, in the order of their sentences' match, at
 * most {@link CANDIDATES}: a quote's words are all in the sentences it spans, so the
 * sentence index finds quotes without an index of its own.
 */
function quotesIn(engine: Engine, sentenceHits: readonly SearchResult[]): number[] {
  const found = new Set<number>();
  for (const hit of sentenceHits) {
    for (const id of engine.catalog.sentences[hit.id as number]!.quotes) found.add(id);
    if (found.size >= CANDIDATES) break;
  }
  return [...found].slice(0, CANDIDATES);
}

function rank(ids: readonly number[], pasted: Word[], textOf: (id: number) => string): { id: number; score: number }[] {
  return ids
    .map((id) => ({ id, score: similarity(pasted, wordsOf(textOf(id))) }))
    .filter((c) => c.score >= MIN_SIMILARITY)
    .sort((a, b) => b.score - a.score || a.id - b.id);
}

/**
 * How well a candidate passage matches the pasted words: each pasted content word is
 * matched to its closest word in the passage (same stem = 1, a near spelling = its
 * similarity, the unfinished last word as a prefix = 0.9); the score is the mean, times
 * a factor for how many of the matches come in the pasted order.
 */
function similarity(pasted: readonly Word[], candidate: readonly Word[]): number {
  // Content words: those with a search term, as stop words have none.
  const content = candidate.filter((w) => w.term !== null);
  const positions: number[] = [];
  let total = 0;
  pasted.forEach((p, i) => {
    let best = 0;
    let at = -1;
    for (let j = 0; j < content.length && best < 1; j += 1) {
      // Only a word that beats the best so far, and could count, is worth the edit distance.
      const s = wordSimilarity(p, content[j]!, i === pasted.length - 1, Math.max(best, MIN_WORD_SIMILARITY));
      if (s > best) {
        best = s;
        at = j;
      }
    }
    if (best >= MIN_WORD_SIMILARITY) {
      total += best;
      positions.push(at);
    }
  });
  const inOrder = positions.length === 0 ? 0 : longestIncreasing(positions) / positions.length;
  return Math.round((total / pasted.length) * (0.8 + 0.2 * inOrder) * 1000) / 1000;
}

/**
 * How alike two words are, from 0 to 1; 0 when a near spelling could not reach `floor`:
 * the edit distance is at least the difference in length, which rules most pairs out
 * before the distance is computed.
 */
function wordSimilarity(p: Word, c: Word, last: boolean, floor: number): number {
  if (p.term === c.term || p.folded === c.folded) return 1;
  if (last && p.folded.length >= 3 && c.folded.startsWith(p.folded)) return 0.9;
  const length = Math.max(p.folded.length, c.folded.length);
  if (length < 4 || 1 - Math.abs(p.folded.length - c.folded.length) / length < floor) return 0;
  return 1 - distance(p.folded, c.folded) / length;
}

/** Length of the longest strictly increasing subsequence (patience sorting). */
function longestIncreasing(xs: readonly number[]): number {
  const tails: number[] = [];
  for (const x of xs) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (tails[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = x;
  }
  return tails.length;
}
