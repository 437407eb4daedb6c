import type { Token } from '../words/tokens.js';
import {
  DETERMINERS,
  isAgeNoun,
  isCapitalized,
  isComma,
  isHead,
  isModifier,
  isNamePart,
  isPersonalPronoun,
  joinsNames,
  POSSESSIVE,
  type Phrase,
  type SpeakerPhrase,
} from './nounPhrases.js';
import { isAppositive } from './appositives.js';
import { joinsAfter } from './titles.js';

/**
 * After an inverted verb, "of" and "for" join a name only when the word before them
 * heads an organisation or title ("Centre for Analysis", "Secretary of State"): in
 * "wrote Jane Roe for the Harbor Post" the name ends before "for".
 */
function joinsBody(tokens: readonly Token[], i: number, lo: number): boolean {
  const t = tokens[i];
  if (!t || !joinsNames(tokens, i, lo)) return false;
  if (t.lower === 'and') return true;
  return joinsAfter(tokens[i - 1]!.lower);
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

function trimEndPunctuation(tokens: readonly Token[], phrase: Phrase): Phrase {
  let last = phrase.last;
  while (last > phrase.first && tokens[last]!.pos === 'PUNCT') last--;
  return { first: phrase.first, last };
}
