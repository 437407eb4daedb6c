/**
 * The role check: whether a role shown under a quote is one a reader would accept. A role is a
 * noun phrase that describes the speaker (a title, office, affiliation or occupation). It is read
 * on its own, as a reader sees it, with the same tagger the engine uses; it knows nothing of how
 * the engine found the role.
 */
import { readFileSync } from 'node:fs';
import { tokenize, type Token } from '../src/quotes/words/tokens.js';

/** A role longer than this is a clause or a story, not a description. */
export const MAX_ROLE_WORDS = 20;

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

/** Why a role is not acceptable, or null when it is. */
export function roleProblem(role: string): string | null {
  const words = tokenize(role).filter((t) => /[\p{L}\p{N}]/u.test(t.text));
  if (words.length === 0) return 'no words';
  if (words.length > MAX_ROLE_WORDS) return 'too long';
  if (count(role, /“/gu) !== count(role, /”/gu) || count(role, /"/gu) % 2 === 1) return 'quotation cut';
  const last = words.at(-1)!;
  if (OPEN_ENDINGS.has(last.lower)) return `ends on "${last.text}"`;
  // "a friend of the couple's" is whole: a possessive after "of" names no further noun.
  if (POSSESSIVE_END.test(role.trim()) && !words.some((t) => t.lower === 'of')) return 'ends on a possessive';
  if (words.some((t) => RELATIVES.has(t.lower))) return 'relative clause';
  if (words.some(isFiniteVerb)) return 'clause with its own verb';
  if (!words.some((t) => /^\p{Lu}/u.test(t.text) || ((t.pos === 'NOUN' || t.pos === 'PROPN') && t.lower !== 'percent')))
    return 'no noun';
  // "clad in a cape", "smiling at the crowd"; "managing director" is a title.
  if (words[0]!.pos === 'VERB' && /(?:ing|ed|en|wn|ad)$/u.test(words[0]!.lower) && words[1]?.pos !== 'NOUN')
    return 'participle clause';
  if (words.length === 1) {
    if (last.pos === 'NUM') return 'a number';
    if (['DET', 'PRON', 'ADJ', 'VERB', 'ADV', 'ADP', 'PART'].includes(last.pos) && !/^\p{Lu}/u.test(last.text))
      return 'not a noun';
  }
  return null;
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
