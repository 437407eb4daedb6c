import type { Phrase } from '../phrases/nounPhrases.js';
import {
  DOCUMENT_NOUNS,
  FEMININE_ROLES,
  MASCULINE_ROLES,
  ORGANISATION_WORDS,
  SOURCE_NOUNS,
  TIME_WORDS,
  TITLES,
  WORK_NOUNS,
} from '../words/lexicon.js';
import type { Token } from '../words/tokens.js';

/*
 * Whether a role phrase is headed by a noun for a kind of person ("a longtime harbor engineer",
 * "Deputy Commissioner", "one of the pilots"), rather than a thing, a place, a name or an idea
 * ("the event", "her candidacy on the line", "plenty of material", "Mrs. Roe and former Mayor").
 */

/** Nouns for people by what they are to others, believe or do, which no ending gives away. */
// prettier-ignore
const KINDS_OF_PEOPLE = [
  'veteran', 'fellow', 'ally', 'friend', 'rival', 'colleague', 'partner', 'native', 'star', 'guru', 'mogul',
  'magnate', 'tycoon', 'billionaire', 'millionaire', 'envoy', 'surrogate', 'operative', 'medic', 'nurse', 'surgeon',
  'man', 'woman', 'constituent', 'signatory',
  'physician', 'pilot', 'priest', 'pastor', 'chef', 'cook', 'citizen', 'victim', 'parent', 'child', 'mom', 'dad',
  'spouse', 'heir', 'peer', 'scholar', 'fan', 'critic', 'skeptic', 'cleric', 'mechanic', 'diplomat', 'celebrity',
  'personality', 'figure', 'conservative', 'liberal', 'progressive', 'moderate', 'independent', 'muslim', 'jew',
  'catholic', 'evangelical', 'local', 'guy', 'person', 'girl', 'boy', 'lady', 'rookie', 'elder', 'cadet',
  'captain', 'professional', 'specialist', 'graduate', 'associate', 'advocate', 'chief', 'boss', 'heir', 'nominee',
  'protege', 'protégé', 'confidant', 'confidante', 'aide', 'delegate', 'superdelegate', 'undergraduate', 'alumnus',
  'alumna', 'monk', 'nun', 'saint', 'hero', 'heroine', 'villain', 'stalwart', 'holdout', 'loyalist', 'newcomer',
  'cousin', 'sibling', 'grandson', 'granddaughter', 'stepfather', 'stepmother', 'teammate', 'classmate', 'roommate',
  'crewmate', 'shipmate', 'neighbor', 'neighbour', 'boyfriend', 'girlfriend', 'fiance', 'fiancee', 'fiancé', 'fiancée',
];

/** Nouns that never describe a person, whatever their ending ("the paper", "the center"). */
const NOT_PERSONS: ReadonlySet<string> = new Set([
  ...ORGANISATION_WORDS,
  ...DOCUMENT_NOUNS,
  ...WORK_NOUNS,
  ...TIME_WORDS,
]);

/** Sources that are groups, not kinds of people. */
// prettier-ignore
const GROUP_SOURCES = new Set([
  'government', 'governments', 'police', 'enforcement', 'authorities', 'authority', 'agency', 'agencies', 'ministry',
  'department', 'campaign', 'administration', 'company', 'firm', 'group', 'organisation', 'organization', 'council',
  'committee', 'court', 'board', 'union', 'party', 'military', 'army', 'staff', 'people',
]);

/** Nouns for kinds of people the role lexicons hold. */
const PERSON_NOUNS: ReadonlySet<string> = new Set(
  [...TITLES, ...MASCULINE_ROLES, ...FEMININE_ROLES, ...SOURCE_NOUNS, ...KINDS_OF_PEOPLE].filter(
    (w) => !GROUP_SOURCES.has(w),
  ),
);

/** Titles that only modify the noun after them: "Former" or "Vice" alone describes nobody. */
const MODIFIER_TITLES = new Set(['former', 'vice', 'acting', 'interim', 'emeritus', 'senior', 'junior', 'then']);

/**
 * Endings of nouns for someone who does something or belongs somewhere: an owner, a governor, a
 * lobbyist, a historian, a consultant, a resident, a nominee, a spokesman, a democrat, a financier.
 */
const AGENT_ENDING = /(?:er|or|ist|ian|ant|dent|gent|nent|ient|ee|man|woman|person|crat|ier|eur)s?$/u;

/** Endings of nouns for things and ideas, which an agent ending does not outweigh ("a development", "a number"). */
const THING_ENDING = /(?:ment|ness|tion|sion|ity|ism|ship|ance|ence|acy|ure|ing|mber|aper|tter|rder|oor|rror|pter)s?$/u;

