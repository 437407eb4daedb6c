import type { CorpusDocument } from '../corpus/types.js';
import { attributeSpeaker } from './attributeSpeaker.js';
import type { Attribution } from './attribution.js';
import { sentenceAt } from './regions.js';
import { buildContext, type DocumentContext } from './context.js';
import { colonLeadIn, ownSentenceSubject, previousSentenceSpeaker, previousSentenceSubject } from './leadIns.js';
import { SpeakerNamer } from './nameSpeaker.js';
import type { QuotedSpan } from './quotationMarks.js';
import { findReportedSpeech } from './reportedSpeech.js';
import { isQuotedName, isTitleCased, isWorkTitle } from './quotedNames.js';
import type { Quote, QuoteKind, Speaker } from './types.js';

/**
 * A quoted fragment of fewer words than this, with no verb of saying, is a term or title in
 * quotation marks, not a quote, when it is capitalized like a title ("the “Blue Line” plan");
 * one written in running lower case ("a “quick look around” at") is someone's words.
 */
const MIN_UNATTRIBUTED_WORDS = 5;
const MIN_UNATTRIBUTED_LOWER_CASE_WORDS = 3;

interface Candidate {
  span: QuotedSpan;
  kind: QuoteKind;
  /** The attribution in the quote's own sentence, if any. */
  own: Attribution | null;
  /** The attribution used: its own, or one inherited from a neighbouring quote. */
  attribution: Attribution | null;
}

/**
 * Every quotation in a document with the speaker it is attributed to: direct and
 * partial quotations between quotation marks, and reported (indirect) speech.
 * Offsets are into `doc.body`; each quote's `text` is `body.slice(start, end)`.
 */
export function findQuotes(doc: CorpusDocument): Quote[] {
  const ctx = buildContext(doc);
  const candidates = quotedCandidates(ctx).filter(
    (c) => !isWorkTitle(ctx, c.span) && !(c.kind === 'partial' && isQuotedName(ctx, c.span)),
  );
  inheritAttributions(ctx, candidates);
  const kept = candidates.filter((c) => c.attribution || c.kind === 'direct' || isLongEnough(ctx, c));
  // A fragment quoted in a sentence of its own subject is that subject's words rather than a neighbour's.
  for (const c of kept)
    if (!c.own && (c.kind === 'partial' || !c.attribution))
      c.attribution = ownSentenceSubject(ctx, c.span) ?? c.attribution;

  const reported = ctx.sentences
    .filter((s) => !kept.some((c) => c.span.start < s.end && s.start < c.span.end))
    .flatMap((s) => findReportedSpeech(ctx, s));

  const namer = new SpeakerNamer(ctx);
  for (const c of kept) if (c.attribution) namer.observe(c.attribution.speaker);
  for (const r of reported) namer.observe(r.speaker);

  const quotes: Quote[] = [
    ...kept.map((c) =>
      makeQuote(ctx, c.span.start, c.span.end, c.kind, c.attribution && namer.name(c.attribution.speaker)),
    ),
    ...reported.map((r) => makeQuote(ctx, r.content.start, r.content.end, 'reported', namer.name(r.speaker))),
  ];
  return quotes.sort((a, b) => a.start - b.start);
}

function makeQuote(ctx: DocumentContext, start: number, end: number, kind: QuoteKind, speaker: Speaker | null): Quote {
  const paragraph = sentenceAt(ctx.sentences, start)?.paragraph ?? 0;
  return { doc: ctx.doc.id, paragraph, start, end, text: ctx.body.slice(start, end), kind, speaker };
}

function quotedCandidates(ctx: DocumentContext): Candidate[] {
  // Names and titles in quotation marks do not bound an attribution's search as quotations do.
  const speech = ctx.quoted.filter((o) => !isWorkTitle(ctx, o) && !isQuotedName(ctx, o));
  return ctx.quoted.map((span) => {
    const others = speech.filter((o) => o !== span && o.paragraph === span.paragraph);
    const own = attributeSpeaker(ctx, span, others);
    return { span, kind: kindOf(ctx, span), own, attribution: own };
  });
}

