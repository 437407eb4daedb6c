import type { Attribution } from '../attribution/attribution.js';
import { type DocumentContext } from '../context.js';
import { isComma, isNamePart, phraseStart } from '../phrases/nounPhrases.js';
import type { Phrase } from '../phrases/nounPhrases.js';
import { locatingPreposition, subjectBefore } from '../phrases/subjects.js';
import type { Token } from '../words/tokens.js';
import { SUBORDINATING_CONJUNCTIONS } from '../words/lexicon.js';
import { isSpeechVerb } from '../words/speechVerbs.js';

/*
 * A sentence of several clauses quotes the subject of the clause that holds the quotation, not
 * the subject the sentence opens with: `The board met, and Roe saw “…” in it`.
 */

/**
 * The subject of the clause nearest before the quotation, after the main verb at `main`, when it
 * opens that clause (after a conjunction, a comma or as a relative pronoun) and names someone who
 * can speak: a person's name, "he" or "she", or "who" after a person's name. A clause inside what the main clause reports
 * (`Roe argued that Doe is wrong because he “…”`) is still the main subject's words.
 */
export function nearerClauseSubject(ctx: DocumentContext, main: number, hi: number, lo: number): Attribution | null {
  const { tokens } = ctx;
  for (let k = hi - 1; k > main; k--) {
    if (tokens[k]!.pos !== 'VERB' && tokens[k]!.pos !== 'AUX') continue;
    const speaker = subjectBefore(tokens, k, lo);
    if (!speaker || speaker.phrase.first <= main || locatingPreposition(tokens, speaker.phrase) >= 0) continue;
    const opener = tokens[phraseStart(speaker) - 1];
    const opens =
      speaker.antecedent !== undefined ||
      opener?.pos === 'CCONJ' ||
      isComma(opener) ||
      SUBORDINATING_CONJUNCTIONS.has(opener?.lower ?? '');
    if (
      !opens ||
      reportsBetween(tokens, main, speaker.phrase.first) ||
      ctx.inQuote(tokens[speaker.phrase.first]!.start)
    )
      continue;
    const head = tokens[speaker.phrase.last]!;
    if (SPEAKING_PRONOUNS.has(head.lower) || isPersonName(ctx, speaker.antecedent ?? speaker.phrase)) {
      return { speaker, cue: k };
    }
  }
  return null;
}

/** Pronouns that stand for a person and no group ("they" as often stands for a thing). */
const SPEAKING_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);

/** A phrase ending in the name of a person: not a place or an organisation, nor a capitalized common noun. */
function isPersonName(ctx: DocumentContext, phrase: Phrase): boolean {
  const kind = ctx.entities.entityAt({ first: phrase.last, last: phrase.last })?.kind;
  return isNamePart(ctx.tokens, phrase.last) && kind !== undefined && kind !== 'place' && kind !== 'organisation';
}

/** The main verb when it is one of saying, or a "that" or a verb of saying after it before `end`: what follows is reported. */
function reportsBetween(tokens: readonly Token[], main: number, end: number): boolean {
  for (let k = main; k < end; k++) if (tokens[k]!.lower === 'that' || isSpeechVerb(tokens, k)) return true;
  return false;
}
