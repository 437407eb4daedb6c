import { isNamePart, isTime, nounPhraseEndingAt, type SpeakerPhrase } from '../phrases/nounPhrases.js';
import { subjectBefore } from '../phrases/subjects.js';
import { DASHES } from '../words/lexicon.js';
import type { Token } from '../words/tokens.js';
import { isSpeechVerb } from '../words/speechVerbs.js';
import { phraseAfter } from '../phrases/phraseAfter.js';

/** A dash that closes an aside before a participle ("… - where … - while shouting"): here a lone hyphen is one too. */
const isClauseDash = (text: string): boolean => DASHES.has(text) || text === '-';

/**
 * The subject of a participle clause: "Roe attacked the plan, saying, “…”", "Rowers
 * paddled past the pier while singing “…”". The participle shares the subject of the
 * clause's first finite verb, unless it follows a name directly, as a reduced relative
 * clause ("The film has a clip of Jane Roe singing, “…”"). A participle clause that opens the
 * sentence (`fronted`) takes the subject of the main clause after it.
 */
export function subjectOfParticiple(
  tokens: readonly Token[],
  v: number,
  lo: number,
  fronted = false,
): SpeakerPhrase | null {
  let k = v - 1;
  let opened = false;
  while (
    k >= lo &&
    (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'SCONJ' || PARTICIPLE_OPENERS.has(tokens[k]!.lower))
  ) {
    opened ||= PARTICIPLE_OPENERS.has(tokens[k]!.lower);
    k--;
  }
  if (k < lo) return fronted ? subjectAfterFrontedClause(tokens, v) : null;
  // "…, circling the quay - where … - while shouting, “…”": a comma or a dash closes the clause before the participle;
  // so does a preposition opening an adverbial clause ("Roe nodded to Doe before telling her, “…”").
  if (tokens[k]!.text !== ',' && !isClauseDash(tokens[k]!.text) && !opened) {
    const object = nounPhraseEndingAt(tokens, k, lo);
    if (!object) return null;
    if (isNamePart(tokens, object.last) && !isTime(tokens[object.last]!)) return { phrase: object, description: null };
  }
  const tag = tokens[k]!.text === ',' ? attributionTag(tokens, k, lo) : null;
  if (tag) return tag;
  for (let u = openingPhraseEnd(tokens, lo, k); u < k; u++) {
    const t = tokens[u]!;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !t.lower.endsWith('ing')) return subjectBefore(tokens, u, lo);
  }
  return null;
}

/**
 * "In a statement released Monday, Roe …", "In reply to Doe's plan to close the pier, Roe …": where the
 * clause proper starts after a prepositional phrase that opens it and ends at a comma (before `hi`); `lo` otherwise.
 */
function openingPhraseEnd(tokens: readonly Token[], lo: number, hi: number): number {
  if (tokens[lo]?.pos !== 'ADP') return lo;
  for (let c = lo + 1; c < hi; c++) if (tokens[c]!.text === ',') return c + 1;
  return lo;
}

/** How many tokens an attribution tag may span between its verb and the comma before a participle ("told the radio station,"). */
const MAX_TAG_OBJECT = 5;

/**
 * "The pier will reopen in May, Roe said, adding, “…”": a participle after an attribution tag set
 * off by commas belongs to the tag, whose subject is the speaker, not to the reported clause before it.
 * `comma` is the comma before the participle.
 */
function attributionTag(tokens: readonly Token[], comma: number, lo: number): SpeakerPhrase | null {
  for (let u = comma - 1; u >= lo && comma - u <= MAX_TAG_OBJECT; u--) {
    const t = tokens[u]!;
    if (isSpeechVerb(tokens, u)) {
      const subject = subjectBefore(tokens, u, lo);
      return subject && tokens[subject.phrase.first - 1]?.text === ',' ? subject : null;
    }
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX') return null;
  }
  return null;
}

/** How far, in tokens, the comma that closes a fronted participle clause may stand from its participle. */
const MAX_FRONTED_CLAUSE = 40;

/**
 * "After saying the net was “too torn,” she went …": a participle clause that opens the
 * sentence shares the subject of the main clause after its closing comma.
 */
function subjectAfterFrontedClause(tokens: readonly Token[], v: number): SpeakerPhrase | null {
  for (let c = v + 1; c < tokens.length && c - v <= MAX_FRONTED_CLAUSE; c++) {
    const t = tokens[c]!;
    if (/^[.;!?]$/u.test(t.text)) return null;
    if (t.text !== ',') continue;
    let s = c + 1;
    while (s < tokens.length && /^[”"’']+$/u.test(tokens[s]!.text)) s++;
    const subject = phraseAfter(tokens, s, Math.min(tokens.length, s + 8));
    const next = subject && tokens[(subject.description ?? subject.phrase).last + 1];
    if (subject && !subject.description && (next?.pos === 'VERB' || next?.pos === 'AUX')) return subject;
  }
  return null;
}

/** Prepositions that open a participle clause sharing the main subject ("upon saying", "by calling"); not "for", whose participle takes the object. */
const PARTICIPLE_OPENERS = new Set(['before', 'after', 'upon', 'on', 'by', 'when', 'while', 'in', 'without']);

/** "going on to say", "continuing to insist": the participle that governs the infinitive at `v`, or -1. */
export function governingParticiple(tokens: readonly Token[], v: number, lo: number): number {
  if (tokens[v - 1]?.lower !== 'to') return -1;
  for (let k = v - 2; k >= lo && v - k <= 4; k--) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' && t.lower.endsWith('ing')) return k;
    if (t.pos !== 'ADP' && t.pos !== 'ADV' && t.pos !== 'PART') return -1;
  }
  return -1;
}
