import type { Token } from './tokens.js';
import { HONORIFICS, NAME_PARTICLES, TIME_WORDS, TITLES, VERB_MODIFIERS } from './lexicon.js';

/**
 * Noun-phrase chunking over POS-tagged tokens, just deep enough to find who speaks:
 * the subject before a verb ("The Canadian government estimates"), the subject after
 * an inverted verb ("said Deputy Commissioner Jane Roe"), appositives ("Jane Roe,
 * director of the institute, said") and names inside a phrase.
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
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'another', 'some', 'many', 'several', 'two', 'three']);
const NAME_JOINERS = new Set(['-', '‐', "'", '’', '.']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
const RELATIVE_STARTS = new Set(['who', 'which', 'whose', 'whom', 'that']);
const CAPITALIZED = /^\p{Lu}/u;
/** Tags a capitalized word can carry inside a name (not "In", "But", "He" at a sentence start). */
const NAME_TAGS = new Set(['PROPN', 'NOUN', 'ADJ', 'X', 'NUM']);

export const isCapitalized = (t: Token | undefined): boolean => t !== undefined && CAPITALIZED.test(t.text);
const isTime = (t: Token): boolean => (t.pos === 'NOUN' || t.pos === 'PROPN') && TIME_WORDS.has(t.lower);
export const isPersonalPronoun = (t: Token | undefined): boolean => t !== undefined && t.pos === 'PRON' && PERSONAL_PRONOUNS.has(t.lower);
const isComma = (t: Token | undefined): boolean => t !== undefined && t.text === ',';

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
  return NAME_PARTICLES.has(t.text) && isCapitalized(prev) && isCapitalized(next);
}

/** Tokens that can sit inside a noun phrase before its head. */
function isModifier(t: Token): boolean {
  if (isTime(t)) return false;
  return t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'NUM' || (t.pos === 'X' && isCapitalized(t));
}

/** A head noun: what a subject phrase may end with. */
function isHead(t: Token): boolean {
  return (t.pos === 'NOUN' || t.pos === 'PROPN' || (t.pos === 'X' && isCapitalized(t))) && !isTime(t);
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
  if (!isHead(head) && !isNamePart(tokens, j)) return null;
  let k = j;
  while (k - 1 >= lo) {
    const p = tokens[k - 1]!;
    if (isNamePart(tokens, k - 1) && !isTime(p)) k--;
    else if (isModifier(p)) k--;
    else if (POSSESSIVE.has(p.text) && p.pos !== 'PUNCT' && k - 2 >= lo && isHead(tokens[k - 2]!)) k--;
    else if (p.pos === 'DET' && DETERMINERS.has(p.lower)) {
      k--;
      if (!joinsNames(tokens, k - 1, lo)) break;
      k--; // "Centre for the Analysis": keep going through the joining word
    } else if (joinsNames(tokens, k - 1, lo)) k--;
    else if (p.pos === 'CCONJ' && (p.lower === 'and' || p.lower === '&') && k - 2 >= lo) {
      const left = nounPhraseEndingAt(tokens, k - 2, lo);
      if (!left || isPersonalPronoun(tokens[left.last])) break;
      k = left.first;
      break;
    } else break;
  }
  return { first: k, last: j };
}

/** "of" or "for" between capitalized words, as in "Secretary of State" or "Centre for Analysis". */
function joinsNames(tokens: readonly Token[], i: number, lo: number): boolean {
  const t = tokens[i];
  if (!t || i - 1 < lo || (t.lower !== 'of' && t.lower !== 'for' && t.lower !== 'and')) return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  const afterName = after && (isCapitalized(after) || (after.lower === 'the' && isCapitalized(tokens[i + 2])));
  return isCapitalized(before) && before!.pos === 'PROPN' && Boolean(afterName);
}

