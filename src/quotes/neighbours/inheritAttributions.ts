import type { Attribution } from '../attribution/attribution.js';
import { type DocumentContext } from '../context.js';
import { colonLeadIn, previousSentenceSpeaker, previousSentenceSubject } from './leadIns.js';
import { nearestPerson } from './nearestPerson.js';
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
 *   before it, else the nearest after it when in the same sentence, or in the next one
 *   for a direct quote (a sentence further on has its own subject:
 *   `Roe walked in. “…” Later, Doe said it was “…”` is not Doe's);
 * - the quotation it continues, when a quotation runs over several paragraphs;
 * - the previous paragraph's speaker, when this paragraph opens with the quotation and
 *   the previous paragraph quoted or reported that speaker (news style continues a
 *   speaker's quote in a new paragraph without repeating the attribution);
 * - a sentence just before it in the same paragraph that ends with a colon and has a subject;
 * - a sentence of reported speech just before it, or one whose main verb is a verb of saying;
 * - for a quotation with nothing else, the named subject of the sentence before it (leadIns.ts);
 * - last, when a later sentence of the paragraph holds an attributed quotation, the nearest person
 *   (nearestPerson.ts), else that quotation's attribution: the quotation is speech, whose speaker
 *   is named near it.
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
      const later = sameParagraph.find((o) => o.span.start > c.span.start);
      const after = later && nextSentence(ctx, c, later.span) ? later : undefined;
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
        (c.kind === 'direct' ? previousSentenceSubject(ctx, c.span) : null) ??
        (later?.own ? (nearestPerson(ctx, c.span) ?? later.own) : null);
    }
    if (c.attribution) lastInParagraph = c.attribution;
  }
}

/**
 * A later quotation starts in the same sentence as the candidate, or, for a direct quote standing as a
 * sentence of its own, in the sentence right after it (`“…” Roe paused, saying “…”`).
 */
function nextSentence(ctx: DocumentContext, c: Candidate, later: QuotedSpan): boolean {
  const at = (offset: number): number => ctx.sentences.findIndex((s) => s.start <= offset && offset < s.end);
  const distance = at(later.start) - at(c.span.start);
  return distance === 0 || (distance === 1 && c.kind === 'direct');
}
