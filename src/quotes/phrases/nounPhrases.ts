import type { Token } from '../words/tokens.js';
import { NAME_PARTICLES, TIME_WORDS, TITLES } from '../words/lexicon.js';

/**
 * Noun-phrase chunking over POS-tagged tokens, just deep enough to find who speaks:
 * the subject after an inverted verb ("said Deputy Commissioner Jane Roe"), appositives
 * ("director of the institute"), titles and names inside a phrase. Subjects before a
 * verb, with what may stand between them and it, are in subjects.ts and insertions.ts; the
 * phrase after an inverted verb is in phraseAfter.ts, appositives in appositives.ts.
 *
 * Phrases are inclusive token index ranges into one token array. `lo` and `hi` bound
 * the search to a clause (no crossing of quotation marks or sentence ends).
 */
export interface Phrase {
  first: number;
  last: number;
}

/** A speaker phrase with the appositive that describes it, if any. */
export interface SpeakerPhrase {
  phrase: Phrase;
  /** Appositive or other description of the speaker ("president of the institute"). */
  description: Phrase | null;
  /** When `phrase` is a relative pronoun ("Roe, who said …"), the phrase it stands for. */
  antecedent?: Phrase;
}

/** Where a speaker phrase starts, with its description when that comes first ("The mayor, Jane Roe, …"). */
export const phraseStart = (sp: SpeakerPhrase): number => Math.min(sp.phrase.first, sp.description?.first ?? Infinity);

export const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'these',
  'those',
  'its',
  'his',
  'her',
  'their',
  'our',
  'my',
  'your',
  'another',
  'some',
  'many',
  'several',
  'two',
  'three',
]);
const NAME_JOINERS = new Set(['-', '‐', "'", '’', '.']);
export const POSSESSIVE: ReadonlySet<string> = new Set(["'s", '’s', "'", '’']);
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
export const RELATIVE_STARTS: ReadonlySet<string> = new Set(['who', 'which', 'whose', 'whom', 'that']);
const CAPITALIZED = /^\p{Lu}/u;
/** Tags a capitalized word can carry inside a name (not "In", "But", "He" at a sentence start). */
const NAME_TAGS = new Set(['PROPN', 'NOUN', 'ADJ', 'X', 'NUM']);

export const isCapitalized = (t: Token | undefined): boolean => t !== undefined && CAPITALIZED.test(t.text);
export const isTime = (t: Token): boolean => (t.pos === 'NOUN' || t.pos === 'PROPN') && TIME_WORDS.has(t.lower);
export const isPersonalPronoun = (t: Token | undefined): boolean =>
  t !== undefined && t.pos === 'PRON' && PERSONAL_PRONOUNS.has(t.lower);
export const isComma = (t: Token | undefined): boolean => t !== undefined && t.text === ',';

/** Tags of the pieces a tokenizer leaves when it splits a word at an unusual character. */
const GLUED_PIECE_TAGS: ReadonlySet<string> = new Set(['SYM', 'NOUN', 'X', 'PROPN', 'ADJ']);

