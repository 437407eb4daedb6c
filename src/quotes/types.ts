import type { Span } from '../corpus/types.js';

/**
 * - `direct`: a quotation of a full sentence or more (“We will win,” she said).
 * - `partial`: a quoted fragment inside the author's sentence (called it “a mess”).
 * - `reported`: indirect speech with a verb of saying (She warned that the plan would fail).
 */
export type QuoteKind = 'direct' | 'partial' | 'reported';

/** Who a quotation is attributed to. `name` and `role` are exact slices of the document. */
export interface Speaker {
  /** The fullest name the document gives ("Jane Roe" even where the cue says "she" or "Roe"). */
  name: string;
  /** Title or description the document gives the speaker ("director of the institute"). */
  role: string | null;
  /** Where the attribution names the speaker for this quotation: the name, description or pronoun. */
  mention: Span | null;
}

export interface Quote extends Span {
  doc: string;
  paragraph: number;
  /** `body.slice(start, end)`: for direct and partial quotes, quotation marks included. */
  text: string;
  kind: QuoteKind;
  speaker: Speaker | null;
}
