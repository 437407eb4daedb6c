import { ACCORDING } from '../words/lexicon.js';
import { type SpeakerPhrase } from '../phrases/nounPhrases.js';
import type { Token } from '../words/tokens.js';
import { phraseAfter } from '../phrases/phraseAfter.js';

/** How far, in tokens, "according to" may stand after the verb of the attribution it qualifies. */
const MAX_REACH = 12;

/**
 * `“…,” Roe said, according to the Harbor Gazette`: an attribution the writer did not witness, passed
 * on from a source. The quotation reaches the reader through that source, which news attribution
 * credits. `cue` is the attribution's verb; returns the source phrase and where "according" stands,
 * or null when no "according to" closes the same clause.
 */
export function secondHandSource(
  tokens: readonly Token[],
  cue: number,
  hi: number,
): { speaker: SpeakerPhrase; cue: number } | null {
  for (let k = cue + 1; k < hi && k - cue <= MAX_REACH; k++) {
    const t = tokens[k]!;
    if (t.lower === ACCORDING && tokens[k + 1]?.lower === 'to' && tokens[k - 1]?.text === ',') {
      const speaker = phraseAfter(tokens, k + 2, hi);
      return speaker ? { speaker, cue: k } : null;
    }
    // Another clause (a verb, a sentence or clause end) leaves the attribution first-hand.
    if (t.pos === 'VERB' || t.pos === 'AUX' || /^[.;:!?“”"]$/u.test(t.text)) return null;
  }
  return null;
}
