import type { Token } from './tokens.js';
import { CATENATIVE_VERBS, DASHES, TIME_WORDS, VERB_MODIFIERS } from './lexicon.js';
import {
  isAppositive,
  isCapitalized,
  isComma,
  isNamePart,
  isTime,
  isHead,
  nounPhraseEndingAt,
  POSSESSIVE,
  RELATIVE_STARTS,
  skipParenthetical,
  trimDeterminer,
  type Phrase,
  type SpeakerPhrase,
} from './nounPhrases.js';

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
  const phrase = nounPhraseEndingAt(tokens, j, lo) ?? numberPhrase(tokens, j, lo);
  return phrase ? { phrase: partitive(tokens, phrase, lo), description: null } : null;
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

/**
 * "Gov. Jane Roe (D-Ore.), said": a comma right after a bracketed label closes the name, with no
 * opening comma to pair it (the name has no appositive; the comma is the writer's pause).
 */
function labelledNameBeforeComma(tokens: readonly Token[], comma: number, lo: number): SpeakerPhrase | null {
  if (tokens[comma - 1]?.text !== ')') return null;
  const k = skipParenthetical(tokens, comma - 1, lo);
  if (k >= comma - 1 || k < lo || !isNamePart(tokens, k)) return null;
  const phrase = nounPhraseEndingAt(tokens, k, lo);
  return phrase && startsClause(tokens, phrase.first, lo) ? { phrase, description: null } : null;
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

/** Tokens that end a sentence or a quotation: an aside set off by dashes never reaches past them. */
const ASIDE_BOUNDS = /^[.;:!?“”"]$/u;

/**
 * Subject followed by an aside between two dashes: "Jane Roe — a teacher in Eastport —
 * says", "Roe -- named as a likely successor -- told". Like brackets, the dashes may hold
 * anything, a verb included; the subject stands before the first one. When that subject
 * only describes and the aside opens with a name ("A former senator — Jane Roe, who lost
 * in 2008 — said"), the name is the subject and the description its role.
 */
function subjectBeforeDashes(tokens: readonly Token[], close: number, lo: number): SpeakerPhrase | null {
  const open = openingDash(tokens, close, lo);
  const subject = open < 0 ? null : subjectOpening(tokens, open, lo);
  if (!subject) return null;
  const { nearest, phrase: before } = subject;
  const aside = { first: open + 1, last: close - 1 };
  if (!isNamePart(tokens, before.last)) {
    const name = nameOpening(tokens, aside);
    // "Three former aides — Jane Roe, …": a plural names a group the person belongs to, not their role.
    if (name)
      return { phrase: name, description: isPlural(tokens[before.last]!) ? null : trimDeterminer(tokens, before) };
  }
  // "The head of Marsh Rowing — the club that …": an aside after "of …" describes what follows "of".
  // "Roe, Berg and Brook — three former stewards —": a number opens a description of a group.
  const describesSubject = before.first === nearest.first && tokens[aside.first]!.pos !== 'NUM';
  return { phrase: before, description: describesSubject && isAppositive(tokens, aside) ? aside : null };
}

/** A plural noun: its lemma is not the word itself ("aides" → "aide"). */
const isPlural = (t: Token): boolean => t.pos === 'NOUN' && t.lower !== t.lemma && t.lower.endsWith('s');

/**
 * The dash that opens the aside which the dash at `close` ends, in the same sentence and
 * within {@link MAX_APPOSITIVE_CHAIN} tokens; -1 when `close` is a single dash or the aside would be empty.
 */
export function openingDash(tokens: readonly Token[], close: number, lo: number): number {
  let open = close - 1;
  while (
    open >= lo &&
    close - open <= MAX_APPOSITIVE_CHAIN &&
    !DASHES.has(tokens[open]!.text) &&
    !ASIDE_BOUNDS.test(tokens[open]!.text)
  )
    open--;
  return open >= lo && open + 1 < close && DASHES.has(tokens[open]!.text) ? open : -1;
}

/** The name an aside opens with, up to its end or a comma ("Jane Roe, who lost in 2008"); null when it opens otherwise. */
function nameOpening(tokens: readonly Token[], aside: Phrase): Phrase | null {
  let end = aside.first;
  while (end <= aside.last && !isComma(tokens[end])) end++;
  return nameFilling(tokens, aside.first, end - 1);
}

/** The noun phrase from `first` to `last` exactly, when it ends in a name; otherwise null. */
function nameFilling(tokens: readonly Token[], first: number, last: number): Phrase | null {
  const phrase = nounPhraseEndingAt(tokens, last, first);
  return phrase && phrase.first === first && isNamePart(tokens, last) ? phrase : null;
}

/**
 * The subject before an insertion that opens at `open` (a comma or a dash): the noun
 * phrase ending there, extended left over a preposition ("Stewards at the Rowing
 * Office"), which must open its clause and be no time phrase. `nearest` is that noun
 * phrase before it was extended.
 */
function subjectOpening(
  tokens: readonly Token[],
  open: number,
  lo: number,
): { nearest: Phrase; phrase: Phrase } | null {
  const nearest = nounPhraseEndingAt(tokens, skipParenthetical(tokens, open - 1, lo), lo);
  const phrase = nearest && extendOverPreposition(tokens, nearest, lo);
  if (!phrase || isTime(tokens[phrase.last]!) || !startsClause(tokens, phrase.first, lo)) return null;
  return { nearest: nearest!, phrase };
}

/** How far left, in tokens, a chain of appositives may reach from the verb's comma. */
const MAX_APPOSITIVE_CHAIN = 60;

/**
 * Subject followed by comma-enclosed insertions: "Jane Roe, the mayor, said", and chains
 * of them: "Jane Roe, the mayor of Eastport, one of the towns affected, said",
 * "Jane Roe, D-Ore., said", "Jane Roe, of Eastport, Maine, said". The nearest opening comma
 * whose noun phrase starts a clause (not "the mayor of Eastport" cut after "of") and
 * whose insertions all describe it wins.
 */
function subjectBeforeComma(tokens: readonly Token[], comma: number, lo: number): SpeakerPhrase | null {
  const commas: number[] = [];
  for (let k = comma - 1; k >= lo && comma - k <= MAX_APPOSITIVE_CHAIN; k--) if (isComma(tokens[k])) commas.push(k);
  let fallback: SpeakerPhrase | null = null;
  for (const [n, open] of commas.entries()) {
    const found = insertionsAfter(tokens, [open, ...commas.slice(0, n).reverse(), comma], lo);
    if (!found) continue;
    // "Roe, the attorney for Marsh County, one of …": a lower-case description after a comma is itself an insertion; look further left.
    const p = found.phrase;
    const inserted = (isAppositive(tokens, p) && !isCapitalized(tokens[p.first])) || isAbbreviation(tokens, p);
    if (!(isComma(tokens[p.first - 1]) && inserted)) return found;
    fallback ??= found;
  }
  return fallback;
}

/** The subject before the first comma of `segments`, if every stretch between the commas describes it. */
function insertionsAfter(tokens: readonly Token[], segments: readonly number[], lo: number): SpeakerPhrase | null {
  const inserts: Phrase[] = [];
  for (let s = 0; s + 1 < segments.length; s++) inserts.push({ first: segments[s]! + 1, last: segments[s + 1]! - 1 });
  if (inserts.some((p) => p.last < p.first)) return null;
  const before = subjectOpening(tokens, segments[0]!, lo)?.phrase;
  if (!before) return null;
  if (inserts.length === 1) return singleInsertion(tokens, before, inserts[0]!);
  if (!inserts.every((p) => describes(tokens, p))) return null;
  // The description is the first appositive that says who the speaker is, not an age ("Roe, 30, a teacher, …").
  return {
    phrase: before,
    description: inserts.find((p) => isAppositive(tokens, p) && tokens[p.first]!.pos !== 'NUM') ?? null,
  };
}

/** A state or country abbreviation after a town ("Eastport, Ore.", "Lakeside, N.H."): an insertion, never a subject. */
const isAbbreviation = (tokens: readonly Token[], p: Phrase): boolean =>
  p.first === p.last && /^(?:(?:\p{Lu}\.){1,3}|\p{Lu}\p{Ll}{1,4}\.)$/u.test(tokens[p.first]!.text);

/** One insertion: an appositive or relative clause after the subject, or a name after a description. */
function singleInsertion(tokens: readonly Token[], before: Phrase, inner: Phrase): SpeakerPhrase | null {
  const first = tokens[inner.first]!;
  if (RELATIVE_STARTS.has(first.lower)) return { phrase: before, description: null };
  // "The party's nominee, Jane Roe, said": the name is the inserted phrase, perhaps with a label ("Jane Roe (D-Ore.)").
  const innerPhrase = nameFilling(tokens, inner.first, skipParenthetical(tokens, inner.last, inner.first));
  if (innerPhrase && !isNamePart(tokens, before.last)) {
    return { phrase: innerPhrase, description: trimDeterminer(tokens, before) };
  }
  // An appositive, a home town or party, a circumstance or a sentence adverb (a relative clause returned above).
  if (describes(tokens, inner)) {
    return { phrase: before, description: isAppositive(tokens, inner) ? inner : null };
  }
  return null;
}

/**
 * A subject phrase opens its clause rather than ending a longer phrase: no preposition or
 * determiner stands before it (as "of" does in "the mayor of Eastport"), unless that
 * preposition itself opens the clause ("As Jane Roe, the mayor, put it").
 */
function startsClause(tokens: readonly Token[], first: number, lo: number): boolean {
  const bound = (k: number): boolean => {
    const prev = tokens[k - 1];
    return k <= lo || !prev || !(prev.pos === 'ADP' || prev.pos === 'DET' || POSSESSIVE.has(prev.text));
  };
  const prev = tokens[first - 1];
  if (bound(first)) return true;
  const opener = tokens[first - 2];
  return (
    prev!.pos === 'ADP' &&
    prev!.lower !== 'of' &&
    (first - 1 <= lo || !opener || (opener.pos === 'PUNCT' && opener.text !== ','))
  );
}

/**
 * "Stewards at the Rowing Office, a branch of the club, said": the subject is the
 * phrase before the preposition, with the named place or body it belongs to.
 */
export function extendOverPreposition(tokens: readonly Token[], phrase: Phrase, lo: number): Phrase {
  const prep = tokens[phrase.first - 1];
  if (!prep || prep.pos !== 'ADP' || !['at', 'of', 'for', 'from', 'with'].includes(prep.lower)) return phrase;
  const head = nounPhraseEndingAt(tokens, phrase.first - 2, lo);
  return head && startsClause(tokens, head.first, lo) ? { first: head.first, last: phrase.last } : phrase;
}

/** An insertion that describes the subject before it: appositive, relative clause, home town or party, or a circumstance. */
function describes(tokens: readonly Token[], p: Phrase): boolean {
  return (
    RELATIVE_STARTS.has(tokens[p.first]!.lower) ||
    isAppositive(tokens, p) ||
    isPlaceOrParty(tokens, p) ||
    isAdverbial(tokens, p) ||
    isParticipial(tokens, p) ||
    isSentenceAdverb(tokens, p)
  );
}

/** "Roe, meanwhile, said", "Roe, however, who …, said": a lone adverb set off by commas. */
const isSentenceAdverb = (tokens: readonly Token[], p: Phrase): boolean =>
  p.first === p.last &&
  (tokens[p.first]!.pos === 'ADV' || tokens[p.first]!.pos === 'SCONJ') &&
  /^\p{Ll}+$/u.test(tokens[p.first]!.text);

/**
 * A participle clause set off by commas: "Roe, speaking to reporters, said", "Roe,
 * buoyed by a win on the river, is promising …", "Roe, known for her temper, said".
 */
function isParticipial(tokens: readonly Token[], p: Phrase): boolean {
  const first = tokens[p.first]!;
  if (first.pos !== 'VERB' || p.last - p.first > 15) return false;
  return first.lower.endsWith('ing') || first.lower.endsWith('ed') || first.lower.endsWith('wn');
}

/**
 * A circumstance set off by commas between subject and verb: "Roe, at a briefing on
 * Monday, said", "Roe, in a statement, said". A short prepositional phrase with no verb.
 */
function isAdverbial(tokens: readonly Token[], p: Phrase): boolean {
  const first = tokens[p.first]!;
  if (first.pos !== 'ADP' || first.lower === 'of' || p.last - p.first > 10) return false;
  // No clause inside: an auxiliary or a relative pronoun would start one ("at a rally where …").
  return !tokens.slice(p.first + 1, p.last + 1).some((t) => t.pos === 'AUX' || RELATIVE_STARTS.has(t.lower));
}

/**
 * A home town or party label set off by commas after a name: "of Eastport", "Maine",
 * "D-Ore.", "R-N.H.", "Democrat of Oregon". Short and made only of capitalized words,
 * "of" and joining marks.
 */
function isPlaceOrParty(tokens: readonly Token[], p: Phrase): boolean {
  if (p.last - p.first > 6) return false;
  let start = p.first;
  if (tokens[start]!.lower === 'of') start++;
  if (start > p.last) return false;
  for (let k = start; k <= p.last; k++) {
    const t = tokens[k]!;
    if (!(isCapitalized(t) || (t.pos === 'PUNCT' && /^[-.‐]$/u.test(t.text)) || (t.lower === 'of' && k > start)))
      return false;
  }
  return isCapitalized(tokens[start]);
}
