import type { Token } from './tokens.js';
import { HONORIFICS, NAME_PARTICLES, ORGANISATION_WORDS, TIME_WORDS, TITLES } from './lexicon.js';

/**
 * Noun-phrase chunking over POS-tagged tokens, just deep enough to find who speaks:
 * the subject after an inverted verb ("said Deputy Commissioner Jane Roe"), appositives
 * ("director of the institute"), titles and names inside a phrase. Subjects before a
 * verb, with what may stand between them and it, are in subjects.ts.
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

const DETERMINERS = new Set([
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
/** Possessive determiners, which the tagger marks as pronouns ("his campaign spokeswoman"). */
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
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
function isModifier(t: Token): boolean {
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
    else if (p.pos === 'CCONJ' && (p.lower === 'and' || p.lower === '&') && k - 2 >= lo) {
      const left = nounPhraseEndingAt(tokens, k - 2, lo);
      if (!left || isPersonalPronoun(tokens[left.last])) break;
      k = left.first;
      break;
    } else break;
  }
  return { first: k, last: j };
}

/**
 * After an inverted verb, "of" and "for" join a name only when the word before them
 * heads an organisation or title ("Centre for Analysis", "Secretary of State"): in
 * "wrote Jane Roe for the Harbor Post" the name ends before "for".
 */
function joinsBody(tokens: readonly Token[], i: number, lo: number): boolean {
  const t = tokens[i];
  if (!t || !joinsNames(tokens, i, lo)) return false;
  if (t.lower === 'and') return true;
  const before = tokens[i - 1]!.lower;
  return ORGANISATION_WORDS.has(before) || TITLES.has(before);
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
function joinsNames(tokens: readonly Token[], i: number, lo: number): boolean {
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

/** Appositives run long in news writing ("a rower who won two titles in … and now coaches …"). */
const MAX_APPOSITIVE_TOKENS = 40;

/** An appositive describes a noun phrase: "director of the institute", "a pollster", "the former mayor". */
export function isAppositive(tokens: readonly Token[], phrase: Phrase): boolean {
  const first = tokens[phrase.first];
  if (!first || phrase.last - phrase.first > MAX_APPOSITIVE_TOKENS) return false;
  // "managing director of the fund": a participle that modifies a title noun opens a description.
  const second = tokens[phrase.first + 1];
  if (first.pos === 'VERB' && first.lower.endsWith('ing') && second?.pos === 'NOUN' && TITLES.has(second.lower))
    return !hasFiniteVerb(tokens, phrase);
  // "Hicks, his campaign spokeswoman, said": a possessive determiner opens a description as an article does.
  const determiner =
    POSSESSIVE_DETERMINERS.has(first.lower) &&
    second !== undefined &&
    (second.pos === 'NOUN' || second.pos === 'ADJ' || second.pos === 'PROPN');
  if (
    RELATIVE_STARTS.has(first.lower) ||
    first.pos === 'VERB' ||
    first.pos === 'AUX' ||
    (first.pos === 'PRON' && !determiner)
  )
    return false;
  if (hasFiniteVerb(tokens, phrase)) return false; // a clause, not a description: "Roe, the bridge will open"
  if (first.pos === 'DET' || first.pos === 'ADJ' || first.pos === 'NUM' || determiner || TITLES.has(first.lower))
    return true;
  // "Jane Roe, Eastport's mayor, said": a possessive name opens a description.
  const possessive = tokens.slice(phrase.first, phrase.last).findIndex((t) => POSSESSIVE.has(t.text));
  if (
    possessive > 0 &&
    tokens.slice(phrase.first, phrase.first + possessive).every((t) => isCapitalized(t) || t.text === '.')
  ) {
    return phrase.first + possessive < phrase.last;
  }
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
  while (k < hi && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'PRON') && DETERMINERS.has(tokens[k]!.lower)) k++;
  const first = i;
  if (k < hi && isPersonalPronoun(tokens[k])) return { phrase: { first: k, last: k }, description: null };
  const quantity = i < hi && QUANTITY_PRONOUNS.has(tokens[i]!.lower);
  // "said one of the advisers, who …": a part of a group, named by the group after "of".
  if (quantity && tokens[i + 1]?.lower === 'of') {
    const group = phraseAfter(tokens, i + 2, hi);
    return group && { phrase: { first: i, last: group.phrase.last }, description: group.description };
  }
  // "“…,” read one.", "tweeted another": the quantity alone stands for one of those just named.
  if (quantity && (i + 1 >= hi || /^[.,;]$/u.test(tokens[i + 1]!.text)))
    return { phrase: { first: i, last: i }, description: null };
  let last = -1;
  while (k < hi) {
    const t = tokens[k]!;
    if (
      k + 4 < hi &&
      t.pos === 'NUM' &&
      tokens[k + 4]!.lower === 'old' &&
      tokens[k + 1]!.text === '-' &&
      tokens[k + 3]!.text === '-'
    ) {
      if (isAgeNoun(tokens, k + 4)) last = k + 4; // "said the 46-year-old", or a modifier: "said the 46-year-old teacher"
      k += 5;
      continue;
    }
    // The phrase ends at its last possible head: "one Democrat present at …" ends at "Democrat".
    if (isNamePart(tokens, k) || isHead(t)) last = k;
    else if (isModifier(t)) {
      if (last < 0 && t.pos !== 'ADJ') last = k;
    } else if (POSSESSIVE.has(t.text) && t.pos === 'PART') last = k;
    else if (isAttributiveParticiple(tokens, k, hi) && (last < 0 || !isHead(tokens[last]!))) {
      // "said one retired harbor pilot": a participle used as an adjective before the head.
    } else if (!(
      joinsBody(tokens, k, first) ||
      (t.pos === 'DET' && isCapitalized(tokens[k + 1]) && tokens[k - 1] && joinsBody(tokens, k - 1, first))
    ))
      break;
    k++;
  }
  if (last < 0 || !(isHead(tokens[last]!) || isAgeNoun(tokens, last))) return null;
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

/** Words that name a part of a group, alone or before "of" ("one", "another", "some of the rowers"). */
const QUANTITY_PRONOUNS: ReadonlySet<string> = new Set([
  'one',
  'another',
  'some',
  'many',
  'several',
  'most',
  'others',
  'two',
  'three',
  'both',
]);

/** A participle standing before a noun it modifies ("retired", "leading", "elected"). */
function isAttributiveParticiple(tokens: readonly Token[], k: number, hi: number): boolean {
  const t = tokens[k]!;
  return (
    t.pos === 'VERB' &&
    /(?:ed|ing)$/u.test(t.lower) &&
    k + 1 < hi &&
    (isNamePart(tokens, k + 1) || isModifier(tokens[k + 1]!))
  );
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
