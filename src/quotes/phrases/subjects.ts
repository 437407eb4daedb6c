import type { Token } from '../words/tokens.js';
import { CATENATIVE_VERBS, DASHES, TIME_WORDS, VERB_MODIFIERS } from '../words/lexicon.js';
import {
  isComma,
  isNamePart,
  isTime,
  isHead,
  isPersonalPronoun,
  nounPhraseEndingAt,
  skipParenthetical,
  type Phrase,
  type SpeakerPhrase,
} from './nounPhrases.js';
import { labelledNameBeforeComma, subjectBeforeComma, subjectBeforeDashes } from './insertions.js';
import { isAppositive } from './appositives.js';

/**
 * The subject of a verb of saying, found leftwards from the verb: past adverbs and
 * auxiliaries ("Roe has long argued"), a parenthetical ("Roe (D-Ore.) said"), and the
 * comma-enclosed insertions news writing puts between subject and verb: appositives,
 * relative clauses, home towns and party labels, circumstances and participle clauses.
 */

/** Steps left over adverbs, auxiliaries and negation between a subject and its verb. */
function skipVerbModifiers(tokens: readonly Token[], j: number, lo: number): number {
  while (j >= lo) {
    const t = tokens[j]!;
    // "Roe later Thursday told …": a bare day or time word sits between subject and verb like an adverb.
    const bareTime =
      isTime(t) && j > lo && !isTime(tokens[j - 1]!) && tokens[j - 1]!.pos !== 'ADP' && tokens[j - 1]!.pos !== 'DET';
    // "Roe in 2010 said", "Roe on Monday told": a time phrase between subject and verb.
    const datedBy =
      (isTime(t) || (t.pos === 'NUM' && /^\d{4}$/u.test(t.text))) &&
      j - 1 > lo &&
      TIME_PREPOSITIONS.has(tokens[j - 1]!.lower);
    // "Roe has in the past described …": the same with an article.
    const articled =
      TIME_WORDS.has(t.lower) &&
      j - 2 > lo &&
      tokens[j - 1]!.lower === 'the' &&
      TIME_PREPOSITIONS.has(tokens[j - 2]!.lower);
    if (datedBy) j -= 2;
    else if (articled) j -= 3;
    else if (
      VERB_MODIFIERS.has(t.lower) ||
      t.pos === 'ADV' ||
      t.pos === 'AUX' ||
      bareTime ||
      (t.pos === 'PART' && t.lower !== "'s" && t.lower !== '’s')
    )
      j--;
    else break;
    if (t.lower === 'to') j = skipCatenative(tokens, j, lo);
  }
  return j;
}

const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'during', 'since']);

/**
 * "Roe went on to say", "Roe continued to insist", "Roe is going to tell": a verb that takes
 * the verb of saying as its infinitive shares its subject, so the subject stands before it.
 */
function skipCatenative(tokens: readonly Token[], j: number, lo: number): number {
  let k = j;
  if (k > lo && tokens[k]!.lower === 'on' && tokens[k - 1]!.pos === 'VERB') k--;
  const verb = tokens[k];
  if (k < lo || verb === undefined) return j;
  // "Roe was quick to add", "Roe is eager to point out": an adjective after "be" takes the infinitive.
  if (verb.pos === 'ADJ' && tokens[k - 1]?.pos === 'AUX') return k - 1;
  return verb.pos === 'VERB' && CATENATIVE_VERBS.has(verb.lemma) ? k - 1 : j;
}

/**
 * The subject of the verb at `v`: the phrase before it, past adverbs, a parenthetical,
 * an appositive or relative clause set off by commas, and a trailing "from July"-style
 * time phrase.
 */
export function subjectBefore(tokens: readonly Token[], v: number, lo: number): SpeakerPhrase | null {
  let j = skipVerbModifiers(tokens, v - 1, lo);
  j = skipParenthetical(tokens, j, lo);
  if (j < lo) return null;
  if (isComma(tokens[j])) return subjectBeforeComma(tokens, j, lo) ?? labelledNameBeforeComma(tokens, j, lo);
  if (DASHES.has(tokens[j]!.text)) return subjectBeforeDashes(tokens, j, lo);
  const relative = relativeSubject(tokens, j, lo);
  if (relative) return relative;
  // "A report from July noted": step over a time phrase that follows the head noun.
  const t = tokens[j]!;
  if (isTime(t) && j - 2 >= lo && tokens[j - 1]!.pos === 'ADP' && isHead(tokens[j - 2]!)) j -= 2;
  else if (isTime(t)) return null;
  const phrase = nounPhraseEndingAt(tokens, j, lo) ?? numberPhrase(tokens, j, lo) ?? standingAlone(tokens, j, lo);
  return phrase ? { phrase: partitive(tokens, locatedHead(tokens, phrase, lo), lo), description: null } : null;
}

