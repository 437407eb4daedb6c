import { TITLES } from '../words/lexicon.js';
import type { Token } from '../words/tokens.js';
import { isCapitalized, POSSESSIVE, RELATIVE_STARTS, type Phrase } from './nounPhrases.js';

/** Appositives run long in news writing ("a rower who won two titles in … and now coaches …"). */
const MAX_APPOSITIVE_TOKENS = 40;

/** An appositive describes a noun phrase: "director of the institute", "a pollster", "the former mayor". */
export function isAppositive(tokens: readonly Token[], phrase: Phrase): boolean {
  // "Roe, also a candidate, said", "Roe, now the mayor, said": an adverb before a description leaves it one.
  const lead = tokens[phrase.first];
  if (lead?.pos === 'ADV' && /^\p{Ll}+$/u.test(lead.text) && phrase.first < phrase.last)
    return isAppositive(tokens, { first: phrase.first + 1, last: phrase.last });
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

/** Possessive determiners, which the tagger marks as pronouns ("his campaign spokeswoman"). */
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
