import { termOf, termOfOnce } from '../search/analyzer.js';
import type { SearchIndex } from '../search/searchIndex.js';
import { wordNeighbours } from '../search/wordNeighbours.js';
import type { Question } from './question.js';

/** Shorter words are left as typed: one edit away from a short word lie too many others. */
const MIN_LENGTH = 5;
/**
 * Letters that a word of {@link MIN_LENGTH} or more keeps at the start of its search term
 * (stemming cuts endings): a spelling that starts as no corpus term does is not stemmed.
 */
const PREFIX = 4;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * The question with each word that is likely misspelt replaced by the word it most likely
 * stands for: a word of five letters or more, all letters, that the corpus never uses and
 * that is none of the common English words of the word-vector table, one edit from a word
 * the corpus uses ("dgrees" → "degrees", "fornt" → "front"). The question itself when no
 * word is.
 */
export function spellingCorrected(index: SearchIndex, q: Question): Question {
  const fixes = new Map<string, string>();
  const fixedWords = new Map<string, string>();
  const words = q.search.split(' ').map((word) => {
    const term = termOf(word);
    if (term === null || word.length < MIN_LENGTH || !/^[a-z]+$/u.test(word)) return word;
    if (!unusedAndUncommon(index, term)) return word;
    const fixed = nearestUsedWord(word, index.sentenceFrequency);
    if (fixed === null) return word;
    fixes.set(term, termOf(fixed)!);
    fixedWords.set(word, fixed);
    return fixed;
  });
  if (fixes.size === 0) return q;
  const terms: string[] = [];
  for (const word of words) {
    const term = termOf(word);
    if (term !== null && !terms.includes(term)) terms.push(term);
  }
  return {
    ...q,
    terms,
    search: words.join(' '),
    names: new Set([...q.names].map((t) => fixes.get(t) ?? t)),
    words: new Set([...q.words].map((w) => fixedWords.get(w) ?? w)),
  };
}

/**
 * Whether the corpus never uses a term and it is the term of none of the common English
 * words of the word-vector table: then it may be misspelt. A common word the corpus never
 * uses ("seven", one edit from "even") is taken as meant.
 */
export function unusedAndUncommon(index: SearchIndex, term: string): boolean {
  return !index.sentenceFrequency.has(term) && !wordNeighbours().has(term);
}

/**
 * The word one edit from `word` whose search term the corpus uses in the most sentences,
 * or null when none is. Edits are counted on the word as typed, before stemming, which
 * can set a misspelling further from its word ("libray" and "library" stem to "libray"
 * and "librari") or swap two letters, which the search's own fuzzy match counts twice.
 */
function nearestUsedWord(word: string, frequency: ReadonlyMap<string, number>): string | null {
  const starts = termStarts(frequency);
  let best: string | null = null;
  let bestCount = 0;
  for (const candidate of oneEditFrom(word)) {
    if (!startsLikeATerm(candidate, starts)) continue;
    const term = termOfOnce(candidate);
    const count = term === null ? 0 : (frequency.get(term) ?? 0);
    if (count > bestCount || (count === bestCount && count > 0 && candidate < best!)) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

/** The words one edit from `word`: a letter dropped, two side by side swapped, one replaced or one added. */
function oneEditFrom(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const [head, tail] = [word.slice(0, i), word.slice(i)];
    if (tail.length > 0) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + tail[1]! + tail[0]! + tail.slice(2));
    for (const letter of LETTERS) {
      if (tail.length > 0) out.add(head + letter + tail.slice(1));
      out.add(head + letter + tail);
    }
  }
  out.delete(word);
  return out;
}

const startsOf = new WeakMap<ReadonlyMap<string, number>, Set<string>>();

/** How the corpus's search terms start: their first {@link PREFIX} letters, or the whole of shorter ones. Worked out once per index. */
function termStarts(frequency: ReadonlyMap<string, number>): Set<string> {
  let starts = startsOf.get(frequency);
  if (starts === undefined) {
    starts = new Set();
    for (const term of frequency.keys()) starts.add(term.slice(0, PREFIX));
    startsOf.set(frequency, starts);
  }
  return starts;
}

/** Whether a corpus term starts as `word` does, or is a shorter start of it ("acr" of "acres"). */
function startsLikeATerm(word: string, starts: ReadonlySet<string>): boolean {
  for (let length = PREFIX; length >= 2; length--) if (starts.has(word.slice(0, length))) return true;
  return false;
}
