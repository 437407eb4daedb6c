import { anyOf } from './wordList.js';
import { foldWord, isStopWord, termOf, tokenizeText } from '../search/analyzer.js';
import { plainWords, withoutRequest } from './questionWording.js';

/**
 * What kind of answer a question asks for, from its wh-phrase: a quantity, a date, a
 * person, a place, or (for "which college …?") a proper name; null when it cannot tell.
 */
export type AnswerType = 'number' | 'date' | 'person' | 'place' | 'name' | null;

/**
 * What a number question counts, when it tells: "how many" asks for a count (not a rank
 * such as "10th", a share or a sum of money), "what percentage" for a share, "how much
 * does it cost" for a sum of money, "how often" for a frequency ("twice a year", "daily").
 */
export type QuantityAsked = 'count' | 'share' | 'money' | 'frequency' | null;

export interface Question {
  text: string;
  /** Distinct search terms of the question (stemmed; stop words and question-frame words dropped). */
  terms: string[];
  /** The words the terms come from, joined: what the index is searched for. */
  search: string;
  answerType: AnswerType;
  /**
   * The stem of the noun the wh-phrase names the answer by ("hall" in "which hall holds
   * the archive?"), which the answer's own name often carries ("Hartley Hall"); null when none.
   */
  head: string | null;
  /** For number questions, the kind of number asked for; otherwise null. */
  quantity: QuantityAsked;
  /** For "what year …" and "what day …" questions, the part of a date asked for; otherwise null. */
  dateUnit: 'year' | 'day' | null;
  /** Terms of the capitalized words after the first: names, which no other word stands in for. */
  names: ReadonlySet<string>;
  /** Folded words of the question: an answer made only of these tells the asker nothing new. */
  words: ReadonlySet<string>;
  /** For "what does NCAA stand for?", the abbreviation to spell out; otherwise null. */
  acronym: string | null;
  /** For "who said …" questions, the quoted words to look for; otherwise null. */
  whoSaid: string | null;
  /** Whether those words were set in quotation marks: then they are surely a quote. */
  inQuotes: boolean;
}

