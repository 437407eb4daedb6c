import { isReportingVerb, isSpeechVerb } from './context.js';
import type { EntityTable } from './entities.js';
import { GENDERED_PRONOUNS } from './lexicon.js';
import { isPersonalPronoun, type SpeakerPhrase } from './nounPhrases.js';
import { subjectBefore } from './subjects.js';
import type { Token } from './tokens.js';

/** How far, in tokens, the outer verb of saying may stand before the pronoun that opens its complement. */
const MAX_COMPLEMENT_REACH = 10;

/**
 * "Roe told the radio station that she agrees the plan is “a mess”", "He said he would “fight for every
 * vote”": a pronoun subject in the reported clause of a verb of saying whose own subject is the same
 * person. The report, and so the quotation, belongs to the outer clause; its subject is the speaker
 * the reader is given (a pronoun of the same form, or a name the pronoun can stand for).
 * Returns null when no such outer clause governs the pronoun, or its subject may be someone else.
 */
export function reportingSubject(tokens: readonly Token[], entities: EntityTable, sp: SpeakerPhrase, lo: number): { speaker: SpeakerPhrase; cue: number } | null {
  const p = sp.phrase.first;
  if (sp.antecedent || p !== sp.phrase.last || !isPersonalPronoun(tokens[p])) return null;
  let k = p - 1;
  if (tokens[k]?.lower === 'that') k--;
  for (; k >= lo && p - k <= MAX_COMPLEMENT_REACH; k--) {
    const t = tokens[k]!;
    if (isSpeechVerb(tokens, k) || isReportingVerb(tokens, k)) {
      const outer = subjectBefore(tokens, k, lo);
      return outer && sameReferent(tokens, entities, outer, p) ? { speaker: outer, cue: k } : null;
    }
    // A clause boundary (a comma, a conjunction, another verb) ends the search: "When Roe spoke, he said …".
    const quoteMark = /^[“”"]$/u.test(t.text);
    if (['VERB', 'AUX', 'SCONJ', 'CCONJ'].includes(t.pos) || (t.pos === 'PUNCT' && !quoteMark) || t.lower === 'that') return null;
  }
  return null;
}

/** The outer subject is the person the pronoun at `p` stands for: the same pronoun, or a person's name that agrees with it. */
function sameReferent(tokens: readonly Token[], entities: EntityTable, outer: SpeakerPhrase, p: number): boolean {
  if (outer.antecedent) return false;
  const head = tokens[outer.phrase.last]!;
  const pronoun = tokens[p]!.lower;
  if (isPersonalPronoun(head)) return head.lower === pronoun;
  const gender = GENDERED_PRONOUNS.get(pronoun);
  if (!gender) return false;
  const entity = entities.entityAt(outer.phrase);
  return entity !== null && entity.kind !== 'organisation' && (entity.gender === null || entity.gender === gender);
}
