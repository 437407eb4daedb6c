import type { DocumentContext } from '../context.js';
import {
  DOCUMENT_NOUNS,
  FEMININE_ROLES,
  MASCULINE_ROLES,
  ORGANISATION_WORDS,
  POSSESSIVE_PRONOUNS,
  SOURCE_NOUNS,
  TITLES,
} from '../words/lexicon.js';
import { isNamePart, isPersonalPronoun, type SpeakerPhrase } from '../phrases/nounPhrases.js';
import { subjectBefore } from '../phrases/subjects.js';
import type { Token } from '../words/tokens.js';
import { isSpeechVerb } from '../words/speechVerbs.js';

/** Endings of nouns for people by what they do: reporter, senator, economist, politician, consultant. */
const AGENT_ENDING = /(?:er|or|ist|ian|ant|ent|ee)s?$/u;

/** Words that may stand between a verb of saying and the subject of its complement ("said in a statement that"). */
const COMPLEMENT_OPENERS = new Set([
  'that',
  'in',
  'on',
  'at',
  'during',
  'her',
  'his',
  'their',
  'its',
  'a',
  'an',
  'the',
  ',',
]);

/**
 * A phrase that can name a speaker: a name, a pronoun, or a noun for a person, group or document
 * ("the senator", "officials", "the report"). "The rules", "history" or "the plan" cannot.
 */
function canSpeak(tokens: readonly Token[], sp: SpeakerPhrase): boolean {
  if (sp.antecedent || sp.description) return true;
  const head = tokens[sp.phrase.last]!;
  if (isNamePart(tokens, sp.phrase.last) || isPersonalPronoun(head) || POSSESSIVE_PRONOUNS.has(head.lower)) return true;
  const w = head.lower;
  return (
    SOURCE_NOUNS.has(w) ||
    DOCUMENT_NOUNS.has(w) ||
    TITLES.has(w) ||
    ORGANISATION_WORDS.has(w) ||
    MASCULINE_ROLES.has(w) ||
    FEMININE_ROLES.has(w) ||
    AGENT_ENDING.test(w) ||
    head.pos !== 'NOUN'
  );
}

/**
 * "Roe said in her speech that the plan should repeat its “oldest” promise": a verb of
 * saying in the complement of another, whose subject cannot speak, reports the outer speaker's words.
 * Returns the outer speaker, or null when the inner subject can speak or no verb of saying governs it.
 */
export function outerSpeaker(
  ctx: DocumentContext,
  inner: SpeakerPhrase,
  lo: number,
): { speaker: SpeakerPhrase; cue: number } | null {
  const { tokens } = ctx;
  if (canSpeak(tokens, inner)) return null;
  for (let u = inner.phrase.first - 1; u >= lo && inner.phrase.first - u <= 8; u--) {
    const t = tokens[u]!;
    if (isSpeechVerb(tokens, u)) {
      const speaker = subjectBefore(tokens, u, lo);
      if (speaker && canSpeak(tokens, speaker)) return { speaker, cue: u };
    }
    const attributive = t.pos === 'VERB' && t.lower.endsWith('ing'); // "in her opening remarks"
    if (!COMPLEMENT_OPENERS.has(t.lower) && t.pos !== 'NOUN' && t.pos !== 'ADJ' && t.pos !== 'ADV' && !attributive)
      return null;
  }
  return null;
}
