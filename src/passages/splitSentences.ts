import type { Paragraph, Sentence } from '../corpus/types.js';
import {
  CLOSING_ABBREVIATIONS,
  CONTINUING_ABBREVIATIONS,
  SENTENCE_STARTERS,
  TITLE_ABBREVIATIONS,
} from './abbreviations.js';

/**
 * A sentence may end at terminal punctuation, followed by any closing quotes or brackets
 * (`.”`, `?"`, `.)`), then whitespace. Group 1 is the ending, group 2 the spacing.
 */
const ENDING = /([.!?…]+[”’"')\]]*)(\s+)/g;

/** What may open a sentence: a capital, a digit, or an opening quote or bracket. */
const OPENER = /^[\p{Lu}\p{N}“‘"'([¿¡]/u;

/**
 * Splits one paragraph into sentences. A boundary needs terminal punctuation, then
 * whitespace, then something that can open a sentence, so a quote that goes on after its
 * comma or question mark (`“Why?” she asked`) stays whole, and decimals (`3.5`) never split.
 * Abbreviations, initials (`J. R. Smith`) and dotted acronyms (`U.S.`) do not end a
 * sentence unless the next word is one that typically starts one.
 */
export function splitSentences(body: string, paragraph: Paragraph): Sentence[] {
  const text = body.slice(paragraph.start, paragraph.end);
  const sentences: Sentence[] = [];
  let start = 0;
  for (const match of text.matchAll(ENDING)) {
    const end = match.index + match[1]!.length;
    const next = match.index + match[0].length;
    if (!endsSentence(text, match.index, match[1]!, next)) continue;
    push(sentences, paragraph, start, end);
    start = next;
  }
  push(sentences, paragraph, start, text.length);
  return sentences;
}

function push(sentences: Sentence[], paragraph: Paragraph, start: number, end: number): void {
  if (end > start)
    sentences.push({ start: paragraph.start + start, end: paragraph.start + end, paragraph: paragraph.number });
}

function endsSentence(text: string, at: number, ending: string, next: number): boolean {
  const following = text.slice(next);
  if (!OPENER.test(following)) return false;
  if (!ending.startsWith('.') || ending.startsWith('..')) return true;
  // The word the period belongs to, e.g. "Dr", "U.S", "J".
  const word = /[\p{L}\p{N}.]*$/u.exec(text.slice(0, at))![0];
  const bare = word.replace(/\./g, '').toLowerCase();
  const nextWord = /^[“‘"'([]*([\p{L}]+)/u.exec(following)?.[1]?.toLowerCase() ?? '';
  const startsSentence = SENTENCE_STARTERS.has(nextWord);
  if (TITLE_ABBREVIATIONS.has(bare) && !word.includes('.')) return false;
  if (CONTINUING_ABBREVIATIONS.has(bare) && !word.includes('.')) return !(/^\p{N}/u.test(following) || !startsSentence);
  if (CLOSING_ABBREVIATIONS.has(bare)) return startsSentence;
  // A single capital is an initial: "George W. Bush", "J. R. R. Tolkien".
  if (/^\p{Lu}$/u.test(word)) return false;
  // A dotted acronym: "U.S.", "U.N.", "a.m.".
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return startsSentence;
  return true;
}
