import type { Attribution } from './attribution.js';
import { POSSESSIVE_PRONOUNS } from '../words/lexicon.js';
import { nounPhraseEndingAt, POSSESSIVE } from '../phrases/nounPhrases.js';
import type { Token } from '../words/tokens.js';
import { isSpeechVerb } from '../words/speechVerbs.js';

/*
 * A statement named by a noun and its possessor: `her remark that “…”`, `Roe's claim that the
 * plan “…”`, `his call for “…”`. The possessor is the speaker of the words the noun's
 * complement quotes, whoever the sentence's subject is.
 */

/** Nouns that name something said or written. Lower case, singular and plural. */
const SPEECH_NOUNS: ReadonlySet<string> = new Set(
  [
    'claim',
    'remark',
    'statement',
    'comment',
    'word',
    'warning',
    'promise',
    'assertion',
    'suggestion',
    'call',
    'demand',
    'insistence',
    'contention',
    'accusation',
    'charge',
    'argument',
    'prediction',
    'pledge',
    'vow',
    'declaration',
    'admission',
    'quip',
    'joke',
    'boast',
    'tweet',
    'message',
    'slogan',
    'motto',
    'mantra',
    'catchphrase',
    'refrain',
    'plea',
    'complaint',
    'retort',
    'observation',
    'announcement',
    'testimony',
    'confession',
    'description',
    'characterization',
    'characterisation',
    'insinuation',
    'allegation',
    'threat',
    'question',
    'response',
    'reply',
    'answer',
    'line',
    'phrase',
    'speech',
    'post',
    'letter',
    'email',
    'proclamation',
    'criticism',
    'denial',
    'dismissal',
    'assurance',
    'request',
    'appeal',
    'recollection',
    'musing',
    'lament',
  ].flatMap((w) => [w, `${w}s`, `${w}es`]),
);

/** Words that tie a speech noun to the quotation that gives its content. */
const COMPLEMENT_OPENERS: ReadonlySet<string> = new Set(['that', ':', 'for', 'to', 'of', '—', '–']);

/** How far, in tokens, the quotation may stand from the opener of the noun’s complement. */
const MAX_COMPLEMENT_REACH = 12;

/** Modifiers allowed between the possessor and the noun ("her March comment", "his famous demand"). */
const MAX_MODIFIERS = 3;

/**
 * The possessor of the speech noun whose complement holds the quotation that starts at token
 * `hi`, searching the clause back to token `lo`. Null when the noun is the subject of a verb
 * ("Roe's remarks “have hurt us”") rather than introducing the quoted words.
 */
export function possessedStatement(tokens: readonly Token[], lo: number, hi: number): Attribution | null {
  for (let n = hi - 1; n >= lo && hi - n <= MAX_COMPLEMENT_REACH + 4; n--) {
    const t = tokens[n]!;
    if (isSpeechVerb(tokens, n) || (t.pos === 'PUNCT' && /^[.!?;]$/u.test(t.text))) return null;
    if (t.pos !== 'NOUN' || !SPEECH_NOUNS.has(t.lower)) continue;
    if (!opensComplement(tokens, n + 1, hi)) continue;
    const possessor = possessorBefore(tokens, n, lo);
    if (possessor) return { speaker: { phrase: possessor, description: null }, cue: n };
  }
  return null;
}

/** The quotation follows the noun directly or through a complement opener ("that", "for", a colon), with no verb of saying between. */
function opensComplement(tokens: readonly Token[], k: number, hi: number): boolean {
  // Right after the noun, the quotation is more often what the statement did ("Roe's remarks “hurt us”") than what it said.
  if (k === hi) return false;
  if (!COMPLEMENT_OPENERS.has(tokens[k]!.lower)) return false;
  return hi - k <= MAX_COMPLEMENT_REACH;
}

/** The possessive pronoun or the "X's" phrase before the noun at `n`, past a few modifiers. */
function possessorBefore(tokens: readonly Token[], n: number, lo: number): { first: number; last: number } | null {
  for (let k = n - 1; k >= lo && n - k <= MAX_MODIFIERS + 1; k--) {
    const t = tokens[k]!;
    if (POSSESSIVE_PRONOUNS.has(t.lower) && (t.pos === 'PRON' || t.pos === 'DET')) return { first: k, last: k };
    if (POSSESSIVE.has(t.text) && t.pos !== 'PUNCT') {
      const owner = nounPhraseEndingAt(tokens, k - 1, lo);
      return owner ? { first: owner.first, last: k - 1 } : null;
    }
    if (!['ADJ', 'ADV', 'NOUN', 'PROPN', 'NUM'].includes(t.pos) && !(t.text === '-' || t.pos === 'VERB')) return null;
  }
  return null;
}
