import { anyOf } from './wordList.js';
import { isStopWord } from '../search/analyzer.js';

/**
 * What a sentence mentions that may answer a question: quantities, frequencies, dates,
 * people, places and proper names, as spans of the sentence. None of this depends on the
 * question, so a sentence's mentions are found once and remembered: with one article,
 * every question is answered from the same few dozen sentences.
 */

/** A span of a sentence, with offsets relative to the sentence. */
export interface AnswerSpan {
  start: number;
  end: number;
}

/** A number that is not a year standing alone, with what kind of number it is. */
export interface NumberSpan extends AnswerSpan {
  /** A percent sign, or "percent" after it. */
  share: boolean;
  /** A currency sign before it or a currency word after it. */
  money: boolean;
  /** A rank or an order ("10th", "3rd"). */
  ordinal: boolean;
}

/** A date, with the parts it names. */
export interface DateMention extends AnswerSpan {
  /** "1911", "the 1920s", "1987–2005". */
  year: boolean;
  /** A weekday or a day of a month, and not a year alone. */
  day: boolean;
}

export interface Mentions {
  quantities: NumberSpan[];
  /** "twice a year", "three times a week", "daily", "every other month". */
  frequencies: AnswerSpan[];
  dates: DateMention[];
  /** Names of two or more capitalized words, or one after a title, that do not name a place or an organisation. */
  people: AnswerSpan[];
  /** Names after a locative preposition: "in Rome", "on the first floor of Keeper Hall". */
  places: AnswerSpan[];
  /** Runs of capitalized words, possibly joined by small words. */
  names: AnswerSpan[];
}

const NUMBER_WORDS = anyOf(`
  one two three four five six seven eight nine ten eleven twelve thirteen fifteen twenty thirty forty fifty sixty
  seventy eighty ninety hundred hundreds thousand thousands million millions billion billions dozen dozens half
  twice thrice once`);
/** Numerals with their unit signs ("$9.7 million", "80%", "1,250", "10th") and number words. */
const NUMBER = new RegExp(
  `[$€£]?\\d(?:[\\d,.]*\\d)?(?:%|st|nd|rd|th|s)?(?:\\s+(?:million|billion|thousand|hundred))?|\\b(?:${NUMBER_WORDS})\\b`,
  'giu',
);
const MONTHS = anyOf('January February March April May June July August September October November December');
const WEEKDAYS = anyOf('Monday Tuesday Wednesday Thursday Friday Saturday Sunday');
/** A year from 1000 to 2099: "1842", "2016". */
const YEAR_DIGITS = '(?:1[0-9]|20)\\d\\d';
/** A year, a decade or a span of years: "1911", "1920s", "1987–2005". */
const YEARS = `${YEAR_DIGITS}(?:s|[–-]\\d{2,4})?`;
/** Ordinals that name centuries: "16th", "eighteenth", "twenty-first". */
const CENTURY_ORDINAL = `(?:\\d{1,2}(?:st|nd|rd|th)|${anyOf(
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first',
)})`;
/** Centuries, one or two: "18th century", "the 10th and 11th centuries", "the sixteenth century". */
const CENTURIES = `\\b${CENTURY_ORDINAL}(?:\\s+(?:and|or|to)\\s+${CENTURY_ORDINAL})?\\s+centur(?:y|ies)\\b`;
/** A year with its era: "800 CE", "AD 911", "44 BC". */
const ERA_YEAR = '\\b\\d{1,4}\\s*(?:BCE|BC|CE|AD)\\b|\\bAD\\s*\\d{1,4}\\b';
/**
 * A three-digit year after a preposition of time, ending its phrase: "began in 911 as a
 * fiefdom", "until 843,". Not "in 500 ships": a noun may not follow it.
 */
const EARLY_YEAR =
  '(?<=\\b(?:in|since|until|by|from|before|after|around|circa)\\s)\\d{3}\\b' +
  '(?=\\s*(?:[,.;:)–-]|$)|\\s+(?:as|and|when|with|under|the|to|in|on|at|until|after|before|was|were|is|had|he|she|they|it)\\b)';
