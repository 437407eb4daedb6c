import { type DocumentContext } from '../context.js';
import { nounPhraseEndingAt, phraseStart } from '../phrases/nounPhrases.js';
import { passiveAgent } from './passiveAgent.js';
import type { QuotedSpan } from '../marks/quotationMarks.js';
import { rightRegion } from './regions.js';
import { reportsClause } from './reportingClause.js';
import { secondHandSource } from './secondHand.js';
import { subjectBefore } from '../phrases/subjects.js';
import type { Token } from '../words/tokens.js';
import {
  accordingTo,
  dashCredit,
  isAuxiliaryLike,
  MAX_CUE_DISTANCE,
  skipPunctuation,
  type Attribution,
} from './attribution.js';
import { isSpeechVerb } from '../words/speechVerbs.js';
import { QUOTE_VERBS } from '../words/lexicon.js';
import { phraseAfter } from '../phrases/phraseAfter.js';

/**
 * Attributions after a quotation: `“…,” said Jane Roe`, `“…,” Roe said`, `“…,” Roe, the
 * mayor, told reporters`, `“…,” according to Roe`, `“…” — Jane Roe`, and the same at the
 * end of a sentence that goes on past a partial quotation (`“…” on the course, she said`).
 * Null when the words after the quotation attribute nothing, or start a new statement.
 */
export function attributeAfter(
  ctx: DocumentContext,
  span: QuotedSpan,
  others: readonly QuotedSpan[],
): Attribution | null {
  const { lo, hi, runOn, nextSentence } = rightRegion(ctx, span, others);
  const direct = attributionAfter(ctx, lo, hi);
  // `“We won.” Roe said the vote was close.`: after a finished quotation, a sentence whose verb reports a clause is a new statement.
  if (direct && nextSentence >= 0 && direct.cue >= nextSentence && reportsClause(ctx.tokens, direct.cue, hi))
    return null;
  const found = direct && (secondHandSource(ctx.tokens, direct.cue, hi) ?? direct);
  // A sentence that carries on the report is the quotation's attribution only where it opens with one.
  if (!found || !runOn) return found;
  return found.cue - lo > 3 ? null : { ...found, runOn };
}

/** The attribution in tokens `lo` to `hi`, the words after a quotation. */
function attributionAfter(ctx: DocumentContext, lo: number, hi: number): Attribution | null {
  const { tokens } = ctx;
  const credit = dashCredit(tokens, lo, hi);
  if (credit) return credit;
  const i = skipPunctuation(tokens, lo, hi);
  if (i >= hi) return null;
  if (isSpeechVerb(tokens, i)) {
    // "Roe toasted “the old crews,” saying the town …": the phrase after a participle is what it reports, not who speaks.
    if (tokens[i]!.lower.endsWith('ing')) return null;
    const speaker = phraseAfter(tokens, i + 1, hi);
    return speaker ? { speaker, cue: i } : null;
  }
  const according = accordingTo(tokens, i, hi);
  if (according) return according;
  // Verbs inside an appositive ("Roe, one of the lawyers suing the city, said") do not end the subject.
  let inAppositive = false;
  for (let v = i + 1; v < hi && v - i <= MAX_CUE_DISTANCE; v++) {
    if (tokens[v]!.text === ',') inAppositive = true;
    const speechVerb = isSpeechVerb(tokens, v);
    const readAsNoun = !speechVerb && isVerbReadAsNoun(tokens, v, hi);
    if (!speechVerb && !readAsNoun) {
      const hyphenated = tokens[v - 1]!.text === '-' && tokens[v - 1]!.end === tokens[v]!.start; // "Eastport-based Jane Roe said"
      // "“…,” it further wrote": an adverb the tagger reads as a verb does not end the subject.
      if (
        tokens[v]!.pos === 'VERB' &&
        !inAppositive &&
        !hyphenated &&
        !MISREAD_ADVERBS.has(tokens[v]!.lower) &&
        !isAuxiliaryLike(tokens[v]!)
      )
        break;
      continue;
    }
    const agent = passiveAgent(tokens, v, hi);
    if (agent) return { speaker: agent, cue: v };
    // "“…” for Roe to criticize": an infinitive with its own subject is no attribution.
    if (
      tokens[v - 1]!.lower === 'to' &&
      !isSpeechVerb(tokens, v - 2) &&
      tokens[v - 2]?.pos !== 'VERB' &&
      tokens[v - 2]?.pos !== 'ADJ'
    )
      break;
    const speaker = subjectBefore(tokens, v, i);
    // A verb read as a noun is one only when all the words before it, from the quotation on, are its subject.
    if (readAsNoun && (!speaker || phraseStart(speaker) !== i)) break;
    // The subject (or the description that opens it: "Roe's manager, Jane Doe, said") starts right after the quotation.
    if (speaker && phraseStart(speaker) <= i + 1) return { speaker, cue: v };
    // "“…?” a voice in the council's radio spot asks": a head noun with a prepositional phrase after it.
    const head = speaker && !speaker.description ? withPostModifier(tokens, speaker.phrase, i) : null;
    if (head) return { speaker: { phrase: head, description: null }, cue: v };
    break;
  }
  return trailingAttribution(tokens, i, hi);
}