/** Steps left over adverbs, auxiliaries and negation between a subject and its verb. */
function skipVerbModifiers(tokens: readonly Token[], j: number, lo: number): number {
  while (j >= lo) {
    const t = tokens[j]!;
    if (VERB_MODIFIERS.has(t.lower) || t.pos === 'ADV' || t.pos === 'AUX' || (t.pos === 'PART' && t.lower !== "'s" && t.lower !== '’s')) j--;
    else break;
  }
  return j;
}

/** Skips a parenthetical that ends at `j` ("Jane Roe (D-Ore.) said"). */
function skipParenthetical(tokens: readonly Token[], j: number, lo: number): number {
  if (tokens[j]?.text !== ')') return j;
  for (let k = j - 1; k >= lo && j - k < 12; k--) if (tokens[k]!.text === '(') return k - 1;
  return j;
}

/**
 * The subject of the verb at `v`: the phrase before it, past adverbs, a parenthetical,
 * an appositive or relative clause set off by commas, and a trailing "from July"-style
 * time phrase.
 */
export function subjectBefore(tokens: readonly Token[], v: number, lo: number): SpeakerPhrase | null {
  let j = skipVerbModifiers(tokens, v - 1, lo);
  j = skipParenthetical(tokens, j, lo);
  if (j < lo) return null;
  if (isComma(tokens[j])) return subjectBeforeComma(tokens, j, lo);
  // "A report from July noted": step over a time phrase that follows the head noun.
  const t = tokens[j]!;
  if (isTime(t) && j - 2 >= lo && tokens[j - 1]!.pos === 'ADP' && isHead(tokens[j - 2]!)) j -= 2;
  else if (isTime(t)) return null;
  const phrase = nounPhraseEndingAt(tokens, j, lo);
  return phrase ? { phrase, description: null } : null;
}

/** Subject followed by a comma-enclosed appositive or relative clause: "Jane Roe, the mayor, said". */
function subjectBeforeComma(tokens: readonly Token[], comma: number, lo: number): SpeakerPhrase | null {
  let open = -1;
  for (let k = comma - 1; k >= lo && comma - k <= 30; k--) {
    if (isComma(tokens[k])) {
      open = k;
      break;
    }
  }
  if (open < 0 || open === comma - 1) return null;
  const inner: Phrase = { first: open + 1, last: comma - 1 };
  const before = nounPhraseEndingAt(tokens, skipParenthetical(tokens, open - 1, lo), lo);
  if (!before) return null;
  const first = tokens[inner.first]!;
  if (RELATIVE_STARTS.has(first.lower)) return { phrase: before, description: null };
  // "The party's nominee, Jane Roe, said": the name is the inserted phrase.
  const innerPhrase = nounPhraseEndingAt(tokens, inner.last, inner.first);
  if (innerPhrase && innerPhrase.first === inner.first && isNamePart(tokens, inner.last) && !isNamePart(tokens, before.last)) {
    return { phrase: innerPhrase, description: trimDeterminer(tokens, before) };
  }
  return isAppositive(tokens, inner) ? { phrase: before, description: inner } : null;
}

/** An appositive describes a noun phrase: "director of the institute", "a pollster", "the former mayor". */
export function isAppositive(tokens: readonly Token[], phrase: Phrase): boolean {
  const first = tokens[phrase.first];
  if (!first || phrase.last - phrase.first > 25) return false;
  if (RELATIVE_STARTS.has(first.lower) || first.pos === 'VERB' || first.pos === 'AUX' || first.pos === 'PRON') return false;
  if (hasFiniteVerb(tokens, phrase)) return false; // a clause, not a description: "Roe, the bridge will open"
  if (first.pos === 'DET' || first.pos === 'ADJ' || first.pos === 'NUM' || TITLES.has(first.lower)) return true;
  return first.pos === 'NOUN' && !isCapitalized(first);
}

/**
 * An auxiliary makes the phrase a clause of its own ("the bridge will open", "the work is
 * done"), unless it stands in a relative clause ("a lawyer who has represented the families").
 */
