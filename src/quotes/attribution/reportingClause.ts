import { subjectBefore } from '../phrases/subjects.js';
import type { SpeakerPhrase } from '../phrases/nounPhrases.js';
import type { Token } from '../words/tokens.js';
import { isReportingVerb, isSpeechVerb } from '../words/speechVerbs.js';

/** How far, in tokens, a verb of saying may stand before the "that" that opens its reported clause. */
const MAX_COMPLEMENT_REACH = 10;

/**
 * "Roe said that Doe begged her for help and “would have done anything”", "Roe says the council
 * expects the mayor to announce an “overhaul”": a quotation inside a clause that a verb of saying
 * reports is credited, as news attribution does, to the one who reports it, not to the subject of
 * the reported clause. The reported clause follows the outer verb directly ("said the council …")
 * or after its objects and "that" ("told the radio station on Monday that the council …").
 * `first` is the first token of the inner subject, `v` the inner verb. An object with an infinitive
 * ("asked the divers to say") is not a reported clause: the object is asked to speak.
 * Returns null when no such clause governs the inner subject.
 */
export function reportingClause(
  tokens: readonly Token[],
  first: number,
  v: number,
  lo: number,
): { speaker: SpeakerPhrase; cue: number } | null {
  const before = first - 1;
  if (before < lo) return null;
  if (isOuterVerb(tokens, before)) return tokens[v - 1]?.lower === 'to' ? null : outer(tokens, before, lo);
  if (tokens[before]!.lower !== 'that' || tokens[before]!.pos === 'DET') return null;
  for (let k = before - 1; k >= lo && before - k <= MAX_COMPLEMENT_REACH; k--) {
    const t = tokens[k]!;
    if (isOuterVerb(tokens, k)) return outer(tokens, k, lo);
    // Objects and circumstances may stand between the verb and "that"; a clause boundary may not.
    const quoteMark = /^[“”"]$/u.test(t.text);
    if (['VERB', 'AUX', 'SCONJ', 'CCONJ'].includes(t.pos) || (t.pos === 'PUNCT' && !quoteMark) || t.lower === 'that')
      return null;
  }
  return null;
}

/** A finite verb of saying: a participle ("footage of Roe saying") opens no reported clause of its own. */
const isOuterVerb = (tokens: readonly Token[], k: number): boolean =>
  (isSpeechVerb(tokens, k) || isReportingVerb(tokens, k)) && !tokens[k]!.lower.endsWith('ing');

function outer(tokens: readonly Token[], k: number, lo: number): { speaker: SpeakerPhrase; cue: number } | null {
  const speaker = subjectBefore(tokens, k, lo);
  return speaker && !speaker.antecedent ? { speaker, cue: k } : null;
}

/**
 * The verb at `cue` goes on to report a clause of its own: "that", or another finite verb, follows it
 * before the end of the sentence ("Roe added that the fund …", "Roe said the council called …").
 */
export function reportsClause(tokens: readonly Token[], cue: number, hi: number): boolean {
  for (let k = cue + 1; k < hi; k++) {
    const t = tokens[k]!;
    if (/^[.;!?]$/u.test(t.text)) return false;
    if ((t.lower === 'that' && t.pos !== 'DET') || t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing')))
      return true;
  }
  return false;
}
