/**
 * The role check: whether a role shown under a quote is one a reader would accept. A role is a
 * noun phrase that describes the speaker (a title, office, affiliation or occupation). It is read
 * on its own, as a reader sees it, with the same tagger the engine uses; it knows nothing of how
 * the engine found the role, and judges its head noun against WordNet's nouns for kinds of people
 * (personNouns.ts), a list the engine does not use.
 */
import { readFileSync } from 'node:fs';
import { tokenize, type Token } from '../src/quotes/words/tokens.js';
import { isPersonNoun } from './personNouns.js';

/** A role longer than this is a clause or a story, not a description. */
const MAX_ROLE_WORDS = 20;

/** Words a description cannot end on: it goes on after them ("spokesman for", "known as"). */
// prettier-ignore
const OPEN_ENDINGS = new Set([
  'of', 'for', 'and', 'or', 'as', 'whose', 'who', 'which', 'that', 'to', 'the', 'a', 'an', 'with', 'by', 'at', 'in',
  'on', 'from', 'but', 'nor', 'than', 'like', 'about', 'into', 'its', 'his', 'her', 'their', 'our', 'my', 'your',
]);

/** Relative pronouns: a role that still holds its relative clause should have been cut before it. */
const RELATIVES = new Set(['who', 'whom', 'whose', 'which']);

/** "Twitter's", "the Democrats'": a possessive goes on to what it possesses. */
const POSSESSIVE_END = /\p{L}['’]s?$/u;

const count = (text: string, mark: RegExp): number => (text.match(mark) ?? []).length;

const PLURAL_PRONOUNS = new Set(['they', 'we', 'i', 'you']);

/**
 * A finite verb with its subject before it ("voters remain", "the poll finds", "who has"), or an
 * auxiliary. Read alone, a description's nouns are often tagged as verbs ("think tank", "hedge
 * funds"), so a bare or -s form counts only after a subject it agrees with; a participle never does.
 */
function isFiniteVerb(t: Token, i: number, words: readonly Token[]): boolean {
  if (t.pos === 'AUX') return !/^(?:being|been|be)$/u.test(t.lower) && words[i - 1]?.lower !== 'to';
  if (t.pos !== 'VERB' || /^\p{Lu}/u.test(t.text) || /(?:ing|ed|en|wn)$/u.test(t.lower)) return false;
  const prev = words[i - 1];
  if (!prev) return false;
  const pluralSubject =
    (prev.pos === 'NOUN' && prev.lower !== prev.lemma && prev.lower.endsWith('s')) || PLURAL_PRONOUNS.has(prev.lower);
  const singularSubject = prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.lower === 'he' || prev.lower === 'she';
  if (t.lower === t.lemma) return pluralSubject;
  return (t.lower === `${t.lemma}s` || t.lower === `${t.lemma}es`) && singularSubject;
}

/** Abbreviated titles, which no dictionary lists as nouns ("Sen.", "Lt. Gen."). */
// prettier-ignore
const TITLE_ABBREVIATIONS = new Set([
  'sen.', 'rep.', 'gov.', 'lt.', 'gen.', 'col.', 'capt.', 'sgt.', 'adm.', 'maj.', 'cmdr.', 'dr.', 'prof.', 'rev.',
  'amb.', 'atty.', 'reps.', 'sens.', 'govs.', 'supt.', 'pres.', 'sec.', 'cpl.', 'pvt.', 'det.', 'insp.', 'mr.', 'mrs.', 'ms.', 'msgr.', 'fr.',
]);

/** Where a noun phrase's pre-head words end: a preposition, a conjunction, a pause, a relative. */
const ENDS_PHRASE = new Set(['ADP', 'CCONJ', 'SCONJ', 'PUNCT']);

/** Capitalized words count as nouns ("Sen.", "Speaker") unless tagged as what cannot head a phrase ("Former"). */
const NEVER_HEADS = new Set(['ADJ', 'DET', 'ADV', 'PRON', 'NUM', 'AUX']);

const isNounLike = (t: Token): boolean =>
  t.pos === 'NOUN' ||
  t.pos === 'PROPN' ||
  TITLE_ABBREVIATIONS.has(t.lower) ||
  isPersonNoun(t.lower) ||
  (/^\p{Lu}/u.test(t.text) && !NEVER_HEADS.has(t.pos));

/** Words that take a part of a group: "one of the pollsters" is headed by "pollsters". */
const PARTITIVES = new Set(['one', 'two', 'three', 'some', 'many', 'most', 'each', 'all', 'several', 'among']);

const capitalized = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}/u.test(t.text);

/**
 * The head of the role's first noun phrase: its last noun before a preposition, a conjunction,
 * a pause or a participle that follows a noun ("a broker based in …"). A possessive ("Obama's
 * former adviser") starts the phrase again; a hyphen inside a word ("Austin-based") and "of"
 * inside a name ("University of Utah professor") do not end it; after "one of" the head is the group's.
 */