/**
 * Direct when the quotation is a sentence of its own: it opens its sentence, or follows
 * a colon or comma and begins with a capital (`Roe said, “We will”`), or carries on a
 * quotation from the previous paragraph. Otherwise it is a fragment of the author's sentence.
 */
function kindOf(ctx: DocumentContext, span: QuotedSpan): QuoteKind {
  if (span.continued) return 'direct';
  const sentence = sentenceAt(ctx.sentences, span.start);
  const before = ctx.body.slice(sentence ? sentence.start : span.start, span.start).trimEnd();
  if (before === '' || /^[([{—–-]+$/u.test(before)) return 'direct';
  const first = ctx.body.slice(span.inner.start, span.inner.start + 1);
  return /[:,]$/u.test(before) && /\p{Lu}/u.test(first) ? 'direct' : 'partial';
}

function isLongEnough(ctx: DocumentContext, c: Candidate): boolean {
  const inner = ctx.body.slice(c.span.inner.start, c.span.inner.end);
  const words = inner.split(/\s+/u).filter(Boolean).length;
  // A two-word fragment that closes its clause (`as a “safe pair of hands,”`) is quoted speech more often than a term.
  const least = /[.,!?]\s*$/u.test(inner) ? MIN_UNATTRIBUTED_LOWER_CASE_WORDS - 1 : MIN_UNATTRIBUTED_LOWER_CASE_WORDS;
  return words >= MIN_UNATTRIBUTED_WORDS || (words >= least && !isTitleCased(inner, MIN_UNATTRIBUTED_WORDS));
}

/**
 * Quotations without an attribution of their own take one from their neighbours:
 * - another quotation of the same paragraph (`“…,” Roe said. “…”`), the nearest
 *   before it, else the nearest after it;
 * - the quotation it continues, when a quotation runs over several paragraphs;
 * - the previous paragraph's speaker, when this paragraph opens with the quotation and
 *   the previous paragraph quoted or reported that speaker (news style continues a
 *   speaker's quote in a new paragraph without repeating the attribution);
 * - a sentence just before it in the same paragraph that ends with a colon and has a subject;
 * - a sentence of reported speech just before it, or one whose main verb is a verb of saying;
 * - for a quotation with nothing else, the named subject of the sentence before it (leadIns.ts).
 */
function inheritAttributions(ctx: DocumentContext, candidates: Candidate[]): void {
  let previousParagraphSpeaker: Attribution | null = null;
  let paragraph = 0;
  let lastInParagraph: Attribution | null = null;
  for (const [i, c] of candidates.entries()) {
    if (c.span.paragraph !== paragraph) {
      if (c.span.paragraph === paragraph + 1) previousParagraphSpeaker = lastInParagraph;
      else previousParagraphSpeaker = null;
      paragraph = c.span.paragraph;
      lastInParagraph = null;
    }
    if (!c.attribution) {
      const sameParagraph = candidates.filter((o) => o.span.paragraph === c.span.paragraph && o.own);
      const before = sameParagraph.filter((o) => o.span.start < c.span.start).at(-1);
      const after = sameParagraph.find((o) => o.span.start > c.span.start);
      const carried = c.span.continued ? (candidates[i - 1]?.attribution ?? null) : null;
      const opensParagraph = ctx.paragraphs[c.span.paragraph - 1]?.start === c.span.start;
      const reported = previousSentenceSpeaker(ctx, c.span);
      const nearerBefore =
        reported && (!before?.own || before.span.end <= ctx.tokens[reported.cue]!.start) ? reported : before?.own;
      c.attribution =
        nearerBefore ??
        after?.own ??
        carried ??
        colonLeadIn(ctx, c.span) ??
        (opensParagraph ? (previousParagraphSpeaker ?? reported) : null) ??
        (c.kind === 'direct' ? previousSentenceSubject(ctx, c.span) : null);
    }
    if (c.attribution) lastInParagraph = c.attribution;
  }
}
