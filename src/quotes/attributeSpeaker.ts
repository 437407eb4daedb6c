import type { Sentence } from '../corpus/types.js';
import { ACCORDING } from './lexicon.js';
import { isSpeechVerb, lowerBound, type DocumentContext } from './context.js';
import { phraseAfter, subjectBefore, type SpeakerPhrase } from './nounPhrases.js';
import type { QuotedSpan } from './quotationMarks.js';
import type { Token } from './tokens.js';

/** Who a quotation is attributed to, as written in the text. */
export interface Attribution {
  speaker: SpeakerPhrase;
  /** Token index of the verb of saying ("said", "told", "according"). */
  cue: number;
}

/** How far, in tokens, a cue may stand from the quotation it introduces. */
const MAX_CUE_DISTANCE = 25;

/**
 * Finds the speaker of a quotation from the sentence that holds it, in the patterns
 * news writing uses:
 * - after the quotation: `“…,” said Jane Roe` (inverted), `“…,” Roe said`,
 *   `“…,” Roe, the mayor, told reporters`, `“…,” she added`, `“…,” according to Roe`;
 * - before it: `Roe said: “…”`, `Roe told reporters that “…”`, `According to Roe, “…”`,
 *   and a partial quotation inside the speaker's clause: `Roe called the plan “a mess”`.
 * Returns null when the sentence has no attribution (the caller then looks at context).
 */
export function attributeSpeaker(ctx: DocumentContext, span: QuotedSpan, others: readonly QuotedSpan[]): Attribution | null {
  const after = attributeAfter(ctx, span, others);
  if (after && after.cue - ctx.tokenAt(span.end) <= 3) return after;
  return attributeBefore(ctx, span, others) ?? after;
}

export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  const i = lowerBound(sentences.length, (k) => sentences[k]!.end, offset + 1);
  const s = sentences[i];
  return s && s.start <= offset ? s : undefined;
}

/** Token range right of the quotation: to the end of its sentence (or the short one that follows), stopping at the next quotation. */
function rightRegion(ctx: DocumentContext, span: QuotedSpan, others: readonly QuotedSpan[]): [number, number] {
  const sentence = sentenceAt(ctx.sentences, span.end - 1);
  let end = sentence ? sentence.end : span.end;
  if (sentence && sentence.end <= span.end + 1) {
    // `“We won.” Jane Roe said.`: the attribution may stand as a sentence of its own.
    const next = ctx.sentences[ctx.sentences.indexOf(sentence) + 1];
    if (next && next.paragraph === sentence.paragraph && next.end - next.start < 90) end = next.end;
  }
  const following = others.find((o) => o.start >= span.end);
  if (following && following.start < end) end = following.start;
  return [ctx.tokenAt(span.end), ctx.tokenAt(end)];
}

function leftRegion(ctx: DocumentContext, span: QuotedSpan, others: readonly QuotedSpan[]): [number, number] {
  const sentence = sentenceAt(ctx.sentences, span.start);
  let start = sentence ? sentence.start : span.start;
  for (const o of others) if (o.end <= span.start && o.end > start) start = o.end;
  return [ctx.tokenAt(start), ctx.tokenAt(span.start)];
}

function skipPunctuation(tokens: readonly Token[], i: number, hi: number): number {
  while (i < hi && tokens[i]!.pos === 'PUNCT') i++;
  return i;
}

function attributeAfter(ctx: DocumentContext, span: QuotedSpan, others: readonly QuotedSpan[]): Attribution | null {
  const { tokens } = ctx;
  const [lo, hi] = rightRegion(ctx, span, others);
  const i = skipPunctuation(tokens, lo, hi);
  if (i >= hi) return null;
  if (isSpeechVerb(tokens, i)) {
    const speaker = phraseAfter(tokens, i + 1, hi);
    return speaker ? { speaker, cue: i } : null;
  }
  const according = accordingTo(tokens, i, hi);
  if (according) return according;
  for (let v = i + 1; v < hi && v - i <= MAX_CUE_DISTANCE; v++) {
    if (!isSpeechVerb(tokens, v)) {
      if (tokens[v]!.pos === 'VERB' && !isAuxiliaryLike(tokens[v]!)) break;
      continue;
    }
    const speaker = subjectBefore(tokens, v, i);
    if (speaker && speaker.phrase.first <= i + 1) return { speaker, cue: v };
    break;
  }
  return null;
}

function attributeBefore(ctx: DocumentContext, span: QuotedSpan, others: readonly QuotedSpan[]): Attribution | null {
  const { tokens } = ctx;
  const [lo, hi] = leftRegion(ctx, span, others);
  for (let a = lo; a < hi; a++) {
    const according = accordingTo(tokens, a, hi);
    if (according) return according;
  }
  for (let v = hi - 1; v >= lo && hi - v <= MAX_CUE_DISTANCE * 2; v--) {
    if (!isSpeechVerb(tokens, v)) continue;
    const speaker = subjectBefore(tokens, v, lo) ?? subjectOfCoordinatedVerb(tokens, v, lo);
    if (speaker) return { speaker, cue: v };
    // "Roe wrote on Twitter, calling it “a mess”": the participle's subject is the main verb's.
    if (tokens[v]!.lower.endsWith('ing')) continue;
    return null;
  }
  return null;
}

/** "according to X" starting at token `i`. */
function accordingTo(tokens: readonly Token[], i: number, hi: number): Attribution | null {
  if (tokens[i]?.lower !== ACCORDING || tokens[i + 1]?.lower !== 'to') return null;
  const speaker = phraseAfter(tokens, i + 2, hi);
  return speaker ? { speaker, cue: i } : null;
}

/** Verbs that can stand between a subject and its verb of saying ("Roe went on to say"). */
function isAuxiliaryLike(t: Token): boolean {
  return t.lemma === 'go' || t.lemma === 'continue' || t.lemma === 'be' || t.lemma === 'have';
}

/**
 * The subject shared by coordinated verbs: "Police recognize the risk, but have admitted
 * they …": "have admitted" takes the subject of "recognize".
 */
export function subjectOfCoordinatedVerb(tokens: readonly Token[], v: number, lo: number): SpeakerPhrase | null {
  let k = v - 1;
  while (k >= lo && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV')) k--;
  if (k < lo || tokens[k]!.pos !== 'CCONJ') return null;
  // The clause's first verb is the one whose subject is shared; later ones may sit in relative clauses.
  for (let u = lo; u < k; u++) {
    if (tokens[u]!.pos === 'VERB' || tokens[u]!.pos === 'AUX') return subjectBefore(tokens, u, lo);
  }
  return null;
}
