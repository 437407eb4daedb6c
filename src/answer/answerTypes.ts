import type { SentenceEntry } from '../search/catalog.js';
import type { AnswerType } from './question.js';

const NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|half)\b/iu;
const DATE = /\b(?:1[5-9]\d\d|20\d\d)\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?:century|decade)\b/u;
/** Two or more capitalized words in a row, not at the start of the sentence. */
const NAME = /(?<!^)\b\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)+/u;
const PLACE = /\b(?:in|at|from|near|to)\s+(?:the\s+)?\p{Lu}/u;

/** Whether a sentence holds the kind of answer a question asks for. */
export function hasAnswerType(entry: SentenceEntry, type: AnswerType): boolean {
  if (!type) return false;
  const text = entry.doc.body.slice(entry.start, entry.end);
  switch (type) {
    case 'number':
      return NUMBER.test(text);
    case 'date':
      return DATE.test(text);
    case 'person':
      return NAME.test(text) || entry.quote?.speaker != null;
    case 'place':
      return PLACE.test(text);
  }
}