/** Prepositions that attach where someone is or comes from to the noun before them ("voters in Ohio"). */
const LOCATING_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'from', 'across', 'near', 'outside']);

/**
 * "Delegates in Philadelphia said": the subject is the noun phrase with the place phrase that
 * qualifies it, not the place right before the verb (see {@link locatingPreposition}).
 */
function locatedHead(tokens: readonly Token[], phrase: Phrase, lo: number): Phrase {
  let first = phrase.first;
  for (;;) {
    const preposition = tokens[first - 1];
    if (!preposition || first - 2 < lo || !LOCATING_PREPOSITIONS.has(preposition.lower)) break;
    const before = nounPhraseEndingAt(tokens, first - 2, lo);
    if (!before || isPersonalPronoun(tokens[before.last]) || isTime(tokens[before.last]!)) break;
    first = before.first;
  }
  return { first, last: phrase.last };
}

/**
 * The first preposition inside a speaker phrase that attaches a place to its head ("Delegates in
 * Philadelphia", "The senator from Vermont", "Roe in a radio interview"): its index, or -1.
 */
export function locatingPreposition(tokens: readonly Token[], phrase: Phrase): number {
  for (let k = phrase.first + 1; k < phrase.last; k++) if (LOCATING_PREPOSITIONS.has(tokens[k]!.lower)) return k;
  return -1;
}

/** Words that head a quantity of a group: "40 percent of rowers", "most of the rowers", "half of them". */
const QUANTITIES = new Set([
  'percent',
  'percentage',
  'half',
  'third',
  'quarter',
  'majority',
  'minority',
  'plurality',
  'most',
  'many',
  'some',
  'all',
  'none',
  'both',
  'each',
  'several',
  'few',
  'dozens',
  'hundreds',
  'thousands',
  'millions',
  'share',
  'rest',
]);

/** "40 percent of rowers said": the subject is the whole quantity, not the group after "of". */
function partitive(tokens: readonly Token[], phrase: Phrase, lo: number): Phrase {
  const of = phrase.first - 1;
  if (of - 1 < lo || tokens[of]!.lower !== 'of') return phrase;
  const q = tokens[of - 1]!;
  if (!QUANTITIES.has(q.lower) && q.pos !== 'NUM') return phrase;
  const quantity = nounPhraseEndingAt(tokens, of - 1, lo) ?? numberPhrase(tokens, of - 1, lo);
  let first = quantity?.first ?? of - 1;
  // "Only 40 percent", "About half": an adverb or number before the quantity belongs to it.
  while (first - 1 >= lo && (tokens[first - 1]!.pos === 'NUM' || QUANTITY_ADVERBS.has(tokens[first - 1]!.lower)))
    first--;
  return { first, last: phrase.last };
}

const QUANTITY_ADVERBS = new Set([
  'only',
  'about',
  'nearly',
  'almost',
  'just',
  'roughly',
  'some',
  'over',
  'fewer',
  'more',
  'than',
]);

/** Determiners that stand for people on their own: "Another said", "Some argued", "Most agreed". */
const PRONOMINAL_DETERMINERS: ReadonlySet<string> = new Set(['another', 'some', 'many', 'most', 'both', 'each', 'one']);

/** "Another tweeted": a determiner with no noun after it, as the whole subject opening a sentence or clause. */
function standingAlone(tokens: readonly Token[], j: number, lo: number): Phrase | null {
  const t = tokens[j]!;
  const before = tokens[j - 1];
  // After a comma it floats after a subject of its own ("Roe and Doe vied, each saying …").
  const opens =
    j === lo || before === undefined || (before.pos === 'PUNCT' && before.text !== ',') || before.pos === 'CCONJ';
  return opens && PRONOMINAL_DETERMINERS.has(t.lower) && t.pos !== 'NOUN' ? { first: j, last: j } : null;
}