/** A time of day: "5 pm", "10:30 a.m.". */
const CLOCK = '\\b\\d{1,2}(?:[:.]\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)(?!\\p{L})';
/** Years, decades, centuries, months, weekdays and times of day. */
const DATE = new RegExp(
  [
    CENTURIES,
    ERA_YEAR,
    `\\b${YEARS}\\b`,
    EARLY_YEAR,
    `\\b(?:${MONTHS})(?:\\s+\\d{1,2})?\\b`,
    `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})\\b`,
    `\\b(?:${WEEKDAYS})s?\\b`,
    CLOCK,
  ].join('|'),
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
const PERSON_TITLE =
  /^(?:Mr|Mrs|Ms|Dr|Fr|Rev|Sr|St|Prof|Father|Brother|Sister|Saint|Pope|President|Professor|Coach|Sir|Lady|Lord)\.?$/u;
/** A sum of money: a currency sign before the number or a currency word after it. */
const MONEY_BEFORE = /^[$€£¥]/u;
const MONEY_AFTER = /^\s*(?:dollars|euros|pounds|yen|USD|EUR|GBP)\b/iu;
/** A share: a percent sign, or "percent" after the number. */
const SHARE_AFTER = /^\s*(?:percent|per\s+cent|percentage\s+points)\b/iu;
/** A frequency: "twice a year", "three times a week", "daily", "every other month". */
const TIMES_COUNTS = anyOf('\\d+ one two three four five six seven eight nine ten several many');
const FREQUENCY_WORDS = anyOf(
  'hourly daily nightly weekly fortnightly monthly quarterly yearly annually biweekly biannually semiannually',
);
const PERIODS = anyOf('day night week month year season decade morning evening');
const FREQUENCY = new RegExp(
  [
    `\\b(?:once|twice|thrice|(?:${TIMES_COUNTS})\\s+times)\\b(?:\\s+(?:a|an|per|each|every)\\s+\\p{L}+)?`,
    `\\b(?:${FREQUENCY_WORDS})\\b`,
    `\\bevery\\s+(?:other\\s+|\\d+\\s+|two\\s+|few\\s+)?(?:${PERIODS})s?\\b`,
  ].join('|'),
  'giu',
);
/** A rank or an order ("10th", "3rd"), which does not answer "how many". */
const ORDINAL = /\d(?:st|nd|rd|th)$/u;
/** A year standing alone ("in 1918") is a date, not a count: "how many" is not answered by it. */
const YEAR = new RegExp(`^${YEAR_DIGITS}(?:s)?$`, 'u');
/** A date that names a year: "1911", "the 1920s", "1987–2005", "AD 911", "in 911". */
const HAS_YEAR = new RegExp(`\\b${YEAR_DIGITS}|${ERA_YEAR}|^\\d{3}$`, 'u');
/** A date that names a day: a weekday, a day of a month, or a time of day. */
const HAS_DAY = new RegExp(
  `\\b(?:${WEEKDAYS})|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})|(?:${MONTHS})\\s+\\d|${CLOCK}`,
  'u',
);
/**
 * Head nouns of the names of buildings, organisations and places: "Main Building",
 * "Review of Politics", "Kellogg Institute" are not people.
 */
const NOT_PERSON_HEADS = anyOf(`
  Building Hall House Center Centre Church Chapel Basilica Cathedral Library Museum Stadium Arena Field Park Street
  Avenue Road Square Lake River Mountain Island County City State States Kingdom Republic University College School
  Institute Academy Seminary Society Association Conference League Council Committee Department Office Ministry
  Agency Board Company Corporation Group Foundation Fund Bank Party Army Navy Review Journal Magazine Times News Post
  Report Press Prize Award Trophy Bowl Cup Games Act Law Day Week Year Era Century War`);
const NOT_PERSON = new RegExp(`\\b(?:${NOT_PERSON_HEADS})\\b`, 'u');
/** Nouns for a part of a place: "on the first floor of Keeper Hall", "in the city of Ravenna". */
const PLACE_PARTS = anyOf(`
  floor wing side shore bank edge corner end heart centre center outskirts top foot north south east west city town
  village state county province region district campus grounds suburbs?`);
/**
 * A place follows a locative preposition: "in Rome", "at 1 Suffolk Street", "near the
 * Main Building", "on the first floor of Keeper Hall".
 */
const LOCATIVES = anyOf('in at from near to into outside across inside on');
const PLACE = new RegExp(
  `\\b(?:${LOCATIVES})\\s+(?:the\\s+)?(?:\\d+\\s+)?` +
    `(?:(?:\\p{Ll}+\\s+)?(?:${PLACE_PARTS})\\s+of\\s+(?:the\\s+)?)?` +
    `(?<place>${CAPITALIZED}(?:\\s+(?:(?:of|the|de|du)\\s+)?${CAPITALIZED})*)`,
  'gu',
);

function spans(text: string, pattern: RegExp): AnswerSpan[] {
  const out: AnswerSpan[] = [];
  for (const m of text.matchAll(pattern)) {
    const group = m.groups?.place;
    out.push({
      start: group === undefined ? m.index : m.index + m[0].length - group.length,
      end: m.index + m[0].length,
    });
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
function isPersonName(name: string): boolean {
  if (NOT_PERSON.test(name)) return false;
  const words = name.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w));
  return words.length >= 2 || (words.length === 1 && PERSON_TITLE.test(words[0]!));
}

function quantities(text: string): NumberSpan[] {
  return spans(text, NUMBER).flatMap((span) => {
    const number = text.slice(span.start, span.end);
    if (YEAR.test(number)) return [];
    const after = text.slice(span.end, span.end + 20);
    const share = number.endsWith('%') || SHARE_AFTER.test(after);
    const money = MONEY_BEFORE.test(number) || MONEY_AFTER.test(after);
    return [{ ...span, share, money, ordinal: ORDINAL.test(number) }];
  });
}

function dates(text: string): DateMention[] {
  return spans(text, DATE).map((span) => {
    const date = text.slice(span.start, span.end);
    return { ...span, year: HAS_YEAR.test(date), day: HAS_DAY.test(date) };
  });
}

const FINDERS: { [K in keyof Mentions]: (text: string) => Mentions[K] } = {
  quantities,
  frequencies: (text) => spans(text, FREQUENCY),
  dates,
  people: (text) => names(text).filter((s) => isPersonName(text.slice(s.start, s.end))),
  places: (text) => spans(text, PLACE),
  names,
};

/**
 * The mentions of each sentence asked about recently, by its text. Emptied when it holds
 * {@link MAX_REMEMBERED_SENTENCES}, so that a large corpus or new text cannot grow it.
 */
const remembered = new Map<string, Partial<Mentions>>();
const MAX_REMEMBERED_SENTENCES = 2048;

/** The mentions of one kind in a sentence, in order. The arrays are shared: do not change them. */
export function mentionsIn<K extends keyof Mentions>(text: string, kind: K): Mentions[K] {
  let mentions = remembered.get(text);
  if (mentions === undefined) {
    if (remembered.size >= MAX_REMEMBERED_SENTENCES) remembered.clear();
    remembered.set(text, (mentions = {}));
  }
  return (mentions[kind] ??= FINDERS[kind](text));
}
