import type { Attribution } from '../attribution/attribution.js';
import { type DocumentContext } from '../context.js';
import { colonLeadIn, previousSentenceSpeaker, previousSentenceSubject } from './leadIns.js';
import type { QuotedSpan } from '../marks/quotationMarks.js';
import type { QuoteKind } from '../types.js';

export interface Candidate {
  span: QuotedSpan;
  kind: QuoteKind;
  /** The attribution in the quote's own sentence, if any. */
  own: Attribution | null;
  /** The attribution used: its own, or one inherited from a neighbouring quote. */
  attribution: Attribution | null;
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
export function inheritAttributions(ctx: DocumentContext, candidates: Candidate[]): void {
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