/** "Who said …", "who wrote …", "who said the words “…”": the question is about a quotation's speaker. */
const WHO_SAID =
  /^\s*who\s+(?:said|says|wrote|writes|stated|told|declared|claimed|warned|called|tweeted)\b[\s,:]*(?:(?:(?:the|these|those)\s+words|the\s+(?:line|phrase|quote))(?=\s*[:"“'‘]))?[\s,:]*(?<quote>[\s\S]*?)[\s?]*$/iu;

/** Quotation marks around pasted words, which are not part of the words. */
const SURROUNDING_QUOTES = /^["“”'‘’«»]+|["“”'‘’«»]+$/gu;

/**
 * Words that frame a question rather than say what it is about, should the stop list
 * lack them. An article rarely uses them near its answer, and as words it never uses
 * they would weigh most in the coverage that decides whether it answers at all.
 */
const FRAME_WORDS: ReadonlySet<string> = new Set([
  'what',
  'which',
  'who',
  'whom',
  'whose',
  'when',
  'where',
  'why',
  'how',
  'does',
  'did',
  'do',
]);

/**
 * Nouns that name the kind of answer in "what year …", "which person …", "what is the
 * name of …": they describe the answer, which the article states without them
 * ("founded in 1842", not "founded in the year 1842").
 */
const KIND_NOUNS = anyOf(`
  year date day month century decade era time period person individual people entity type kind sort name term title
  amount number percentage percent proportion share quantity size length position`);

const KIND_WORD = new RegExp(`^(?:${KIND_NOUNS})s?$`, 'u');
/** A kind noun in the wh-phrase: "what year", "which type of", "what is the name of", "what was the amount of". */
const KIND_PHRASE = new RegExp(
  `\\b(?:what|which)\\s+(?:(?:is|was|are|were)\\s+(?:the|a|an)\\s+)?(?<kind>${KIND_NOUNS})s?\\b`,
  'iu',
);

/** Nouns for people: "which president …" asks for a person. */
const PERSON_NOUNS = anyOf(`
  person individual people man woman men women president professor coach player author writer artist architect
  founder director leader member student priest bishop saint father mother king queen actor singer official minister
  governor senator manager owner chairman scientist teacher`);
const PLACE_NOUNS = anyOf(`
  country countries city cities town place state region location continent area county province nation island
  neighbou?rhood street site`);
/** Nouns for a measure: "what is the population …" asks for a number. */
const MEASURE_NOUNS = anyOf(`
  number percentage percent amount proportion share quantity size length duration distance height width depth weight
  area age population rate score price cost`);
/** What may follow a wh-phrase: an auxiliary or a preposition. */
const AFTER_PHRASE = anyOf('is was are were did does do has had have at in of for from on to with by');

/** The first pattern that matches decides the type; the order puts the more specific first. */
const ANSWER_TYPES: [RegExp, AnswerType][] = [
  [/\bhow\s+(?:many|much|long|old|far|large|big|often|tall|high|wide|deep|heavy)\b/iu, 'number'],
  [new RegExp(`\\b(?:what|which)\\s+(?:(?:is|was|are|were)\\s+the\\s+)?(?:${MEASURE_NOUNS})\\b`, 'iu'), 'number'],
  [/\bwhen\b|\b(?:what|which)\s+(?:year|date|day|month|time|century|decade|era|period|season)s?\b/iu, 'date'],
  [/\bwho\b|\bwhom\b|\bwhose\b/iu, 'person'],
  [new RegExp(`\\b(?:what|which)\\s+(?:${PERSON_NOUNS})\\b`, 'iu'), 'person'],
  [/\bwhere\b/iu, 'place'],
  [new RegExp(`\\b(?:what|which)\\s+(?:${PLACE_NOUNS})\\b`, 'iu'), 'place'],
  [
    /\b(?:what|which)\s+(?:\p{L}+\s+)?\p{L}+\s+(?:is|was|are|were|did|does|do|has|had|have)\b|\bwhich\s+\p{L}+/iu,
    'name',
  ],
];

/**
 * A wh-phrase of one to three words ending before an auxiliary, a preposition or the end
 * of a clause: "which hall at …", "what religious group did …", "of which university?".
 * The head is its last word; without such an ending, the word after the wh-word.
 */
const HEAD_PHRASE = new RegExp(
  `\\b(?:which|what|how\\s+many|how\\s+much)\\s+(?<phrase>[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,2}?)` +
    `(?=\\s+(?:${AFTER_PHRASE})\\b|\\s*[?,.;:!"]|\\s*$)` +
    `|\\b(?:which|what)\\s+(?<word>[\\p{L}-]+)`,
  'iu',
);

/** "What was the number of wins …": the head is what is counted, not the word "number". */
const COUNTED =
  /\b(?:what|which)\s+(?:(?:is|was|are|were)\s+)?(?:the\s+)?(?:total\s+)?(?:number|amount|quantity|count)\s+of\s+(?:the\s+)?(?<noun>[\p{L}-]+)/iu;
/** "Who was the head coach of …", "who is the developer behind …": the role names the person asked for. */
const ROLE_PHRASE = new RegExp(
  `\\bwho\\s+(?:is|was|are|were)\\s+(?:the\\s+)?(?<phrase>(?:[\\p{L}'’-]+\\s+){0,4}?[\\p{L}-]+)` +
    `(?=\\s+(?:of|for|at|in|on|to|that|who|behind|during)\\b|\\s*[?,.;:!"]|\\s*$)`,
  'iu',
);

/**
 * The stem of the head noun of a "which …", "what …" or "how many …" phrase, unless it
 * is a word the question frames itself with or the kind noun of "what year …", which
 * the answer does not repeat (though it does say "13 years" for "how many years").
 */
function headOf(text: string): string | null {
  const counted = COUNTED.exec(text)?.groups?.noun;
  if (counted) return termOf(foldWord(counted));
  const m = HEAD_PHRASE.exec(text) ?? ROLE_PHRASE.exec(text);
  const phrase = m?.groups?.phrase ?? m?.groups?.word;
  if (!phrase) return null;
  const word = foldWord(phrase.split(/\s+/u).at(-1)!);
  if (FRAME_WORDS.has(word) || /^(?:is|was|are|were)$/u.test(word) || (!/^how/iu.test(m![0]) && KIND_WORD.test(word)))
    return null;
  return termOf(word);
}

/** "What does NCAA stand for?", "What is the acronym ACC short for?": asks for the words an abbreviation stands for. */
const ACRONYM = new RegExp(
  `\\b[Ww]hat\\s+(?:does|did|do|is|was)\\s+(?:the\\s+)?(?:(?:acronym|abbreviation|initialism|initials)\\s+)?` +
    `["“']?(?<acronym>\\p{Lu}[\\p{Lu}\\d&]{1,9})["”']?\\s+(?:stand|stands|short)\\s+for\\b`,
  'u',
);
/** Words of an abbreviation question that only frame it. */
const ACRONYM_FRAME: ReadonlySet<string> = new Set([
  'acronym',
  'abbreviation',
  'initialism',
  'initials',
  'stand',
  'stands',
  'short',
]);

/** The first pattern that matches decides what a number question counts. */
const QUANTITIES: [RegExp, QuantityAsked][] = [
  [/\bhow\s+often\b|\bhow\s+frequently\b/iu, 'frequency'],
  [/\b(?:percentage|percent|proportion|share|fraction)\b/iu, 'share'],
  [
    /\b(?:cost|costs|price|prices|priced|worth|money|spent|spend|spends|paid|pay|budget|funding|salary|revenue|dollars)\b/iu,
    'money',
  ],
  [/\bhow\s+many\b|\bwhat\s+(?:is|was|are|were)\s+the\s+number\s+of\b|\b(?:what|which)\s+number\s+of\b/iu, 'count'],
];

/**
 * The answer type of the wh-phrase that comes first: "Who led the troops when the island
 * fell?" asks for a person, though it also says "when". Of two patterns matching at the
 * same place, the one listed first wins.
 */
function answerTypeOf(text: string): AnswerType {
  let best: AnswerType = null;
  let at = Infinity;
  for (const [pattern, type] of ANSWER_TYPES) {
    const m = pattern.exec(text);
    if (m !== null && m.index < at) {
      best = type;
      at = m.index;
    }
  }
  return best;
}

/**
 * Whether capitals in a question set names apart. A question in capitals, or in title
 * case ("Who Founded The University?": no word after the first in lower case but stop
 * words, and some of those capitalized), capitalizes every word: then none is taken for a
 * name. A capitalized stop word alone is part of a name ("the grotto of Our Lady").
 */
function capitalsMarkNames(tokens: readonly string[]): boolean {
  if (!tokens.some((token) => /\p{Ll}/u.test(token))) return false;
  const rest = tokens.slice(1).map((token) => ({ token, stop: isStopWord(token) }));
  return (
    rest.some(({ token, stop }) => !stop && /^\p{Ll}/u.test(token)) ||
    !rest.some(({ token, stop }) => stop && /^\p{Lu}/u.test(token))
  );
}

export function analyzeQuestion(question: string): Question {
  const asked = withoutRequest(question);
  const said = WHO_SAID.exec(asked);
  const raw = said?.groups?.quote ?? '';
  const whoSaid = said ? raw.replace(SURROUNDING_QUOTES, '').trim() : null;
  const text = plainWords(asked);
  const acronym = ACRONYM.exec(text)?.groups?.acronym ?? null;
  const answerType = acronym !== null ? 'name' : answerTypeOf(text);
  const quantity = answerType === 'number' ? (QUANTITIES.find(([pattern]) => pattern.test(text))?.[1] ?? null) : null;
  const dateUnit = /\b(?:what|which)\s+(?<unit>year|day)s?\b/iu.exec(text)?.groups?.unit?.toLowerCase() as
    Question['dateUnit'] | undefined;
  const kind = KIND_PHRASE.exec(text)?.groups?.kind?.toLowerCase();
  const tokens = tokenizeText(text);
  const words = tokens.map(foldWord);
  const names = new Set<string>();
  if (capitalsMarkNames(tokens)) {
    for (const token of tokens.slice(1)) {
      const term = /^\p{Lu}/u.test(token) ? termOf(foldWord(token)) : null;
      if (term !== null) names.add(term);
    }
  }
  const terms: string[] = [];
  const searched: string[] = [];
  for (const word of words) {
    if (FRAME_WORDS.has(word) || word === kind || word === `${kind}s` || (acronym !== null && ACRONYM_FRAME.has(word)))
      continue;
    const term = termOf(word);
    if (term === null) continue;
    searched.push(word);
    if (!terms.includes(term)) terms.push(term);
  }
  return {
    text: question,
    terms,
    search: searched.join(' '),
    answerType,
    head: headOf(text),
    quantity,
    dateUnit: answerType === 'date' ? (dateUnit ?? null) : null,
    names,
    words: new Set(words),
    acronym,
    whoSaid: whoSaid === '' ? null : whoSaid,
    inQuotes: /^["“”'‘’«»]/u.test(raw),
  };
}