/**
 * `“…,” the Saudis state in the paper`, `“…,” a voice in the ad states.`: in the tag after a
 * quotation, a verb of saying the tagger reads as a noun after the subject's head, closing the
 * clause or followed by a preposition. The caller still requires the subject to open the tag.
 */
function isVerbReadAsNoun(tokens: readonly Token[], v: number, hi: number): boolean {
  const t = tokens[v]!;
  const before = tokens[v - 1]!;
  if (t.pos !== 'NOUN' || (before.pos !== 'NOUN' && before.pos !== 'PROPN')) return false;
  const next = tokens[v + 1];
  if (v + 1 < hi && next && !/^[.,;!?]$/u.test(next.text) && next.pos !== 'ADP') return false;
  const stem = t.lower.endsWith('es') && QUOTE_VERBS.has(t.lower.slice(0, -2)) ? t.lower.slice(0, -2) : t.lower;
  return QUOTE_VERBS.has(stem) || (stem.endsWith('s') && QUOTE_VERBS.has(stem.slice(0, -1)));
}

/** Comparative adverbs the tagger reads as verbs after a pronoun ("it further wrote", "she later added"). */
const MISREAD_ADVERBS = new Set(['further', 'later', 'earlier']);

/** Prepositions that attach a phrase to the noun before it ("a voice in the radio spot", "a source at the club"). */
const POST_MODIFYING = new Set(['in', 'at', 'of', 'for', 'from', 'with', 'on']);

/** The phrase from `start` to the end of `phrase`, when it is a noun phrase, a preposition, and `phrase`. */
function withPostModifier(
  tokens: readonly Token[],
  phrase: { first: number; last: number },
  start: number,
): { first: number; last: number } | null {
  const prep = phrase.first - 1;
  if (prep - 1 < start || !POST_MODIFYING.has(tokens[prep]!.lower) || tokens[prep]!.pos !== 'ADP') return null;
  const head = nounPhraseEndingAt(tokens, prep - 1, start);
  return head && head.first === start ? { first: start, last: phrase.last } : null;
}

/** Verbs that stand before their subject in an attribution ("…, said Roe"; "…, added the mayor"). */
const INVERTING_VERBS = new Set(['say', 'add', 'write', 'ask', 'explain', 'note', 'continue', 'recall', 'reply']);

/**
 * `“Nobody here rows alone” on the long course, she said.`: a partial quotation
 * whose sentence goes on and closes with the attribution after a comma.
 */
export function trailingAttribution(tokens: readonly Token[], lo: number, hi: number): Attribution | null {
  let end = hi;
  while (end > lo && tokens[end - 1]!.pos === 'PUNCT') end--;
  // `…, said Jane Roe, who coaches the rowing club.`: an inverted attribution after one of the last commas.
  for (let comma = end - 1, seen = 0; comma >= lo && seen < 3; comma--) {
    if (tokens[comma]!.text !== ',') continue;
    seen++;
    if (tokens[comma + 1]!.pos !== 'VERB' || !INVERTING_VERBS.has(tokens[comma + 1]!.lemma)) continue;
    const speaker = phraseAfter(tokens, comma + 2, end);
    if (speaker) return { speaker, cue: comma + 1 };
  }
  // `…, she said.` closing the sentence, or set off by commas inside it: `…, she said, pointing at …`.
  let close = end;
  for (let comma = end - 1, seen = 0; comma >= lo && seen < 3; comma--) {
    if (tokens[comma]!.text !== ',') continue;
    seen++;
    const found = commaAttribution(tokens, comma, close);
    if (found) return found;
    close = comma;
  }
  return null;
}

/** `, Roe said` from the comma at `comma` to `close` (the next comma or the end): a subject, a verb of saying, and no other verb. */
function commaAttribution(tokens: readonly Token[], comma: number, close: number): Attribution | null {
  for (let v = comma + 2; v < close && v - comma <= 8; v++) {
    if (!isSpeechVerb(tokens, v)) continue;
    // "…, as Roe suggested after the vote": a clause opened by "as" may go on past its verb.
    const opener = tokens[comma + 1]!.lower === 'as' ? comma + 2 : comma + 1;
    const speaker = subjectBefore(tokens, v, opener);
    const rest = tokens.slice(v + 1, close);
    if (
      speaker?.phrase.first === opener &&
      (opener > comma + 1 || !rest.some((t) => t.pos === 'VERB' || t.pos === 'AUX'))
    )
      return { speaker, cue: v };
    return null;
  }
  return null;
}
