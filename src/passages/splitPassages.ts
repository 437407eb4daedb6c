import type { Paragraph, Sentence } from '../corpus/types.js';
import { splitParagraphs } from './splitParagraphs.js';
import { splitSentences } from './splitSentences.js';

export interface Passages {
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

/** The paragraphs of a body and the sentences within them, in document order. */
export function splitPassages(body: string): Passages {
  const paragraphs = splitParagraphs(body);
  return { paragraphs, sentences: paragraphs.flatMap((paragraph) => splitSentences(body, paragraph)) };
}
