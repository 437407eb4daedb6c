import { QUOTE_VERBS, REPORTING_VERBS } from './lexicon.js';
import type { Token } from './tokens.js';

/** A verb of saying at token `i`, for the given verb list. Also accepts "-ing" forms mis-tagged as nouns after "be" ("are both warning"). */
export function isSpeechVerb(tokens: readonly Token[], i: number, verbs: ReadonlySet<string> = QUOTE_VERBS): boolean {
  const t = tokens[i];
  if (!t) return false;
  // "as Roe put it": "put" reports words only with "it" ("puts together" does not).
  if (t.pos === 'VERB' && t.lemma === 'put') return verbs.has('put') && tokens[i + 1]?.lower === 'it';
  // "Roe will continue to be “the best pilot”": "continue to" governs another verb; only "“…,” she continued" reports words.
  if (t.pos === 'VERB' && t.lemma === 'continue' && tokens[i + 1]?.lower === 'to') return false;
  // "as Roe pointed out, “…”": "point" reports words only with "out" ("pointed to the map" does not).
  if (t.pos === 'VERB' && t.lemma === 'point') return tokens[i + 1]?.lower === 'out';
  // "“…,” she went on.": "go on" closing a clause carries on speaking.
  if (t.pos === 'VERB' && t.lemma === 'go')
    return verbs === QUOTE_VERBS && tokens[i + 1]?.lower === 'on' && /^[.,:;]$/u.test(tokens[i + 2]?.text ?? '');
  // "“…,” Roe shot back", "her husband cut in": a verb and particle that together mean a reply or interjection.
  // The tagger may read the past tense after a name as a noun ("Roe shot back").
  const particle = PHRASAL_SAYING.get(t.pos === 'VERB' ? t.lemma : t.lower);
  const verbal =
    t.pos === 'VERB' || (t.pos === 'NOUN' && (isNominalHead(tokens[i - 1]) || tokens[i - 1]?.pos === 'PRON'));
  if (particle && verbal && verbs === QUOTE_VERBS && tokens[i + 1]?.lower === particle) return true;
  if (t.pos === 'VERB') return verbs.has(t.lemma) || verbs.has(t.lower);
  if (t.pos === 'ADJ' && /ed$/u.test(t.lower) && (isNominalHead(tokens[i - 1]) || tokens[i - 1]?.pos === 'PRON')) {
    // "“…,” Roe fumed.": a past tense read as an adjective right after its subject.
    return verbs.has(t.lower.slice(0, -1)) || verbs.has(t.lower.slice(0, -2));
  }
  if (t.pos === 'NOUN' && t.lower.endsWith('s') && (isNominalHead(tokens[i - 1]) || isRelativePronoun(tokens[i - 1]))) {
    // "The agency estimates that …", "Roe notes “…”": a present-tense verb read as a plural noun.
    const stem =
      t.lower.endsWith('es') && verbs.has(t.lower.slice(0, -2)) ? t.lower.slice(0, -2) : t.lower.slice(0, -1);
    // "“…,” Roe notes.": after a name, a clause may end right after the verb.
    const ends = tokens[i - 1]!.pos === 'PROPN' && /^[.,!?]$/u.test(tokens[i + 1]?.text ?? '');
    return verbs.has(stem) && (opensComplement(tokens[i + 1]) || ends);
  }
  if (t.pos === 'NOUN' && verbs.has(t.lower) && isNominalHead(tokens[i - 1]) && /s$/u.test(tokens[i - 1]!.lower)) {
    // "Officials estimate that …": a plural subject, and a present-tense verb read as a noun.
    return opensComplement(tokens[i + 1]);
  }
  if (
    t.pos === 'NOUN' &&
    verbs.has(t.lower) &&
    isNominalHead(tokens[i - 1]) &&
    OBJECT_PRONOUNS.has(tokens[i + 1]?.lower ?? '')
  ) {
    // "Roe and Doe call them “…”": a bare verb read as a noun, but followed by an object pronoun.
    return true;
  }
  if ((t.pos === 'NOUN' || t.pos === 'ADJ') && t.lower.endsWith('ing')) {
    let k = i - 1;
    while (k >= 0 && (tokens[k]!.pos === 'ADV' || tokens[k]!.lower === 'both' || tokens[k]!.lower === 'all')) k--;
    const stem = t.lower.slice(0, -3);
    return tokens[k]?.pos === 'AUX' && (verbs.has(stem) || verbs.has(`${stem}e`));
  }
  return false;
}

/** Phrasal verbs of saying: a verb that reports words only with its particle ("shot back", "cut in", "weighed in"). */
const PHRASAL_SAYING: ReadonlyMap<string, string> = new Map([
  ['shoot', 'back'],
  ['shot', 'back'],
  ['fire', 'back'],
  ['fired', 'back'],
  ['hit', 'back'],
  ['cut', 'in'],
  ['weigh', 'in'],
  ['weighed', 'in'],
  ['speak', 'out'],
  ['spoke', 'out'],
]);

/** What can follow a verb of saying but not a noun used as a noun: "that", a quotation mark, a colon, a determiner, a pronoun, a number. */
const opensComplement = (next: Token | undefined): boolean =>
  next !== undefined &&
  (next.lower === 'that' ||
    next.text === '“' ||
    next.text === '"' ||
    next.text === ':' ||
    next.pos === 'DET' ||
    next.pos === 'PRON' ||
    next.pos === 'NUM');

const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'it', 'us', 'me']);

/** "which notes that …", "who says …": a relative pronoun stands where a subject noun would. */
const isRelativePronoun = (t: Token | undefined): boolean =>
  t !== undefined && (t.lower === 'which' || t.lower === 'who');

const isNominalHead = (t: Token | undefined): boolean => t !== undefined && (t.pos === 'NOUN' || t.pos === 'PROPN');

export const isReportingVerb = (tokens: readonly Token[], i: number): boolean =>
  isSpeechVerb(tokens, i, REPORTING_VERBS);
