import { ACCORDING, DASHES } from '../words/lexicon.js';
import { isNamePart, type SpeakerPhrase } from '../phrases/nounPhrases.js';
import type { Token } from '../words/tokens.js';
import { phraseAfter } from '../phrases/phraseAfter.js';

/** What every pattern of attribution shares: what it finds, and the cues it looks for on either side of a quotation. */

/** Who a quotation is attributed to, as written in the text. */
export interface Attribution {
  speaker: SpeakerPhrase;
  /** Token index of the verb of saying ("said", "told", "according"). */
  cue: number;
  /** Found at the start of the sentence after the quotation's own (`“Who knows?” Roe asked, …`): one before the quotation comes first. */
  runOn?: boolean;
}

/** How far, in tokens, a cue may stand from the quotation it introduces. */
export const MAX_CUE_DISTANCE = 25;

/** The first token from `i` (before `hi`) that is not punctuation. */
export function skipPunctuation(tokens: readonly Token[], i: number, hi: number): number {
  while (i < hi && tokens[i]!.pos === 'PUNCT') i++;
  return i;
}

/**
 * `“…” — Jane Roe` or `“…” ― Jane Roe, a teacher in Eastport`: a dash and a name after the
 * quotation, the way testimonials, epigraphs and reader comments credit their source.
 * The name must close the sentence (or be followed only by its description).
 */
export function dashCredit(tokens: readonly Token[], lo: number, hi: number, lineStart = false): Attribution | null {
  const isDash = (t: Token): boolean => DASHES.has(t.text) || (lineStart && t.text === '-');
  let k = lo;
  while (k < hi && tokens[k]!.pos === 'PUNCT' && !isDash(tokens[k]!)) k++;
  if (k >= hi || !isDash(tokens[k]!)) return null;
  const speaker = phraseAfter(tokens, k + 1, hi);
  if (!speaker || !isNamePart(tokens, speaker.phrase.last)) return null;
  const next = tokens[(speaker.description ?? speaker.phrase).last + 1];
  const closes =
    !next ||
    (speaker.description ? /^[.;]$/u : /^[.;,]$/u).test(next.text) ||
    next.pos === 'SPACE' ||
    next.start >= (tokens[hi - 1]?.end ?? 0);
  return closes ? { speaker, cue: k } : null;
}

/** "according to X" starting at token `i`. */
export function accordingTo(tokens: readonly Token[], i: number, hi: number): Attribution | null {
  if (tokens[i]?.lower !== ACCORDING || tokens[i + 1]?.lower !== 'to') return null;
  const speaker = phraseAfter(tokens, i + 2, hi);
  return speaker ? { speaker, cue: i } : null;
}

/** Verbs that can stand between a subject and its verb of saying ("Roe went on to say"). */
export function isAuxiliaryLike(t: Token): boolean {
  return t.lemma === 'go' || t.lemma === 'continue' || t.lemma === 'be' || t.lemma === 'have';
}