/** Part of a written name: a capitalized word, an initial, or a joiner glued between two such. */
export function isNamePart(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (isCapitalized(t) && NAME_TAGS.has(t.pos)) return true;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (NAME_JOINERS.has(t.text) && prev && next && prev.end === t.start && t.end === next.start) {
    return isCapitalized(prev) && isCapitalized(next);
  }
  // "Charles de Gaulle": a lower-case particle between two name words.
  if (NAME_PARTICLES.has(t.text) && isCapitalized(prev) && isCapitalized(next)) return true;
  // A name the tokenizer split at an unusual character ("Fran§ois"): the pieces glued to a name word belong to it.
  return (
    prev !== undefined &&
    prev.end === t.start &&
    GLUED_PIECE_TAGS.has(t.pos) &&
    !/^[\s.,;:!?()[\]"“”‘’'-]/u.test(t.text) &&
    isNamePart(tokens, i - 1)
  );
}

/** Tokens that can sit inside a noun phrase before its head. */
export function isModifier(t: Token): boolean {
  if (isTime(t)) return false;
  return (
    t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'NUM' || (t.pos === 'X' && isCapitalized(t))
  );
}

/**
 * "the 46-year-old", "a 30-year-old": an age compound used as a noun for a person, when no
 * noun follows it (in "a 46-year-old teacher" it is an adjective).
 */
export function isAgeNoun(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (!t || t.lower !== 'old' || tokens[j - 1]?.text !== '-' || tokens[j - 3]?.text !== '-') return false;
  if (!/^years?$/u.test(tokens[j - 2]?.lower ?? '') || tokens[j - 4]?.pos !== 'NUM') return false;
  const next = tokens[j + 1];
  return !next || !(next.pos === 'NOUN' || next.pos === 'PROPN' || (next.text === '-' && next.start === t.end));
}

/**
 * A head noun: what a subject phrase may end with. Capitalized adjectives and title words
 * tagged as adjectives head phrases too ("one Democrat", "the deputy chief", "Ann Marsh").
 */
export function isHead(t: Token): boolean {
  const nominal = t.pos === 'NOUN' || t.pos === 'PROPN' || (t.pos === 'X' && isCapitalized(t));
  const adjectival = t.pos === 'ADJ' && (isCapitalized(t) || TITLES.has(t.lower));
  return (nominal || adjectival) && !isTime(t);
}

/**
 * The noun phrase whose last token is `j`, scanning left no further than `lo`.
 * Includes a leading determiner, possessives ("the party's nominee"), capitalized
 * names joined by "of"/"for" ("Secretary of State"), and coordination of two phrases
 * ("The United Nations and the American government").
 */
export function nounPhraseEndingAt(tokens: readonly Token[], j: number, lo: number): Phrase | null {
  const head = tokens[j];
  if (!head || j < lo) return null;
  if (isPersonalPronoun(head)) return { first: j, last: j };
  const age = isAgeNoun(tokens, j);
  if (!isHead(head) && !isNamePart(tokens, j) && !age) return null;
  // "Mun Ja-rok": a head glued by a hyphen to the name part before it belongs to that name.
  let k = age ? j - 4 : isNamePart(tokens, hyphenatedStart(tokens, j, lo)) ? hyphenatedStart(tokens, j, lo) : j;
  while (k - 1 >= lo) {
    const p = tokens[k - 1]!;
    const compound = hyphenatedStart(tokens, k - 1, lo);
    if (compound < k - 1)
      k = compound; // "the 34-year-old owner", "harbor-based Jane Roe"
    else if (isNamePart(tokens, k - 1) && !isTime(p)) k--;
    else if (isModifier(p)) k--;
    else if (POSSESSIVE.has(p.text) && p.pos !== 'PUNCT' && k - 2 >= lo && isHead(tokens[k - 2]!)) k--;
    else if ((p.pos === 'DET' || p.pos === 'PRON') && DETERMINERS.has(p.lower)) {
      k--;
      if (!joinsNames(tokens, k - 1, lo)) break;
      k--; // "Centre for the Analysis": keep going through the joining word
    } else if (joinsNames(tokens, k - 1, lo)) k--;
    else if (p.text === ',' && k < j && coordinatedAdjectivesStart(tokens, k - 1, lo) >= lo) {
      k = coordinatedAdjectivesStart(tokens, k - 1, lo);
      break;
    } else if (p.pos === 'CCONJ' && (p.lower === 'and' || p.lower === '&') && k - 2 >= lo) {
      const left = nounPhraseEndingAt(tokens, k - 2, lo);
      if (!left || isPersonalPronoun(tokens[left.last])) break;
      k = left.first;
      break;
    } else break;
  }
  return { first: k, last: j };
}

/**
 * "the bespectacled, 71-year-old diplomat": adjectives set off by a comma before the modifiers of a head,
 * opened by a determiner. Returns where the determiner stands when the tokens before the comma at `comma`
 * are such adjectives, else -1. A determiner after a preposition opens an adverbial ("In the past, …").
 */
function coordinatedAdjectivesStart(tokens: readonly Token[], comma: number, lo: number): number {
  let k = comma;
  while (k - 1 >= lo && tokens[k - 1]!.pos === 'ADJ' && /^\p{Ll}/u.test(tokens[k - 1]!.text) && !isTime(tokens[k - 1]!))
    k = hyphenatedStart(tokens, k - 1, lo);
  const determiner = tokens[k - 1];
  if (k === comma || k - 1 < lo || determiner?.pos !== 'DET' || !DETERMINERS.has(determiner.lower)) return -1;
  return tokens[k - 2]?.pos === 'ADP' ? -1 : k - 1;
}

/** Where a hyphenated compound ending at `i` starts ("34-year-old", "Eastport-based"); `i` itself when there is none. */
function hyphenatedStart(tokens: readonly Token[], i: number, lo: number): number {
  let k = i;
  while (
    k - 2 >= lo &&
    tokens[k - 1]!.text === '-' &&
    tokens[k - 1]!.start === tokens[k - 2]!.end &&
    tokens[k]!.start === tokens[k - 1]!.end
  )
    k -= 2;
  return k < i && /^\p{Ll}/u.test(tokens[i]!.text) ? k : i;
}

/** "of" or "for" between capitalized words, as in "Secretary of State" or "Centre for Analysis". */
export function joinsNames(tokens: readonly Token[], i: number, lo: number): boolean {
  const t = tokens[i];
  if (!t || i - 1 < lo || (t.lower !== 'of' && t.lower !== 'for' && t.lower !== 'and')) return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  const afterName = after && (isCapitalized(after) || (after.lower === 'the' && isCapitalized(tokens[i + 2])));
  return isCapitalized(before) && (before!.pos === 'PROPN' || before!.pos === 'ADJ') && Boolean(afterName);
}

/** Skips a parenthetical that ends at `j` ("Jane Roe (D-Ore.) said"). */
export function skipParenthetical(tokens: readonly Token[], j: number, lo: number): number {
  if (tokens[j]?.text !== ')') return j;
  for (let k = j - 1; k >= lo && j - k < 12; k--) if (tokens[k]!.text === '(') return k - 1;
  return j;
}
