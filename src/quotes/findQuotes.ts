import type { CorpusDocument } from '../corpus/types.js';
import { attributeSpeaker, sentenceAt, type Attribution } from './attributeSpeaker.js';
import { buildContext, type DocumentContext } from './context.js';
import { SpeakerNamer } from './nameSpeaker.js';
import { subjectBefore } from './nounPhrases.js';
import type { QuotedSpan } from './quotationMarks.js';
import { findReportedSpeech } from './reportedSpeech.js';
import { TITLE_CUES, TITLE_SMALL_WORDS, WORK_NOUNS } from './lexicon.js';
import type { Quote, QuoteKind, Speaker } from './types.js';

/** A quoted fragment of fewer words than this, with no verb of saying, is a term or title in quotation marks, not a quote. */
const MIN_UNATTRIBUTED_WORDS = 5;

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
  const candidates = quotedCandidates(ctx).filter((c) => !(c.kind === 'partial' && isWorkTitle(ctx, c.span)));
  inheritAttributions(ctx, candidates);
  const kept = candidates.filter((c) => c.attribution || c.kind === 'direct' || wordCount(ctx, c) >= MIN_UNATTRIBUTED_WORDS);

  const reported = ctx.sentences
    .filter((s) => !kept.some((c) => c.span.start < s.end && s.start < c.span.end))
    .flatMap((s) => findReportedSpeech(ctx, s));

  const namer = new SpeakerNamer(ctx);
  for (const c of kept) if (c.attribution) namer.observe(c.attribution.speaker);
  for (const r of reported) namer.observe(r.speaker);

  const quotes: Quote[] = [
    ...kept.map((c) => makeQuote(ctx, c.span.start, c.span.end, c.kind, c.attribution && namer.name(c.attribution.speaker))),
    ...reported.map((r) => makeQuote(ctx, r.content.start, r.content.end, 'reported', namer.name(r.speaker))),
  ];
  return quotes.sort((a, b) => a.start - b.start);
}

function makeQuote(ctx: DocumentContext, start: number, end: number, kind: QuoteKind, speaker: Speaker | null): Quote {
  const paragraph = sentenceAt(ctx.sentences, start)?.paragraph ?? 0;
  return { doc: ctx.doc.id, paragraph, start, end, text: ctx.body.slice(start, end), kind, speaker };
}

function quotedCandidates(ctx: DocumentContext): Candidate[] {
  return ctx.quoted.map((span) => {
    const others = ctx.quoted.filter((o) => o !== span && o.paragraph === span.paragraph);
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

/**
 * The title of a work rather than a quotation: capitalized like a title and named as one
 * (`the film “Blue Road”`, `a novel titled “A House by the Sea”`).
 */
function isWorkTitle(ctx: DocumentContext, span: QuotedSpan): boolean {
  const { tokens } = ctx;
  let k = ctx.tokenAt(span.start) - 1;
  if (k >= 0 && TITLE_CUES.has(tokens[k]!.lower)) k--;
  if (k < 0 || tokens[k]!.pos !== 'NOUN' || !WORK_NOUNS.has(tokens[k]!.lower)) return false;
  const words = ctx.body.slice(span.inner.start, span.inner.end).trim().split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  return (
    words.length > 0 &&
    words.every((w, i) => /^[^\p{L}]*[\p{Lu}\d]/u.test(w) || (i > 0 && TITLE_SMALL_WORDS.has(w.toLowerCase())))
  );
}

function wordCount(ctx: DocumentContext, c: Candidate): number {
  return ctx.body.slice(c.span.inner.start, c.span.inner.end).split(/\s+/u).filter(Boolean).length;
}

/**
 * Quotations without an attribution of their own take one from their neighbours:
 * - another quotation of the same paragraph (`“…,” Roe said. “…”`), the nearest
 *   before it, else the nearest after it;
 * - the quotation it continues, when a quotation runs over several paragraphs;
 * - the previous paragraph's speaker, when this paragraph opens with the quotation and
 *   the previous paragraph quoted or reported that speaker (news style continues a
 *   speaker's quote in a new paragraph without repeating the attribution);
 * - a sentence just before it in the same paragraph that ends with a colon and has a subject.
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
      const carried = c.span.continued ? candidates[i - 1]?.attribution ?? null : null;
      const opensParagraph = ctx.paragraphs[c.span.paragraph - 1]?.start === c.span.start;
      c.attribution = before?.own ?? after?.own ?? carried ?? colonLeadIn(ctx, c.span) ?? (opensParagraph ? previousParagraphSpeaker : null);
    }
    if (c.attribution) lastInParagraph = c.attribution;
  }
}

/** `Roe was blunt: “…”` or `Roe put it this way. “…”`: the subject of a lead-in sentence ending in a colon. */
function colonLeadIn(ctx: DocumentContext, span: QuotedSpan): Attribution | null {
  const before = ctx.body.slice(0, span.start).trimEnd();
  if (!before.endsWith(':')) return null;
  const sentence = sentenceAt(ctx.sentences, before.length - 1);
  if (!sentence || sentence.paragraph !== span.paragraph) return null;
  const lo = ctx.tokenAt(sentence.start);
  const tokens = ctx.tokens;
  for (let k = lo; k < ctx.tokenAt(before.length); k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      const speaker = subjectBefore(tokens, k, lo);
      return speaker ? { speaker, cue: k } : null;
    }
  }
  return null;
}
