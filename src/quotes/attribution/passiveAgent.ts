import { isNamePart, type SpeakerPhrase } from '../phrases/nounPhrases.js';
import type { Token } from '../words/tokens.js';
import { phraseAfter } from '../phrases/phraseAfter.js';

/** Forms of "be" that make a following past participle passive. */
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'being']);

/**
 * "“Blue Road” was written by Jane Roe", "“…” was posted by Roe": a verb of saying in the
 * passive after a quotation has its speaker in the "by" phrase, when that phrase is a name.
 */
export function passiveAgent(tokens: readonly Token[], v: number, hi: number): SpeakerPhrase | null {
  let k = v - 1;
  while (k >= 0 && tokens[k]!.pos === 'ADV') k--;
  if (!BE_FORMS.has(tokens[k]?.lower ?? '') || tokens[v + 1]?.lower !== 'by') return null;
  const agent = phraseAfter(tokens, v + 2, hi);
  return agent && isNamePart(tokens, agent.phrase.last) ? agent : null;
}
