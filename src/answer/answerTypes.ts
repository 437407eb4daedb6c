import { foldWord, isStopWord, termOf, tokenizeText } from '../search/analyzer.js';
import type { Question } from './question.js';

/**
 * Where a sentence states the kind of thing a question asks for: spans that look like a
 * quantity, a date, a person's name, a place or a proper name. A span only counts when
 * it says something the question does not: "When was the college founded in 1842?"
 * is not answered by the 1842 it already names.
 */

const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens|half|twice|thrice|once';
/** Numerals with their unit signs ("$9.7 million", "80%", "1,250", "10th") and number words. */
const NUMBER = new RegExp(`[$€£]?\\d(?:[\\d,.]*\\d)?(?:%|st|nd|rd|th|s)?(?:\\s+(?:million|billion|thousand|hundred))?|\\b(?:${NUMBER_WORDS})\\b`, 'giu');
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** Years, decades, centuries, months and weekdays. */
const DATE = new RegExp(
  `\\b(?:1[0-9]|20)\\d\\d(?:s|[–-]\\d{2,4})?\\b|\\b(?:${MONTHS})(?:\\s+\\d{1,2})?\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})\\b|\\b\\d{1,2}(?:st|nd|rd|th)\\s+century\\b|\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b`,
  'gu',
);
/**
 * A capitalized word: "Hesburgh", "McDonald's", "O'Brien", "Saint-Louis", "U.S.", "Dr.".
 * A period stays in the word only before a letter or another capitalized word, so the
 * full stop that ends a sentence is not part of the name before it.
 */
const CAPITALIZED = "\\p{Lu}[\\p{L}'’-]*(?:\\.(?=\\p{L}|\\s+\\p{Lu})[\\p{L}'’-]*)*";
/** Words that may join the capitalized words of one name: "Institute for Peace Studies", "Notre Dame du Lac". */
const NAME_JOINERS = 'of|for|and|the|de|du|la|le|von|van|der|da|di|&';
/** A proper name: capitalized words, possibly joined by small words; may start with a title. */
const NAME = new RegExp(`${CAPITALIZED}(?:\\s+(?:(?:${NAME_JOINERS})\\s+)?${CAPITALIZED})*`, 'gu');
/** Titles that make a single capitalized word a person: "Fr. Zahm", "Dr. Smith". */
const PERSON_TITLE = /^(?:Mr|Mrs|Ms|Dr|Fr|Rev|Sr|St|Prof|Father|Brother|Sister|Saint|Pope|President|Professor|Coach|Sir|Lady|Lord)\.?$/u;
/** A sum of money: a currency sign before the number or a currency word after it. */
const MONEY_BEFORE = /^[$€£¥]/u;
const MONEY_AFTER = /^\s*(?:dollars|euros|pounds|yen|USD|EUR|GBP)\b/iu;
/** A share: a percent sign, or "percent" after the number. */
const SHARE_AFTER = /^\s*(?:percent|per\s+cent|percentage\s+points)\b/iu;
/** A frequency: "twice a year", "three times a week", "daily", "every other month". */
const FREQUENCY =
  /\b(?:once|twice|thrice|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+times)\b(?:\s+(?:a|an|per|each|every)\s+\p{L}+)?|\b(?:hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|yearly|annually|biweekly|biannually|semiannually)\b|\bevery\s+(?:other\s+|\d+\s+|two\s+|few\s+)?(?:day|night|week|month|year|season|decade|morning|evening)s?\b/giu;
/** A rank or an order ("10th", "3rd"), which does not answer "how many". */
const ORDINAL = /\d(?:st|nd|rd|th)$/u;

/** A year standing alone ("in 1918") is a date, not a count: "how many" is not answered by it. */
const YEAR = /^(?:1[0-9]|20)\d\d(?:s)?$/u;
/**
 * Head nouns of the names of buildings, organisations and places: "Main Building",
 * "Review of Politics", "Kellogg Institute" are not people.
 */
const NOT_PERSON = /\b(?:Building|Hall|House|Center|Centre|Church|Chapel|Basilica|Cathedral|Library|Museum|Stadium|Arena|Field|Park|Street|Avenue|Road|Square|Lake|River|Mountain|Island|County|City|State|States|Kingdom|Republic|University|College|School|Institute|Academy|Seminary|Society|Association|Conference|League|Council|Committee|Department|Office|Ministry|Agency|Board|Company|Corporation|Group|Foundation|Fund|Bank|Party|Army|Navy|Review|Journal|Magazine|Times|News|Post|Report|Press|Prize|Award|Trophy|Bowl|Cup|Games|Act|Law|Day|Week|Year|Era|Century|War)\b/u;

