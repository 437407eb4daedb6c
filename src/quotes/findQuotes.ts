import type { CorpusDocument } from '../corpus/types.js';
import { attributeSpeaker } from './attribution/attributeSpeaker.js';
import { sentenceAt } from './attribution/regions.js';
import { buildContext, type DocumentContext } from './context.js';
import { enclosingStatement, ownSentencePerson, ownSentenceSubject } from './neighbours/leadIns.js';
import { nearestPerson } from './neighbours/nearestPerson.js';
import { SpeakerNamer } from './naming/nameSpeaker.js';
import { findReportedSpeech } from './reported/reportedSpeech.js';
import { isMentionedTerm, isQuotedName, isWorkTitle } from './marks/quotedNames.js';
import type { Quote, QuoteKind, Speaker } from './types.js';
import type { QuotedSpan } from './marks/quotationMarks.js';
import { inheritAttributions, type Candidate } from './neighbours/inheritAttributions.js';
import { isLongEnough, kindOf } from './marks/quoteKinds.js';
import { calledWords, type CalledWords } from './marks/calledWords.js';
import { isNotSpeech } from './marks/notSpeech.js';

/**
 * Every quotation in a document with the speaker it is attributed to: direct and
 * partial quotations between quotation marks, and reported (indirect) speech.
 * Offsets are into `doc.body`; each quote's `text` is `body.slice(start, end)`.
 */
export function findQuotes(doc: CorpusDocument): Quote[] {
  const ctx = buildContext(doc);
  // Words someone called something are quoted speech, however short or name-like.
  const called = new Map(ctx.quoted.flatMap((span) => calledPair(ctx, span)));
  const candidates = quotedCandidates(ctx).filter(
    (c) =>
      !isWorkTitle(ctx, c.span) &&
      !isNotSpeech(ctx, c.span) &&
      !(c.kind === 'partial' && isQuotedName(ctx, c.span) && !called.has(c.span)) &&
      (c.own !== null || !isMentionedTerm(ctx, c.span, c.kind)),
  );
  inheritAttributions(ctx, candidates);
  const kept = candidates.filter(
    (c) =>
      c.attribution ||
      c.kind === 'direct' ||
      isLongEnough(ctx, c.span) ||
      called.has(c.span) ||
      ownSentencePerson(ctx, c.span),
  );
  // A quotation with no attribution is the words of a statement its sentence reports, else of whoever called
  // something by these words; a fragment quoted in a sentence of its own subject is that subject's words
  // rather than a neighbour's. Words nobody in particular called are nobody's unless the sentence says whose.
  for (const c of kept) {
    const call = called.get(c.span);
    if (!c.own && call?.unclaimed) c.attribution = enclosingStatement(ctx, c.span) ?? call.speaker;
    if (c.own || call?.unclaimed || (c.kind !== 'partial' && c.attribution)) continue;
    const found = c.attribution ? null : (enclosingStatement(ctx, c.span) ?? call?.speaker);
    c.attribution = found ?? ownSentenceSubject(ctx, c.span) ?? c.attribution;
  }
  // With no attribution found, the nearest person the narration names is likelier the speaker than nobody.
  for (const c of kept)
    if (!c.attribution && !called.get(c.span)?.unclaimed) c.attribution = nearestPerson(ctx, c.span);

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
  const speech = ctx.quoted.filter((o) => !isWorkTitle(ctx, o) && !isQuotedName(ctx, o) && !isNotSpeech(ctx, o));
  return ctx.quoted.map((span) => {
    const others = speech.filter((o) => o !== span && o.paragraph === span.paragraph);
    const own = attributeSpeaker(ctx, span, others);
    return { span, kind: kindOf(ctx, span), own, attribution: own };
  });
}

function calledPair(ctx: DocumentContext, span: QuotedSpan): [QuotedSpan, CalledWords][] {
  const call = calledWords(ctx, span);
  return call ? [[span, call]] : [];
}
