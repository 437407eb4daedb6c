import type { Token } from '../words/tokens.js';
import { DASHES } from '../words/lexicon.js';
import {
  isCapitalized,
  isComma,
  isNamePart,
  isTime,
  nounPhraseEndingAt,
  POSSESSIVE,
  RELATIVE_STARTS,
  skipParenthetical,
  type Phrase,
  type SpeakerPhrase,
} from './nounPhrases.js';
import { isAppositive } from './appositives.js';
import { trimDeterminer } from './titles.js';

/*
 * Subjects set off from their verb by commas or dashes: "Jane Roe, the mayor, said",
 * "Jane Roe — a teacher in Eastport — says", "The party's nominee, Jane Roe, said".
 */

/**
 * "Gov. Jane Roe (D-Ore.), said": a comma right after a bracketed label closes the name, with no
 * opening comma to pair it (the name has no appositive; the comma is the writer's pause).
 */
export function labelledNameBeforeComma(tokens: readonly Token[], comma: number, lo: number): SpeakerPhrase | null {
  if (tokens[comma - 1]?.text !== ')') return null;
  const k = skipParenthetical(tokens, comma - 1, lo);
  if (k >= comma - 1 || k < lo || !isNamePart(tokens, k)) return null;
  const phrase = nounPhraseEndingAt(tokens, k, lo);
  return phrase && startsClause(tokens, phrase.first, lo) ? { phrase, description: null } : null;
}

/** Tokens that end a sentence or a quotation: an aside set off by dashes never reaches past them. */
const ASIDE_BOUNDS = /^[.;:!?“”"]$/u;

/**
 * Subject followed by an aside between two dashes: "Jane Roe — a teacher in Eastport —
 * says", "Roe -- named as a likely successor -- told". Like brackets, the dashes may hold
 * anything, a verb included; the subject stands before the first one. When that subject
 * only describes and the aside opens with a name ("A former senator — Jane Roe, who lost
 * in 2008 — said"), the name is the subject and the description its role.
 */
export function subjectBeforeDashes(tokens: readonly Token[], close: number, lo: number): SpeakerPhrase | null {
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
  return { nearest, phrase };
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
export function subjectBeforeComma(tokens: readonly Token[], comma: number, lo: number): SpeakerPhrase | null {
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
  // "…, as the head of the committee has said": a subordinator opens a clause wherever it stands.
  if (CLAUSE_SUBORDINATORS.has(prev!.lower)) return true;
  const opener = tokens[first - 2];
  return (
    prev!.pos === 'ADP' &&
    prev!.lower !== 'of' &&
    (first - 1 <= lo || !opener || (opener.pos === 'PUNCT' && opener.text !== ','))
  );
}

/** Words tagged as prepositions that open a finite clause, whose subject follows them. */
const CLAUSE_SUBORDINATORS: ReadonlySet<string> = new Set([
  'as',
  'after',
  'since',
  'until',
  'while',
  'because',
  'once',
]);

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
