import { createRequire } from 'node:module';

/**
 * How text becomes search terms, the same for documents and queries: split on spaces
 * and punctuation, lower-case, fold accents ("café" finds "cafe"), drop English stop
 * words, and reduce each word to its Porter2 stem ("warned", "warning" → "warn"), an
 * irregular verb's past forms first to its base ("wrote", "written" → "write").
 * Terms are only used for matching; offsets always come from the original text.
 */

/**
 * The CommonJS packages read here are loaded with `require`, not `import`: importing one
 * from an ES module makes Node first scan its whole source for the names it exports, and
 * for `stopword`, 240 KB of lists in 60 languages, that scan cost more start-up time than
 * anything else the engine loads (about 25 ms, against 5 ms to require it).
 */
const require = createRequire(import.meta.url);
const { eng } = require('stopword') as typeof import('stopword');
const stem = require('wink-porter2-stemmer') as typeof import('wink-porter2-stemmer').default;

/**
 * Stop words: the `stopword` package's English list; the function words it lacks
 * (pronouns such as "she" and "its", the wh-words "when", "whom", "whose", "why", the
 * auxiliary "does"), which otherwise count as the rarest words of a question; and the
 * letters left by splitting contractions ("we’re" → "we", "re").
 */
const STOP_WORDS: ReadonlySet<string> = new Set([
  ...eng,
  ...[
    'she',
    'its',
    'itself',
    'herself',
    'themselves',
    'ourselves',
    'yourself',
    'whom',
    'whose',
    'when',
    'why',
    'does',
    'doing',
  ],
  ...['s', 't', 're', 've', 'll', 'd', 'm'],
]);

/** Past forms of irregular verbs, by base form: the `english-verbs-irregular` package's list. */
const IRREGULAR_VERBS = require('english-verbs-irregular/dist/verbs.json') as Record<string, string[][]>;

/**
 * Past forms that are also words of their own, left as they are: "found" (to found a
 * college), "left" (the left bank), "born", "ground", "rose", "wound", "spoke" and the like.
 * Words that are themselves a base form ("lay", "saw") are never rewritten.
 */
const OWN_WORDS: ReadonlySet<string> = new Set([
  'found',
  'left',
  'born',
  'borne',
  'bore',
  'felt',
  'bound',
  'ground',
  'rose',
  'wound',
  'fell',
  'spoke',
  'resent',
  'rebound',
  'dove',
  'stole',
  'butted',
  'canned',
  'dogged',
]);

/** The base form of each irregular past form ("began", "begun" → "begin"). */
const BASE_FORMS: ReadonlyMap<string, string> = new Map(
  Object.entries(IRREGULAR_VERBS).flatMap(([base, forms]) =>
    forms
      .flat()
      .filter((form) => form !== base && !(form in IRREGULAR_VERBS) && !OWN_WORDS.has(form))
      .map((form): [string, string] => [form, base]),
  ),
);

/** What separates words, as in MiniSearch's default tokenizer: line breaks, Unicode spaces, punctuation and symbols. */
const SEPARATOR = /^[\n\r\p{Z}\p{P}\p{S}]$/u;

/** {@link SEPARATOR} for each ASCII character, by code: most of an English text, read without a regular expression. */
const ASCII_SEPARATORS = Uint8Array.from({ length: 128 }, (_, code) =>
  SEPARATOR.test(String.fromCharCode(code)) ? 1 : 0,
);
/**
 * {@link SEPARATOR} for the other characters met so far, by code point; a text uses few
 * of them. Emptied when it holds {@link MAX_REMEMBERED_CHARACTERS}, so that questions
 * made of ever new characters cannot grow it.
 */
const otherSeparators = new Map<number, boolean>();
const MAX_REMEMBERED_CHARACTERS = 4096;

function isSeparator(point: number): boolean {
  if (point < 128) return ASCII_SEPARATORS[point] === 1;
  let separator = otherSeparators.get(point);
  if (separator === undefined) {
    if (otherSeparators.size >= MAX_REMEMBERED_CHARACTERS) otherSeparators.clear();
    otherSeparators.set(point, (separator = SEPARATOR.test(String.fromCodePoint(point))));
  }
  return separator;
}

/**
 * Splits text into words on {@link SEPARATOR}, as `text.split(/[…]+/u)` without the
 * empty strings would, a code point at a time. Every word of every passage and question
 * goes through here.
 */
export function tokenizeText(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length;) {
    const point = text.codePointAt(i)!;
    if (isSeparator(point)) {
      if (start >= 0) words.push(text.slice(start, i));
      start = -1;
    } else if (start < 0) {
      start = i;
    }
    i += point > 0xffff ? 2 : 1;
  }
  if (start >= 0) words.push(text.slice(start));
  return words;
}

/** Lower case and without diacritics: the form words are compared in. */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  // Only decompose when there is something to strip: most words are plain ASCII.
  return /[^\p{ASCII}]/u.test(lower) ? lower.normalize('NFD').replace(/\p{M}+/gu, '') : lower;
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(foldWord(word));
}

/** Whether a word is the past form of an irregular verb, whose term is its base's ("bought" → "buy"). */
export function isIrregularForm(word: string): boolean {
  return BASE_FORMS.has(foldWord(word));
}

/**
 * Terms already worked out, by word: stemming costs about 5 µs a word, a lookup a
 * fiftieth of that, and a corpus repeats its words. Emptied when it reaches
 * {@link MAX_REMEMBERED} words, so that endless distinct queries cannot grow it.
 */
const remembered = new Map<string, string | null>();
/** Distinct words remembered: more than the vocabulary of thousands of articles. */
const MAX_REMEMBERED = 200_000;

/** The search term for one word, or null for a stop word. */
export function termOf(word: string): string | null {
  const known = remembered.get(word);
  if (known !== undefined) return known;
  if (remembered.size >= MAX_REMEMBERED) remembered.clear();
  const term = computeTerm(word);
  remembered.set(word, term);
  return term;
}

/**
 * The search term for one word, as {@link termOf} gives it, without remembering the word:
 * for the many made-up spellings that a check for a misspelt word tries.
 */
export function termOfOnce(word: string): string | null {
  return remembered.get(word) ?? computeTerm(word);
}

function computeTerm(word: string): string | null {
  const folded = foldWord(word);
  if (folded.length === 0 || STOP_WORDS.has(folded)) return null;
  if (/^\d/u.test(folded)) return folded;
  return stem(BASE_FORMS.get(folded) ?? folded);
}

/** All search terms of a text, in order (stop words dropped). */
export function termsOf(text: string): string[] {
  const out: string[] = [];
  for (const word of tokenizeText(text)) {
    const term = termOf(word);
    if (term) out.push(term);
  }
  return out;
}
