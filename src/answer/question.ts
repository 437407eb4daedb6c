import { termsOf } from '../search/analyzer.js';

/** What kind of answer a question asks for, from its wh-word. */
export type AnswerType = 'number' | 'date' | 'person' | 'place' | null;

export interface Question {
  text: string;
  /** Distinct search terms of the question (stemmed, stop words dropped). */
  terms: string[];
  answerType: AnswerType;
  /** For "who said …" questions, the quoted words to look for; otherwise null. */
  whoSaid: string | null;
}

/** "Who said …", "who wrote …": the question is about a quotation's speaker. */
const WHO_SAID = /^\s*who\s+(?:said|says|wrote|writes|stated|told|declared|claimed|warned|called|tweeted)\b[\s,:]*(?<quote>[\s\S]*?)[\s?]*$/iu;

/** Quotation marks around pasted words, which are not part of the words. */
const SURROUNDING_QUOTES = /^["“”'‘’«»]+|["“”'‘’«»]+$/gu;

const ANSWER_TYPES: [RegExp, AnswerType][] = [
  [/\bhow\s+(?:many|much|long|old|far|large|big|often)\b|\bwhat\s+(?:number|percentage|amount|proportion)\b/iu, 'number'],
  [/\bwhen\b|\bwhat\s+(?:year|date|day|month|time|century|decade)\b|\bwhich\s+(?:year|date|day|month|century|decade)\b/iu, 'date'],
  [/\bwho\b|\bwhom\b|\bwhose\b/iu, 'person'],
  [/\bwhere\b|\bwhat\s+(?:country|city|place|state|region)\b/iu, 'place'],
];

export function analyzeQuestion(text: string): Question {
  const said = WHO_SAID.exec(text);
  const whoSaid = said ? (said.groups?.quote ?? '').replace(SURROUNDING_QUOTES, '').trim() : null;
  const answerType = ANSWER_TYPES.find(([pattern]) => pattern.test(text))?.[1] ?? null;
  return { text, terms: [...new Set(termsOf(text))], answerType, whoSaid: whoSaid === '' ? null : whoSaid };
}
