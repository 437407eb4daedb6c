import { HONORIFICS, ORGANISATION_WORDS, TITLES } from '../words/lexicon.js';
import type { Token } from '../words/tokens.js';
import { isNamePart, type Phrase } from './nounPhrases.js';

/** A phrase without its leading article, for a role ("the party's nominee" → "party's nominee"). */
export function trimDeterminer(tokens: readonly Token[], phrase: Phrase): Phrase {
  const t = tokens[phrase.first];
  return t && (t.lower === 'the' || t.lower === 'a' || t.lower === 'an') && phrase.first < phrase.last
    ? { first: phrase.first + 1, last: phrase.last }
    : phrase;
}

/** Whether "of" or "for" after this word continues a title or an organisation's name ("Secretary of State", "University of Eastport"). */
export const joinsAfter = (lower: string): boolean => TITLES.has(lower) || ORGANISATION_WORDS.has(lower);

/**
 * Whether the "of" at `i` continues an organisation's name between two name words: "the Bureau of
 * Labor Statistics", "The University of Eastport" (not "Secretary of State", a title, nor "Jane Roe
 * of Maine").
 */
export function joinsOrganisationName(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return (
    tokens[i]?.lower === 'of' &&
    before !== undefined &&
    ORGANISATION_WORDS.has(before.lower) &&
    isNamePart(tokens, i - 1) &&
    isNamePart(tokens, i + 1)
  );
}

/**
 * Whether the words ending at `last` name a person before "of": a name of two words or more, or
 * one after a title ("Senator Roe"); not a title or an organisation ("Secretary of", "University
 * of") and not one capitalized word alone, which may open the sentence ("Half of", "Supporters of").
 */
function isPersonBeforeOf(tokens: readonly Token[], first: number, last: number): boolean {
  const end = tokens[last];
  if (last < first || !end || end.pos !== 'PROPN' || joinsAfter(end.lower)) return false;
  let start = last;
  while (start - 1 >= first && isNamePart(tokens, start - 1) && !joinsAfter(tokens[start - 1]!.lower)) start--;
  return last > start || (start - 1 >= first && joinsAfter(tokens[start - 1]!.lower));
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
  while (
    start - 1 >= phrase.first &&
    (isNamePart(tokens, start - 1) || (start - 2 >= phrase.first && joinsOrganisationName(tokens, start - 1)))
  )
    start--;
  if (start > phrase.last) return { name: null, role: null };
  // "of" after a name, not after a title or an organisation's word, says where the person is from or
  // works: "Senator Jane Roe of Maine" is named "Jane Roe", "the University of Eastport" stays whole.
  if (tokens[start - 1]?.lower === 'of' && isPersonBeforeOf(tokens, phrase.first, start - 2))
    return splitTitle(tokens, { first: phrase.first, last: start - 2 });
  let nameStart = start;
  for (let k = start; k < phrase.last; k++) {
    const lower = tokens[k]!.lower;
    if (TITLES.has(lower) || HONORIFICS.has(lower) || (lower === 'of' && !joinsOrganisationName(tokens, k)))
      nameStart = k + 1;
  }
  const name: Phrase = { first: nameStart, last: phrase.last };
  let roleEnd = nameStart - 1;
  while (roleEnd >= phrase.first && HONORIFICS.has(tokens[roleEnd]!.lower)) roleEnd--;
  const roleStart = trimDeterminer(tokens, { first: phrase.first, last: Math.max(roleEnd, phrase.first) }).first;
  const role = roleEnd >= roleStart && roleEnd >= phrase.first ? { first: roleStart, last: roleEnd } : null;
  return { name, role };
}