function hasFiniteVerb(tokens: readonly Token[], phrase: Phrase): boolean {
  for (let k = phrase.first; k <= phrase.last; k++) {
    const t = tokens[k]!;
    if (RELATIVE_STARTS.has(t.lower)) return false;
    if (t.pos === 'AUX') return true;
  }
  return false;
}

/**
 * The phrase after an inverted verb ("said Jane Roe, a spokeswoman") or after "according to".
 * Stops at the first token that cannot continue a noun phrase.
 */
export function phraseAfter(tokens: readonly Token[], i: number, hi: number): SpeakerPhrase | null {
  let k = i;
  while (k < hi && tokens[k]!.pos === 'DET' && DETERMINERS.has(tokens[k]!.lower)) k++;
  const first = i;
  if (k < hi && isPersonalPronoun(tokens[k])) return { phrase: { first: k, last: k }, description: null };
  let last = -1;
  while (k < hi) {
    const t = tokens[k]!;
    if (isNamePart(tokens, k) || isModifier(t)) last = k;
    else if (POSSESSIVE.has(t.text) && t.pos === 'PART') last = k;
    else if (!(joinsNames(tokens, k, first) || (t.pos === 'DET' && isCapitalized(tokens[k + 1]) && tokens[k - 1] && joinsNames(tokens, k - 1, first)))) break;
    k++;
  }
  if (last < 0 || !isHead(tokens[last]!)) return null;
  const phrase: Phrase = { first, last };
  let description: Phrase | null = null;
  if (isComma(tokens[last + 1])) {
    let end = last + 2;
    while (end < hi && !isComma(tokens[end]) && tokens[end]!.text !== '.' && tokens[end]!.text !== ';') end++;
    const inner: Phrase = { first: last + 2, last: end - 1 };
    if (inner.last >= inner.first && isAppositive(tokens, inner)) description = trimEndPunctuation(tokens, inner);
  }
  return { phrase, description };
}

/** A phrase without its leading article, for a role ("the party's nominee" → "party's nominee"). */
export function trimDeterminer(tokens: readonly Token[], phrase: Phrase): Phrase {
  const t = tokens[phrase.first];
  return t && (t.lower === 'the' || t.lower === 'a' || t.lower === 'an') && phrase.first < phrase.last
    ? { first: phrase.first + 1, last: phrase.last }
    : phrase;
}

function trimEndPunctuation(tokens: readonly Token[], phrase: Phrase): Phrase {
  let last = phrase.last;
  while (last > phrase.first && tokens[last]!.pos === 'PUNCT') last--;
  return { first: phrase.first, last };
}

/**
 * Splits a speaker phrase into its name and the title or description before it:
 * "RCMP Deputy Commissioner Jane Roe" → role "RCMP Deputy Commissioner", name "Jane Roe";
 * "the party's nominee John Doe" → role "party's nominee", name "John Doe";
 * "Mr. Doe" → name "Doe" (an honorific is not a role).
 * Returns null for the name when the phrase does not end in a name.
 */
export function splitTitle(tokens: readonly Token[], phrase: Phrase): { name: Phrase | null; role: Phrase | null } {
  let start = phrase.last + 1;
  while (start - 1 >= phrase.first && isNamePart(tokens, start - 1)) start--;
  if (start > phrase.last) return { name: null, role: null };
  let nameStart = start;
  for (let k = start; k < phrase.last; k++) {
    const lower = tokens[k]!.lower;
    if (TITLES.has(lower) || HONORIFICS.has(lower) || lower === 'of') nameStart = k + 1;
  }
  const name: Phrase = { first: nameStart, last: phrase.last };
  let roleEnd = nameStart - 1;
  while (roleEnd >= phrase.first && HONORIFICS.has(tokens[roleEnd]!.lower)) roleEnd--;
  const roleStart = trimDeterminer(tokens, { first: phrase.first, last: Math.max(roleEnd, phrase.first) }).first;
  const role = roleEnd >= roleStart && roleEnd >= phrase.first ? { first: roleStart, last: roleEnd } : null;
  return { name, role };
}
