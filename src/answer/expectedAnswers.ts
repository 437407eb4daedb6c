import { foldWord, isStopWord, termOf, tokenizeText } from '../search/analyzer.js';
import { mentionsIn, type AnswerSpan, type DateMention, type NumberSpan } from './mentions.js';
import type { Question } from './question.js';

/**
 * Where a sentence states the kind of thing a question asks for: its mentions (see
 * `mentionsIn`) of the type asked for. A span only counts when it says something the
 * question does not: "When was the college founded in 1842?" is not answered by the
 * 1842 it already names.
 */

/** True when a span holds a word the question does not: it tells the asker something. */
function isNew(text: string, q: Question): boolean {
  return tokenizeText(text).some((w) => !isStopWord(w) && !q.words.has(foldWord(w)));
}

/** Whether a number is of the kind asked for: a share for "what percentage", money for "how much does it cost", a count for "how many". */
function isQuantity(number: NumberSpan, quantity: Question['quantity']): boolean {
  switch (quantity) {
    case null:
      return true;
    case 'share':
      return number.share;
    case 'money':
      return number.money;
    case 'count':
      return !number.share && !number.money && !number.ordinal;
    case 'frequency':
      return false;
  }
}

/** Whether a date holds the part asked for: a year for "what year", a day for "what day". */
function isDateUnit(date: DateMention, unit: Question['dateUnit']): boolean {
  return unit === 'year' ? date.year : unit === 'day' ? date.day : true;
}

/** The spans of a sentence that hold a new answer of the question's type; empty when none. */
export function answerSpans(text: string, q: Question): AnswerSpan[] {
  const fresh = (span: AnswerSpan): boolean => isNew(text.slice(span.start, span.end), q);
  switch (q.answerType) {
    case null:
      return [];
    case 'number':
      if (q.quantity === 'frequency') return mentionsIn(text, 'frequencies').filter(fresh);
      return mentionsIn(text, 'quantities').filter((s) => isQuantity(s, q.quantity) && fresh(s));
    case 'date':
      return mentionsIn(text, 'dates').filter((s) => isDateUnit(s, q.dateUnit) && fresh(s));
    case 'person':
      return mentionsIn(text, 'people').filter(fresh);
    case 'place':
      return mentionsIn(text, 'places').filter(fresh);
    case 'name':
      return q.acronym !== null ? expansions(text, q.acronym) : mentionsIn(text, 'names').filter(fresh);
  }
}

/**
 * Words around an answer that may still be its head noun: one after a name ("the Seaview
 * program"), two after a number, which an adjective may separate from its noun ("12 new
 * ferries"), and three either side of a person, named with their role ("the developer,
 * Ada Brisk", "Ada Brisk, the town's first mayor").
 */
const HEAD_WINDOWS: Partial<Record<NonNullable<Question['answerType']>, { before: number; after: number }>> = {
  name: { before: 0, after: 1 },
  number: { before: 0, after: 2 },
  person: { before: 3, after: 3 },
};

/**
 * Whether one of the spans carries the question's head noun: "Which hall …?" is answered
 * by "Hartley Hall" or "the Seaview program", "How many ferries …?" by "12 ferries", "Who
 * was the mayor …?" by "the mayor, Ada Brisk". Not places or dates, which the question's
 * noun does not name.
 */
export function carriesHead(text: string, found: readonly AnswerSpan[], q: Question): boolean {
  const window = q.answerType === null ? undefined : HEAD_WINDOWS[q.answerType];
  if (q.head === null || window === undefined) return false;
  return found.some((span) => {
    const before =
      window.before > 0 ? tokenizeText(text.slice(Math.max(0, span.start - 60), span.start)).slice(-window.before) : [];
    const after = tokenizeText(text.slice(span.end, span.end + 60)).slice(0, window.after);
    return [...before, ...tokenizeText(text.slice(span.start, span.end)), ...after].some((w) => termOf(w) === q.head);
  });
}

/** Small words an expansion may hold without an initial of their own: "Bureau of Land Management" (BLM). */
const EXPANSION_JOINERS = /^(?:of|for|and|the|on|in|to|&)$/iu;

/**
 * The words an abbreviation stands for, where a sentence spells it out: capitalized words
 * whose initials make it, just before it in parentheses ("National Collegiate Athletic
 * Association (NCAA)") or just after it ("NCAA (National Collegiate Athletic Association)").
 */
function expansions(text: string, acronym: string): AnswerSpan[] {
  const letters = acronym.replace(/[^\p{L}]/gu, '').toUpperCase();
  const out: AnswerSpan[] = [];
  for (const m of text.matchAll(new RegExp(`\\(${acronym}\\)|\\b${acronym}\\s+\\(([^)]{3,120})\\)`, 'gu'))) {
    if (m[1] !== undefined) {
      const start = m.index + m[0].indexOf('(') + 1;
      if (initialsOf(m[1]) === letters) out.push({ start, end: start + m[1].length });
      continue;
    }
    // Walk back over the words before "(NCAA)" until their initials spell it.
    const before = [...text.slice(0, m.index).matchAll(/[\p{L}&]+/gu)];
    for (let i = before.length - 1; i >= 0 && m.index - before[i]!.index <= 160; i--) {
      const candidate = text.slice(before[i]!.index, m.index).trimEnd();
      if (EXPANSION_JOINERS.test(before[i]![0])) continue;
      const initials = initialsOf(candidate);
      if (initials === letters) out.push({ start: before[i]!.index, end: before[i]!.index + candidate.length });
      if (initials.length >= letters.length) break;
    }
  }
  return out;
}

/** Initials of the capitalized words of a phrase, small joining words left out. */
function initialsOf(phrase: string): string {
  return tokenizeText(phrase)
    .filter((w) => !EXPANSION_JOINERS.test(w))
    .map((w) => w[0]!.toUpperCase())
    .join('');
}
