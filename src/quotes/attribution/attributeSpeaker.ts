import { type DocumentContext } from '../context.js';
import { isNamePart, nounPhraseEndingAt, skipParenthetical } from '../phrases/nounPhrases.js';
import { DASHES } from '../words/lexicon.js';
import { possessedStatement } from './speechNouns.js';
import { isTagAfter, leftRegion, sentenceAt } from './regions.js';
import type { QuotedSpan } from '../marks/quotationMarks.js';
import { dashCredit, skipPunctuation, type Attribution } from './attribution.js';
import { attributeAfter } from './attributionAfter.js';
import { attributeBefore } from './attributionBefore.js';

/**
 * Finds the speaker of a quotation from the sentence that holds it, in the patterns
 * news writing uses:
 * - after the quotation: `“…,” said Jane Roe` (inverted), `“…,” Roe said`,
 *   `“…,” Roe, the mayor, told reporters`, `“…,” she added`, `“…,” according to Roe`;
 * - before it: `Roe said: “…”`, `Roe told reporters that “…”`, `According to Roe, “…”`,
 *   and a partial quotation inside the speaker's clause: `Roe called the plan “a mess”`.
 * Returns null when the sentence has no attribution (the caller then looks at context).
 */
export function attributeSpeaker(
  ctx: DocumentContext,
  span: QuotedSpan,
  others: readonly QuotedSpan[],
): Attribution | null {
  const speakerLabel = transcriptLabel(ctx, span) ?? creditLabel(ctx, span);
  if (speakerLabel) return speakerLabel;
  const after = attributeAfter(ctx, span, others);
  // "“…,” but she said …": a clause joined by a conjunction is a new statement, not this quotation's attribution.
  const joiner = after ? ctx.tokens[skipPunctuation(ctx.tokens, ctx.tokenAt(span.end), after.cue)]! : null;
  const joined =
    joiner !== null &&
    (['CCONJ', 'SCONJ'].includes(joiner.pos) ||
      CLAUSE_JOINERS.has(joiner.lower) ||
      !isTagAfter(ctx, span, ctx.tokens[after!.cue]!.start));
  // "“…,” while most rowers said …": a contrasting clause reports someone else, never this quotation.
  const contrast = joiner !== null && CONTRASTING.has(joiner.lower);
  const near = after && !joined && after.cue - ctx.tokenAt(span.end) <= 3 && !introducesNext(ctx, span, after, others);
  if (near && after.runOn) return attributeBefore(ctx, span, others) ?? after;
  if (near) return after;
  // "Critics mocked her claim that “…”": with no verb of saying before it, a speech noun's possessor speaks.
  return (
    attributeBefore(ctx, span, others) ??
    possessedStatement(ctx.tokens, leftRegion(ctx, span, others)[0], ctx.tokenAt(span.start)) ??
    (contrast ? null : after) ??
    creditBelow(ctx, span)
  );
}

/** Conjunctions the tagger may read as adverbs ("“…,” when Roe scolded him"). */
const CLAUSE_JOINERS = new Set(['when', 'whereas', 'while', 'because', 'although', 'though']);

/** Conjunctions that open a clause set against the one before it. */
const CONTRASTING = new Set(['while', 'whereas', 'whilst']);

/**
 * `She says the plan is “a mess.” She adds, “…”`: an attribution that opens the next sentence
 * and runs into another quotation introduces that one; the quotation before it keeps its own.
 */
function introducesNext(
  ctx: DocumentContext,
  span: QuotedSpan,
  after: Attribution,
  others: readonly QuotedSpan[],
): boolean {
  const cueAt = ctx.tokens[after.cue]!.start;
  const sentence = sentenceAt(ctx.sentences, cueAt);
  if (!sentence || sentence.start < span.end - 1) return false;
  return others.some((o) => o.start > cueAt && o.start < sentence.end);
}

/**
 * `"ROE: Well, look, the bridge …`: a transcript quoted line by line, each opening with the
 * speaker's name in capitals and a colon.
 */
function transcriptLabel(ctx: DocumentContext, span: QuotedSpan): Attribution | null {
  const label = /^\s*(\p{Lu}[\p{Lu}.'’ -]{1,30}):\s/u.exec(ctx.body.slice(span.inner.start, span.inner.start + 40));
  if (!label) return null;
  const first = ctx.tokenAt(span.inner.start);
  const last = ctx.tokenAt(span.inner.start + label[0].indexOf(':')) - 1;
  return last >= first ? { speaker: { phrase: { first, last }, description: null }, cue: last + 1 } : null;
}

/**
 * `Polls were early - Jane Roe and Ann Lee: “…”`, `— Jane Roe: “…”`: a name set off by a dash (or opening
 * the sentence) and followed only by a colon labels the quotation after it, whatever the words before the dash say.
 */
function creditLabel(ctx: DocumentContext, span: QuotedSpan): Attribution | null {
  const { tokens } = ctx;
  const colon = ctx.tokenAt(span.start) - 1;
  if (tokens[colon]?.text !== ':') return null;
  const [lo] = leftRegion(ctx, span, []);
  const end = skipParenthetical(tokens, colon - 1, lo);
  if (end < lo || !isNamePart(tokens, end)) return null;
  const phrase = nounPhraseEndingAt(tokens, end, lo);
  const before = phrase ? tokens[phrase.first - 1] : undefined;
  const setOff = phrase !== null && (phrase.first === lo || DASHES.has(before?.text ?? '') || before?.text === '-');
  return phrase && setOff ? { speaker: { phrase, description: null }, cue: colon } : null;
}

/**
 * `“…”` as a paragraph of its own and `- Jane Roe, Eastport` as the next, short paragraph:
 * the credit line of a quotation set apart (quotes of the day, reader comments).
 */
function creditBelow(ctx: DocumentContext, span: QuotedSpan): Attribution | null {
  const paragraph = ctx.paragraphs[span.paragraph - 1];
  const next = ctx.paragraphs[span.paragraph];
  const alone =
    ctx.body.slice(paragraph?.start ?? 0, span.start).trim() === '' &&
    ctx.body.slice(span.end, paragraph?.end ?? 0).trim() === '';
  if (!paragraph || !next || !alone || next.end - next.start > 120) return null;
  if (!/^\s*[-—―–]/u.test(ctx.body.slice(next.start, next.end))) return null;
  return dashCredit(ctx.tokens, ctx.tokenAt(next.start), ctx.tokenAt(next.end), true);
}