/** Nouns that measure a group or an amount rather than describe anybody ("plenty of", "46 percent of"). */
// prettier-ignore
const QUANTITIES = new Set([
  'plenty', 'majority', 'minority', 'number', 'percent', 'percentage', 'lot', 'lots', 'handful', 'half', 'share',
  'dozen', 'dozens', 'hundreds', 'thousands', 'millions', 'rest', 'bulk', 'part', 'portion', 'fraction',
]);

/** Words that take a part of a group: "one of the pilots" is headed by "pilots". */
const PARTITIVES = new Set(['one', 'two', 'three', 'some', 'many', 'most', 'each', 'all', 'several', 'among']);

const capitalized = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}/u.test(t.text);
const singular = (w: string): string =>
  w
    .replace(/(?<=m)en$/u, 'an')
    .replace(/ies$/u, 'y')
    .replace(/(?<=[^s])s$/u, '');

/** Whether a noun is listed as a kind of person, or is a compound ending on one ("superdelegate", "co-host"). */
function isListedPerson(word: string): boolean {
  if ([word, singular(word), word.split('-').at(-1)!].some((w) => PERSON_NOUNS.has(w))) return true;
  for (let cut = 1; word.length - cut >= 5; cut++) if (PERSON_NOUNS.has(singular(word.slice(cut)))) return true;
  return false;
}

/** Whether a noun names a kind of person: listed, or an agent noun that is not a thing ("lobbyist", not "number"). */
function isPersonNoun(word: string): boolean {
  let known = personNounCache.get(word);
  if (known === undefined) {
    const thing = NOT_PERSONS.has(word) || NOT_PERSONS.has(singular(word)) || QUANTITIES.has(word);
    known = isListedPerson(word) || (!thing && AGENT_ENDING.test(word) && !THING_ENDING.test(word));
    personNounCache.set(word, known);
  }
  return known;
}

/** Answers of {@link isPersonNoun} by word: a document asks about the same few hundred words again and again. */
const personNounCache = new Map<string, boolean>();

const isNounTag = (t: Token | null): boolean => t?.pos === 'NOUN' || t?.pos === 'PROPN';

const isNoun = (t: Token): boolean =>
  t.pos === 'NOUN' || t.pos === 'PROPN' || isPersonNoun(t.lower) || (capitalized(t) && t.pos !== 'ADJ');

/**
 * The head of a role's first noun phrase: its last noun before a preposition, a conjunction, a
 * pause, or a participle after a noun ("a broker based in …"). A possessive starts the phrase
 * again ("Roe's chief adviser"); a hyphen inside a word ("Eastport-based") and "of" inside a name
 * ("University of Eastport professor") do not end it; after "one of" the head is the group's.
 */
export function headOf(tokens: readonly Token[], p: Phrase): Token | null {
  let head: Token | null = null;
  let joined = false;
  for (let k = p.first; k <= p.last; k++) {
    const t = tokens[k]!;
    const prev = k > p.first ? tokens[k - 1] : undefined;
    const next = k < p.last ? tokens[k + 1] : undefined;
    const afterHyphen = joined;
    joined = t.text === '-' && prev?.end === t.start && next?.start === t.end;
    // The part before a hyphen modifies the part after it ("front-runner", "silver-haired"), unless that is a particle ("runner-up").
    if (joined && prev === head && !['ADP', 'PART', 'ADV'].includes(next!.pos)) head = null;
    if (joined) continue;
    if (/^['’]s?$/u.test(t.text)) head = null;
    else if (t.lower === 'of' && capitalized(prev) && capitalized(next) && !isPersonNoun(prev!.lower)) head = null;
    else if (t.lower === 'of' && (head === null || PARTITIVES.has(prev?.lower ?? ''))) head = null;
    else if (['ADP', 'CCONJ', 'SCONJ', 'PUNCT'].includes(t.pos) || /^(?:who|whom|whose|which)$/u.test(t.lower)) break;
    else if (t.pos === 'VERB' && !afterHyphen && !capitalized(t) && prev === head && isNounTag(head)) break;
    else if (isNoun(t) && !PARTITIVES.has(t.lower)) head = t;
  }
  return head;
}

/**
 * Whether the phrase describes a person: its head is a noun for a kind of person (listed, or an
 * agent noun: "owner", "lobbyist", "consultant"), or a capitalized word for a party or people
 * ("a Republican", "Texan"). Not a thing, an idea, a group or an amount ("the event", "her
 * candidacy on the line", "plenty of material"), a name ("Mrs. Roe and former Mayor", "Admiral
 * Roe"), or a title that only modifies ("Former").
 */
export function describesPerson(tokens: readonly Token[], p: Phrase): boolean {
  const head = headOf(tokens, p);
  if (!head || MODIFIER_TITLES.has(head.lower)) return false;
  return isPersonNoun(head.lower) || (capitalized(head) && /(?:an|crat)s?$/u.test(head.lower));
}
