import { subjectBefore } from '../phrases/subjects.js';
import type { SpeakerPhrase } from '../phrases/nounPhrases.js';
import { SUBORDINATING_CONJUNCTIONS } from '../words/lexicon.js';
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
 * Deeper in the reported clause (a relative clause, an object with an infinitive, after an adverbial
 * clause), the sentence's reporter is the source too, unless the inner verb introduces the quotation itself.
 * `first` is the first token of the inner subject, `v` the inner verb, `quote` the quotation's first token.
 * An object with an infinitive right after the verb ("asked the divers to say") is not a reported clause:
 * the object is asked to speak. Returns null when no such clause governs the inner subject.
 */
export function reportingClause(
  tokens: readonly Token[],
  first: number,
  v: number,
  lo: number,
  quote: number,
): { speaker: SpeakerPhrase; cue: number } | null {
  const before = first - 1;
  if (before < lo) return null;
  if (isOuterVerb(tokens, before)) return tokens[v - 1]?.lower === 'to' ? null : outer(tokens, before, lo);
  if (tokens[before]!.lower === 'that' && tokens[before]!.pos !== 'DET') {
    for (let k = before - 1; k >= lo && before - k <= MAX_COMPLEMENT_REACH; k--) {
      const t = tokens[k]!;
      if (isOuterVerb(tokens, k)) return outer(tokens, k, lo);
      // Objects and circumstances may stand between the verb and "that"; a clause boundary may not.
      const quoteMark = /^[“”"]$/u.test(t.text);
      if (['VERB', 'AUX', 'SCONJ', 'CCONJ'].includes(t.pos) || (t.pos === 'PUNCT' && !quoteMark) || t.lower === 'that')
        break;
    }
  }
  return governsQuotation(tokens, v, quote) || !insideComplement(tokens, first, lo)
    ? null
    : mainReporter(tokens, first, lo);
}

/**
 * The inner subject at `first` stands where a reported clause goes on rather than where a clause of
 * its own begins: after "that" or a verb whose object it is ("are seeking a leader to counter …"), as a
 * relative pronoun with no comma before it ("women who complained"), or after an adverbial clause
 * that "that" or a verb of saying opens ("said that when Doe spoke, she …", "said, if elected, she …").
 * After a conjunction, a subordinator, a relative word or a comma alone ("…, he added, were …"), it opens a clause of its own.
 */
function insideComplement(tokens: readonly Token[], first: number, lo: number): boolean {
  const prev = tokens[first - 1];
  if (!prev || first - 1 < lo) return false;
  if (RELATIVE_PRONOUNS.has(tokens[first]!.lower)) return prev.text !== ',' && prev.pos !== 'PUNCT';
  if ((prev.lower === 'that' && prev.pos !== 'DET') || (prev.pos === 'VERB' && !isOuterVerb(tokens, first - 1)))
    return true;
  if (prev.text !== ',') return false;
  for (let k = first - 2; k >= lo; k--) {
    const t = tokens[k]!;
    if (/^[.;:!?“”"]$/u.test(t.text)) return false;
    if (!SUBORDINATING_CONJUNCTIONS.has(t.lower)) continue;
    const before = tokens[k - 1];
    if (before && before.text === ',') return k - 2 >= lo && isOuterVerb(tokens, k - 2);
    return before !== undefined && ((before.lower === 'that' && before.pos !== 'DET') || isOuterVerb(tokens, k - 1));
  }
  return false;
}

const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which']);

/** How far, in tokens, a verb of saying may stand before the quotation it introduces itself ("called the plan “…”"). */
const MAX_GOVERNED_REACH = 6;

/**
 * The verb at `v` introduces the quotation at token `quote` itself: the quotation follows it closely
 * ("which she called “…”", "he said, “…”") with no finite verb between them, and does not open with a
 * verb of its own ("women who complained “would be …”" goes on with the clause the relative one interrupts).
 */
function governsQuotation(tokens: readonly Token[], v: number, quote: number): boolean {
  if (quote - v > MAX_GOVERNED_REACH) return false;
  for (let k = v + 1; k < quote; k++) if (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'VERB') return false;
  let first = quote;
  while (tokens[first]?.pos === 'PUNCT') first++;
  return tokens[first]?.pos !== 'AUX';
}

/**
 * "Roe said that when Doe railed against the plan, “…”", "Roe said Doe's friends who complained
 * “…”", "Roe said he often thinks of what his parents told him: “…”": whatever clauses the
 * reported words hold, the one who reports them, the subject of the sentence's main verb of saying
 * before `first`, is their source. The main verb's subject opens the clause (after an opening
 * phrase and its comma, or a conjunction) and is neither a relative pronoun nor the subject of
 * a clause opened by a subordinator ("After Roe said …, Doe called it “…”").
 */
function mainReporter(
  tokens: readonly Token[],
  first: number,
  lo: number,
): { speaker: SpeakerPhrase; cue: number } | null {
  for (let k = first - 1; k >= lo; k--) {
    if (!isOuterVerb(tokens, k)) continue;
    const speaker = subjectBefore(tokens, k, lo);
    if (!speaker || speaker.antecedent) continue;
    const opener = tokens[speaker.phrase.first - 1];
    const opens =
      speaker.phrase.first === lo || opener === undefined || opener.pos === 'CCONJ' || opener.pos === 'PUNCT';
    if (opens) return { speaker, cue: k };
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