/** Nouns for a part of a place: "on the first floor of Keeper Hall", "in the city of Ravenna". */
const PLACE_PARTS = 'floor|wing|side|shore|bank|edge|corner|end|heart|centre|center|outskirts|top|foot|north|south|east|west|city|town|village|state|county|province|region|district|campus|grounds|suburbs?';
/**
 * A place follows a locative preposition: "in Rome", "at 1 Suffolk Street", "near the
 * Main Building", "on the first floor of Keeper Hall".
 */
const PLACE = new RegExp(
  `\\b(?:in|at|from|near|to|into|outside|across|inside|on)\\s+(?:the\\s+)?(?:\\d+\\s+)?(?:(?:\\p{Ll}+\\s+)?(?:${PLACE_PARTS})\\s+of\\s+(?:the\\s+)?)?(?<place>${CAPITALIZED}(?:\\s+(?:(?:of|the|de|du)\\s+)?${CAPITALIZED})*)`,
  'gu',
);

/** A span of a sentence that may answer the question, with offsets relative to the sentence. */
export interface AnswerSpan {
  start: number;
  end: number;
}

/** True when a span holds a word the question does not: it tells the asker something. */
function isNew(text: string, q: Question): boolean {
  return tokenizeText(text).some((w) => !isStopWord(w) && !q.words.has(foldWord(w)));
}

function spans(text: string, pattern: RegExp, keep: (match: RegExpExecArray) => boolean = () => true): AnswerSpan[] {
  const out: AnswerSpan[] = [];
  for (const m of text.matchAll(pattern)) {
    const group = m.groups?.place;
    const start = group === undefined ? m.index : m.index + m[0].length - group.length;
    if (keep(m)) out.push({ start, end: m.index + m[0].length });
  }
  return out;
}

/** Capitalized runs, without a sentence's capitalized first word when that is a common word ("The", "In"). */
function names(text: string): AnswerSpan[] {
  return spans(text, NAME).flatMap((span) => {
    const words = text.slice(span.start, span.end).split(/\s+/u);
    if (span.start === 0 && isStopWord(words[0]!)) {
      const rest = text.slice(span.start, span.end).indexOf(' ');
      return rest < 0 ? [] : [{ start: rest + 1, end: span.end }];
    }
    return [span];
  });
}

/** A name of two or more capitalized words, or one after a title, is a person's name. */
function isPersonName(text: string): boolean {
  if (NOT_PERSON.test(text)) return false;
  const words = text.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w));
  return words.length >= 2 || (words.length === 1 && PERSON_TITLE.test(words[0]!));
}

/** A date that names a year: "1911", "the 1920s", "1987–2005". */
const HAS_YEAR = /\b(?:1[0-9]|20)\d\d/u;
/** A date that names a day: a weekday, or a day of a month. */
const HAS_DAY = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\d/u;

/** Whether a date holds the part asked for: a year for "what year", a day for "what day". */
function isDateUnit(date: string, unit: Question['dateUnit']): boolean {
  if (unit === 'year') return HAS_YEAR.test(date);
  if (unit === 'day') return HAS_DAY.test(date) && !/^(?:1[0-9]|20)\d\d(?:s|[–-]\d{2,4})?$/u.test(date);
  return true;
}

/** Whether a number is of the kind asked for: a share for "what percentage", money for "how much does it cost", a count for "how many". */
function isQuantity(text: string, span: AnswerSpan, quantity: Question['quantity']): boolean {
  const number = text.slice(span.start, span.end);
  const after = text.slice(span.end, span.end + 20);
  const share = number.endsWith('%') || SHARE_AFTER.test(after);
  const money = MONEY_BEFORE.test(number) || MONEY_AFTER.test(after);
  switch (quantity) {
    case null:
      return true;
    case 'share':
      return share;
    case 'money':
      return money;
    case 'count':
      return !share && !money && !ORDINAL.test(number);
    case 'frequency':
      return false;
  }
}

/** The spans of a sentence that hold a new answer of the question's type; empty when none. */
export function answerSpans(text: string, q: Question): AnswerSpan[] {
  const fresh = (span: AnswerSpan): boolean => isNew(text.slice(span.start, span.end), q);
  switch (q.answerType) {
    case null:
      return [];
    case 'number':
      if (q.quantity === 'frequency') return spans(text, FREQUENCY).filter(fresh);
      return spans(text, NUMBER).filter((s) => !YEAR.test(text.slice(s.start, s.end)) && isQuantity(text, s, q.quantity) && fresh(s));
    case 'date':
      return spans(text, DATE).filter((s) => isDateUnit(text.slice(s.start, s.end), q.dateUnit) && fresh(s));
    case 'person':
      return names(text).filter((s) => isPersonName(text.slice(s.start, s.end)) && fresh(s));
    case 'place':
      return spans(text, PLACE).filter(fresh);
    case 'name':
      return q.acronym !== null ? expansions(text, q.acronym) : names(text).filter(fresh);
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
    const before = window.before > 0 ? tokenizeText(text.slice(Math.max(0, span.start - 60), span.start)).slice(-window.before) : [];
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