/** A number heading a phrase: "the two write", "the mother of three replied". */
function numberPhrase(tokens: readonly Token[], j: number, lo: number): Phrase | null {
  if (tokens[j]?.pos !== 'NUM' || j - 1 < lo) return null;
  const before = tokens[j - 1]!;
  if (before.lower === 'the') return { first: j - 1, last: j };
  const head = before.lower === 'of' ? nounPhraseEndingAt(tokens, j - 2, lo) : null;
  return head ? { first: head.first, last: j } : null;
}

/**
 * "Jane Roe, who thinks the council “must act”": a relative pronoun as subject. The pronoun
 * is the mention; the phrase before it (past the comma, if any) is whom it stands for.
 */
function relativeSubject(tokens: readonly Token[], j: number, lo: number): SpeakerPhrase | null {
  const t = tokens[j]!;
  // Right before its verb, "which" is the relative pronoun even when tagged as a determiner.
  if (!RELATIVE_SUBJECTS.has(t.lower) || (t.pos !== 'PRON' && t.lower !== 'which')) return null;
  // "the audit -- which finds …": a dash sets the relative clause off as a comma does.
  const setOff = isComma(tokens[j - 1]) || DASHES.has(tokens[j - 1]?.text ?? '');
  const end = skipParenthetical(tokens, setOff ? j - 2 : j - 1, lo);
  const antecedent = nounPhraseEndingAt(tokens, end, lo);
  return antecedent
    ? {
        phrase: { first: j, last: j },
        description: null,
        antecedent: describedName(tokens, antecedent, lo) ?? antecedent,
      }
    : null;
}

/** How far back, in tokens, the name an appositive describes may stand from the relative pronoun. */
const MAX_DESCRIPTION = 20;

/**
 * "said Jane Roe, the director of the Harbor Trust, who also said …": a relative clause after an
 * appositive describes the person the appositive does, not the last noun of the appositive.
 * Returns that name, or null when the phrase before the relative pronoun is no appositive of a name.
 */
function describedName(tokens: readonly Token[], phrase: Phrase, lo: number): Phrase | null {
  for (let k = phrase.first - 1; k >= lo && phrase.first - k <= MAX_DESCRIPTION; k--) {
    const t = tokens[k]!;
    if (/^[.;:!?“”"()]$/u.test(t.text) || t.pos === 'VERB' || t.pos === 'AUX') return null;
    if (!isComma(t)) continue;
    const name = nounPhraseEndingAt(tokens, k - 1, lo);
    const description = { first: k + 1, last: phrase.last };
    return name && isNamePart(tokens, name.last) && isAppositive(tokens, description) ? name : null;
  }
  return null;
}

const RELATIVE_SUBJECTS = new Set(['who', 'which']);

/**
 * Subordinators after which a clause, and the verbs coordinated in it, have their own subject. Fewer than
 * `SUBORDINATING_CONJUNCTIONS`: measured with the whole list, this rule gave worse speakers.
 */
const COORDINATED_OPENERS: ReadonlySet<string> = new Set([
  'as',
  'when',
  'while',
  'after',
  'because',
  'although',
  'though',
]);

/**
 * The subject shared by coordinated verbs: "Police recognize the risk, but have admitted
 * they …", "When the mayor spoke, I laughed and said …": the conjunct verb takes the subject
 * of the nearest verb before the conjunction whose subject opens a clause, else of the
 * clause's first verb.
 */
export function subjectOfCoordinatedVerb(tokens: readonly Token[], v: number, lo: number): SpeakerPhrase | null {
  let k = v - 1;
  while (k >= lo && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV')) k--;
  if (k < lo || tokens[k]!.pos !== 'CCONJ') return null;
  for (let u = k - 1; u >= lo; u--) {
    if (tokens[u]!.pos !== 'VERB' && tokens[u]!.pos !== 'AUX') continue;
    const speaker = subjectBefore(tokens, u, lo);
    const first = speaker?.phrase.first ?? -1;
    // "… as she thanked the town and then said", "But Roe, …, stood by and described": a subject opening its clause.
    const opener = tokens[first - 1];
    const opens =
      first === lo ||
      opener?.pos === 'PUNCT' ||
      opener?.pos === 'CCONJ' ||
      COORDINATED_OPENERS.has(opener?.lower ?? '');
    if (speaker && !speaker.antecedent && opens) return speaker;
  }
  for (let u = lo; u < k; u++) {
    if (tokens[u]!.pos === 'VERB' || tokens[u]!.pos === 'AUX') return subjectBefore(tokens, u, lo);
  }
  return null;
}
