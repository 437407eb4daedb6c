import type { Paragraph, Sentence } from '../corpus/types.js';
import {
  CLOSING_ABBREVIATIONS,
  CONTINUING_ABBREVIATIONS,
  SENTENCE_STARTERS,
  BEFORE_NAME_ABBREVIATIONS,
} from './abbreviations.js';

/**
 * A sentence may end at terminal punctuation, followed by any closing quotes or brackets
 * (`.”`, `?"`, `.)`), then whitespace. Group 1 is the ending, group 2 the spacing.
 */
const ENDING = /([.!?…]+[”’"')\]]*)(\s+)/g;

/** What may open a sentence: a capital, a digit, or an opening quote or bracket. Sticky: tried where the spacing ends. */
const OPENER = /[\p{Lu}\p{N}“‘"'([¿¡]/uy;
/** The next word, after any opening quotes or brackets. */
const NEXT_WORD = /[“‘"'([]*(\p{L}+)/uy;
const DIGIT = /\p{N}/uy;
/** A character of the word a period belongs to. */
const WORD_CHARACTER = /^[\p{L}\p{N}.]$/u;

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

/** Whether a sticky pattern matches `text` at `at`. */
function matchesAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/**
 * The letters, digits and periods just before `at`, e.g. "Dr", "U.S", "J": read
 * backwards a character (or surrogate pair) at a time, so a long paragraph is not
 * rescanned from its start at every period.
 */
function wordBefore(text: string, at: number): string {
  let start = at;
  while (start > 0) {
    const low = text.charCodeAt(start - 1);
    const high = start >= 2 ? text.charCodeAt(start - 2) : 0;
    const width = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? 2 : 1;
    if (!WORD_CHARACTER.test(text.slice(start - width, start))) break;
    start -= width;
  }
  return text.slice(start, at);
}

function endsSentence(text: string, at: number, ending: string, next: number): boolean {
  if (!matchesAt(OPENER, text, next)) return false;
  if (!ending.startsWith('.') || ending.startsWith('..')) return true;
  const word = wordBefore(text, at);
  const bare = word.replace(/\./g, '').toLowerCase();
  const nextWord = matchesAt(NEXT_WORD, text, next)?.[1]?.toLowerCase() ?? '';
  const startsSentence = SENTENCE_STARTERS.has(nextWord);
  if (BEFORE_NAME_ABBREVIATIONS.has(bare) && !word.includes('.')) return false;
  if (CONTINUING_ABBREVIATIONS.has(bare) && !word.includes('.'))
    return !(matchesAt(DIGIT, text, next) !== null || !startsSentence);
  if (CLOSING_ABBREVIATIONS.has(bare)) return startsSentence;
  // A single capital is an initial: "George W. Bush", "J. R. R. Tolkien".
  if (/^\p{Lu}$/u.test(word)) return false;
  // A dotted acronym: "U.S.", "U.N.", "a.m.".
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return startsSentence;
  return true;
}
