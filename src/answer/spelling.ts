import type { Engine } from '../engine/engine.js';
import { foldWord, isIrregularForm, isStopWord, termOf, termOfOnce, tokenizeText } from '../search/analyzer.js';
import type { SearchIndex } from '../search/searchIndex.js';
import type { SentenceEntry } from '../search/catalog.js';
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
  const words = q.search.split(' ');
  const misspelt = (word: string, term: string | null): boolean =>
    term !== null && word.length >= MIN_LENGTH && /^[a-z]+$/u.test(word) && unusedAndUncommon(index, term);
  let paragraphs: Set<number> | undefined;
  // The paragraphs that hold the question's other words: worked out once, and only when two words could be meant.
  const context = (): ReadonlySet<number> =>
    (paragraphs ??= new Set(
      words.filter((w) => !misspelt(w, termOf(w))).flatMap((w) => [...paragraphsWith(engine, w)]),
    ));
  for (const word of words) {
    const term = termOf(word);
    if (!misspelt(word, term) || fixes.has(word)) continue;
    const fixed = nearestUsedWord(word, engine, context) ?? (q.names.has(term!) ? null : nearestCommonWord(word));
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
 * The word one edit from `word` that the question most likely meant, or null when none is
 * a word the corpus uses: the one whose search term shares the most paragraphs with the
 * question's other words (`context`, asked for only when two terms could be meant), then
 * the one the corpus uses in the most sentences. In "When were the French wars of
 * reigion?" that is "religion", which stands beside "wars", though "region" is used more.
 * Edits are counted on the word as typed, before stemming, which can set a misspelling
 * further from its word ("libray" and "library" stem to "libray" and "librari") or swap
 * two letters, which the search's own fuzzy match counts twice. Words of one term
 * ("conference" and "conferance", "president" and "presideent") are told apart by how the
 * corpus spells it (see {@link spelledMostOften}).
 */
function nearestUsedWord(word: string, engine: Engine, context: () => ReadonlySet<number>): string | null {
  const frequency = engine.index.sentenceFrequency;
  const starts = termStarts(frequency, () => frequency.keys());
  const byTerm = new Map<string, { spellings: string[]; count: number; shared: number }>();
  for (const candidate of oneEditFrom(word)) {
    if (!mayBeATermIn(candidate, starts)) continue;
    const term = termOfOnce(candidate);
    const count = term === null ? 0 : (frequency.get(term) ?? 0);
    if (count === 0) continue;
    const known = byTerm.get(term!);
    if (known) known.spellings.push(candidate);
    else byTerm.set(term!, { spellings: [candidate], count, shared: 0 });
  }
  if (byTerm.size === 0) return null;
  for (const entry of byTerm.values()) {
    entry.spellings.sort();
    if (byTerm.size > 1)
      for (const p of paragraphsWith(engine, entry.spellings[0]!)) if (context().has(p)) entry.shared++;
  }
  const [best] = [...byTerm.values()].sort(
    (a, b) => b.shared - a.shared || b.count - a.count || (a.spellings[0]! < b.spellings[0]! ? -1 : 1),
  );
  return best!.spellings.length > 1 ? spelledMostOften(engine, best!.spellings) : best!.spellings[0]!;
}

/** The sentences whose text holds a word's search term as it is (no prefix, no near spelling), best first. */
function sentencesWith(engine: Engine, word: string): SentenceEntry[] {
  return engine.index.sentences
    .search(word, { fields: ['text'], prefix: false, fuzzy: false })
    .map((hit) => engine.catalog.sentences[hit.id as number]!);
}

/** The paragraphs whose sentences hold a word's search term, by position in the catalog. */
function paragraphsWith(engine: Engine, word: string): Set<number> {
  return new Set(sentencesWith(engine, word).map((s) => s.paragraphId));
}

/** Sentences read, at most, to tell which of several spellings of one term the corpus uses. */
const SPELLINGS_READ = 50;

/** Of words that share one search term, the one the corpus's sentences with that term spell out most often; the first on a tie. */
function spelledMostOften(engine: Engine, words: readonly string[]): string {
  const counts = words.map(() => 0);
  for (const entry of sentencesWith(engine, words[0]!).slice(0, SPELLINGS_READ)) {
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
      if (!mayBeATermIn(candidate, starts)) continue;
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

/**
 * Whether a spelling may stem to a term of the vocabulary whose starts are `starts`: it
 * starts as one does, or it is an irregular past form, whose term is its base's.
 */
function mayBeATermIn(word: string, starts: ReadonlySet<string>): boolean {
  return startsLikeATerm(word, starts) || isIrregularForm(word);
}

/** Whether a corpus term starts as `word` does, or is a shorter start of it ("acr" of "acres"). */
function startsLikeATerm(word: string, starts: ReadonlySet<string>): boolean {
  for (let length = PREFIX; length >= 2; length--) if (starts.has(word.slice(0, length))) return true;
  return false;
}