function headNoun(words: readonly Token[]): Token | null {
  let head: Token | null = null;
  let joined = false;
  for (let i = 0; i < words.length; i++) {
    const t = words[i]!;
    const prev = words[i - 1];
    if (/^['’]s?$/u.test(t.text)) {
      head = null;
      continue;
    }
    if (t.text === '-' && prev?.end === t.start && words[i + 1]?.start === t.end) {
      joined = true;
      continue;
    }
    const ofInName = t.lower === 'of' && capitalized(prev) && capitalized(words[i + 1]) && !isPersonNoun(prev!.lower);
    const partitive = t.lower === 'of' && i > 0 && (head === null || PARTITIVES.has(prev?.lower ?? ''));
    if (ofInName || partitive) {
      head = null;
      continue;
    }
    if (ENDS_PHRASE.has(t.pos) || DASH.test(t.text) || RELATIVES.has(t.lower)) break;
    const lowerVerb = t.pos === 'VERB' && /^\p{Ll}/u.test(t.text);
    if (lowerVerb && !joined && head && prev === head && !isPersonNoun(t.lower)) break;
    if (isNounLike(t) && !PARTITIVES.has(t.lower)) head = t;
    joined = false;
  }
  return head;
}

const DASH = /^[—–-]+$/u;

/** Why a role is not acceptable, or null when it is. */
export function roleProblem(role: string): string | null {
  const tokens = tokenize(role);
  const words = tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.text) || /^['’]s?$/u.test(t.text) || DASH.test(t.text));
  const content = words.filter((t) => /[\p{L}\p{N}]/u.test(t.text));
  if (content.length === 0) return 'no words';
  if (content.length > MAX_ROLE_WORDS) return 'too long';
  if (count(role, /“/gu) !== count(role, /”/gu) || count(role, /"/gu) % 2 === 1) return 'quotation cut';
  const last = content.at(-1)!;
  if (OPEN_ENDINGS.has(last.lower)) return `ends on "${last.text}"`;
  // "a friend of the couple's" is whole: a possessive after "of" names no further noun.
  if (POSSESSIVE_END.test(role.trim()) && !content.some((t) => t.lower === 'of')) return 'ends on a possessive';
  if (content.some((t) => RELATIVES.has(t.lower))) return 'relative clause';
  if (content.some(isFiniteVerb)) return 'clause with its own verb';
  const head = headNoun(tokens.filter((t) => t.pos !== 'PUNCT' || /^(?:,|-|['’]s?)$/u.test(t.text)));
  if (!head) return 'no noun';
  if (TITLE_ABBREVIATIONS.has(head.lower) || isPersonNoun(head.lower)) return null;
  return /^\p{Lu}/u.test(head.text) ? `a name, not a description ("${head.text}")` : `not a person ("${head.text}")`;
}

interface SystemQuote {
  doc: string;
  speaker: { name: string; role: string | null } | null;
}

/**
 * The share of roles the check rejects, over the quotes of the given `quotes --json` files: by
 * quote (each quote shown with a role) and by distinct role; lists the rejected roles.
 */
export function roleReport(files: readonly string[], listAll: boolean, asJson: boolean): string {
  const quotes = files.flatMap((f) => JSON.parse(readFileSync(f, 'utf8')) as SystemQuote[]);
  const roles = quotes.map((q) => q.speaker?.role).filter((r): r is string => typeof r === 'string');
  const verdicts = new Map<string, string | null>();
  for (const r of roles) if (!verdicts.has(r)) verdicts.set(r, roleProblem(r));
  const rejected = roles.filter((r) => verdicts.get(r) !== null);
  const distinctRejected = [...verdicts].filter(([, v]) => v !== null);
  const byQuote = rejected.length / Math.max(1, roles.length);
  const distinct = distinctRejected.length / Math.max(1, verdicts.size);
  if (asJson) return JSON.stringify({ roles: roles.length, rejected: rejected.length, byQuote, distinct });
  const pc = (x: number): string => `${(100 * x).toFixed(1)}%`;
  const shown = listAll ? distinctRejected : distinctRejected.slice(0, 25);
  return (
    [
      `quotes with a role       ${roles.length}`,
      `roles rejected           ${pc(byQuote)}  (${rejected.length} quotes)`,
      `distinct roles rejected  ${pc(distinct)}  (${distinctRejected.length}/${verdicts.size})`,
      ...shown.map(([r, why]) => `  ${why}: ${JSON.stringify(r)}`),
      ...(shown.length < distinctRejected.length
        ? [`  … ${distinctRejected.length - shown.length} more (--examples)`]
        : []),
    ].join('\n') + '\n'
  );
}
