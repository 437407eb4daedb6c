import type { EntityTable } from '../naming/entities.js';
import { GENDERED_PRONOUNS, TITLES } from '../words/lexicon.js';
import { isPersonalPronoun, type SpeakerPhrase } from '../phrases/nounPhrases.js';
import { subjectBefore } from '../phrases/subjects.js';
import type { Token } from '../words/tokens.js';

/** Prepositions that may stand between a verb and "what" ("railed against what he called"). */
const LINKING_PREPOSITIONS = new Set(['against', 'about', 'on', 'at', 'over', 'with']);

/**
 * "Roe condemned what she called a “reckless raid”": the words are the subject's own when the
 * pronoun in the free relative "what she called" refers back to the subject of the verb that
 * governs it. The quotation is credited to that subject: a pronoun of the same form ("It is
 * attacking what it calls …") or a name a personal pronoun can stand for. Returns null when
 * the pronoun may refer to someone else.
 */
export function governingSubject(
  tokens: readonly Token[],
  entities: EntityTable,
  sp: SpeakerPhrase,
  lo: number,
): SpeakerPhrase | null {
  const p = sp.phrase.first;
  if (sp.antecedent || p !== sp.phrase.last || !isPersonalPronoun(tokens[p]) || tokens[p - 1]?.lower !== 'what')
    return null;
  let g = p - 2;
  if (g > lo && LINKING_PREPOSITIONS.has(tokens[g]!.lower)) g--;
  if (g <= lo || tokens[g]!.pos !== 'VERB') return null;
  const outer = subjectBefore(tokens, g, lo);
  if (!outer || outer.antecedent) return null;
  const head = tokens[outer.phrase.last]!;
  const pronoun = tokens[p]!.lower;
  if (isPersonalPronoun(head)) return head.lower === pronoun ? outer : null;
  const gender = GENDERED_PRONOUNS.get(pronoun);
  if (!gender) return outer;
  // "he"/"she" stand for a named person not known to be of the other gender, or for a title ("The mayor denounced what she called").
  const entity = entities.entityAt(outer.phrase);
  if (!entity) return TITLES.has(head.lower) ? outer : null;
  return entity.kind !== 'organisation' &&
    entity.kind !== 'place' &&
    (entity.gender === null || entity.gender === gender)
    ? outer
    : null;
}
