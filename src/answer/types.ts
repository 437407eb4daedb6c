import type { Span } from '../corpus/types.js';
import type { QuoteKind, Speaker } from '../quotes/types.js';

/** One passage that answers a question or matches a quote, best first in a result list. */
export interface Result extends Span {
  doc: string;
  paragraph: number;
  /** `body.slice(start, end)` of document `doc`. */
  text: string;
  /** Relevance; comparable only within one result list. */
  score: number;
  /** The speaker of the quote that contains the passage, or null for the article's own narration. */
  speaker: Speaker | null;
  /** The kind of that quote (direct, partial, reported speech), or null for narration. */
  kind: QuoteKind | null;
}
