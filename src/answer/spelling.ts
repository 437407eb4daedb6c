import type { Engine } from '../engine/engine.js';
import { foldWord, isIrregularForm, isStopWord, termOf, termOfOnce, tokenizeText } from '../search/analyzer.js';
import type { SearchIndex } from '../search/searchIndex.js';
import { wordNeighbours } from '../search/wordNeighbours.js';
import { analyzeQuestion, type Question } from './question.js';

/** Shorter words are left as typed: one edit away from a short word lie too many others. */
const MIN_LENGTH = 5;
/**
 * Letters that a word of {@link MIN_LENGTH} or more keeps at the start of its search term
 * (stemming cuts endings): a spelling that starts as no term of the vocabulary searched
 * does is not stemmed, unless it is an irregular verb's past form ("bought" is "buy").
 */
const PREFIX = 4;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * The question with each word that is likely misspelt replaced by the word it most likely
 * stands for: a word of five letters or more, all letters, that the corpus never uses and
 * that is none of the common English words of the word-vector table, one edit from a word
 * the corpus uses ("dgrees" → "degrees", "fornt" → "front"), or else, unless it is a name,
 * from a common English word ("thhemselves" → "themselves", "casuallties" → "casualties",
 * which words of related meaning can then stand in for). The corrected question is
 * read again whole, so that all it asks for follows the word as meant: "What percenage …"
 * asks for a percentage and "Who was the presidnet …" names its answer a president, as
 * they do spelt right. The question itself when no word is misspelt.
 */
export function spellingCorrected(engine: Engine, q: Question): Question {
  const { index } = engine;
  const fixes = new Map<string, string>();
  for (const word of q.search.split(' ')) {
    const term = termOf(word);
    if (term === null || word.length < MIN_LENGTH || !/^[a-z]+$/u.test(word) || fixes.has(word)) continue;
    if (!unusedAndUncommon(index, term)) continue;
    const fixed = nearestUsedWord(word, engine) ?? (q.names.has(term) ? null : nearestCommonWord(word));
    if (fixed !== null) fixes.set(word, fixed);
  }
  if (fixes.size === 0) return q;
  const text = q.text.replace(/\p{L}+/gu, (typed) => {
    const fixed = fixes.get(foldWord(typed));
    return fixed === undefined ? typed : styledAs(typed, fixed);
  });
  return { ...analyzeQuestion(text), text: q.text };
}

/** `word` in the case `typed` is in: all capitals, a capital first, or as it is. */
function styledAs(typed: string, word: string): string {
  if (typed.length > 1 && typed === typed.toUpperCase()) return word.toUpperCase();
  return /^\p{Lu}/u.test(typed) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
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
 * Words of one term ("conference" and "conferance", "president" and "presideent") are
 * told apart by how the corpus spells it (see {@link spelledMostOften}).
 */
function nearestUsedWord(word: string, engine: Engine): string | null {
  const frequency = engine.index.sentenceFrequency;
  const starts = termStarts(frequency, () => frequency.keys());
  const found: { candidate: string; term: string; count: number }[] = [];
  for (const candidate of oneEditFrom(word)) {
    if (!startsLikeATerm(candidate, starts) && !isIrregularForm(candidate)) continue;
    const term = termOfOnce(candidate);
    const count = term === null ? 0 : (frequency.get(term) ?? 0);
    if (count > 0) found.push({ candidate, term: term!, count });
  }
  if (found.length === 0) return null;
  const most = Math.max(...found.map((f) => f.count));
  const best = found.filter((f) => f.count === most).sort((a, b) => (a.candidate < b.candidate ? -1 : 1));
  const spellings = best.filter((f) => f.term === best[0]!.term).map((f) => f.candidate);
  return spellings.length > 1 ? spelledMostOften(engine, spellings) : spellings[0]!;
}

/** Sentences read, at most, to tell which of several spellings of one term the corpus uses. */
const SPELLINGS_READ = 50;

/** Of words that share one search term, the one the corpus's sentences with that term spell out most often; the first on a tie. */
function spelledMostOften(engine: Engine, words: readonly string[]): string {
  const hits = engine.index.sentences.search(words[0]!, { fields: ['text'], prefix: false, fuzzy: false });
  const counts = words.map(() => 0);
  for (const hit of hits.slice(0, SPELLINGS_READ)) {
    const entry = engine.catalog.sentences[hit.id as number]!;
    const spelt = new Set(tokenizeText(entry.doc.body.slice(entry.start, entry.end)).map(foldWord));
    words.forEach((w, i) => (counts[i]! += spelt.has(w) ? 1 : 0));
  }
  return words[counts.indexOf(Math.max(...counts))]!;
}

/**
 * The common English word one edit from `word`, for a word one edit from none the corpus
 * uses: a stop word first, else the most common word of the word-vector table; null when
 * there is none.
 */
function nearestCommonWord(word: string): string | null {
  const table = wordNeighbours();
  const starts = termStarts(table, () => table.allTerms());
  let best: string | null = null;
  let bestRank = Infinity;
  for (const candidate of oneEditFrom(word)) {
    let rank: number | undefined = -1;
    if (!isStopWord(candidate)) {
      if (!startsLikeATerm(candidate, starts) && !isIrregularForm(candidate)) continue;
      const term = termOfOnce(candidate);
      rank = term === null ? undefined : table.rank(term);
    }
    if (rank !== undefined && (rank < bestRank || (rank === bestRank && candidate < best!))) {
      best = candidate;
      bestRank = rank;
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

const startsOf = new WeakMap<object, Set<string>>();

/**
 * How the search terms of a vocabulary (the corpus's, the word-vector table's) start: their
 * first {@link PREFIX} letters, or the whole of shorter ones. Worked out once per vocabulary.
 */
function termStarts(vocabulary: object, terms: () => Iterable<string>): Set<string> {
  let starts = startsOf.get(vocabulary);
  if (starts === undefined) {
    starts = new Set();
    for (const term of terms()) starts.add(term.slice(0, PREFIX));
    startsOf.set(vocabulary, starts);
  }
  return starts;
}

/** Whether a corpus term starts as `word` does, or is a shorter start of it ("acr" of "acres"). */
function startsLikeATerm(word: string, starts: ReadonlySet<string>): boolean {
  for (let length = PREFIX; length >= 2; length--) if (starts.has(word.slice(0, length))) return true;
  return false;
}
