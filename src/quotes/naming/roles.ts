import type { Phrase } from '../phrases/nounPhrases.js';
import { DASHES, TITLES } from '../words/lexicon.js';
import type { Token } from '../words/tokens.js';
import { describesPerson } from './roleHead.js';

/*
 * What may be shown as a speaker's role: a noun phrase that describes the speaker (a title, an
 * office, an affiliation, an occupation). A relative clause after the description is cut
 * ("a lawyer who has represented …" → "a lawyer"); anything that is not a whole description is
 * no role at all, since a wrong role misleads more than none.
 */

/** Longer than this, a description has become a story about the speaker. */
const MAX_ROLE_WORDS = 20;

/** Relative pronouns that open a clause after a description. "that" opens one only after a noun. */
const RELATIVES = new Set(['who', 'whom', 'whose', 'which']);

/** Words a description cannot end on: something must follow them ("spokesman for", "known as", "Michigan and"). */
// prettier-ignore
const OPEN_ENDINGS = new Set([
  'of', 'for', 'and', 'or', 'as', 'to', 'the', 'a', 'an', 'with', 'by', 'at', 'in', 'on', 'from', 'but', 'than',
  'like', 'about', 'into', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'that', 'nor',
]);

/** Tags of a word that cannot be a description alone ("the", "moderate", "smiling", "some", "59"). */
const NOT_ALONE = new Set(['DET', 'PRON', 'ADJ', 'VERB', 'ADV', 'ADP', 'PART', 'NUM', 'CCONJ', 'SCONJ', 'AUX']);

/** Nouns that only measure a group ("46 percent"). */
const QUANTITY_NOUNS = new Set(['percent', 'percentage', 'per', 'cent', 'points', 'point']);

const isWord = (t: Token): boolean => /[\p{L}\p{N}]/u.test(t.text);
const isPunctuation = (t: Token): boolean => t.pos === 'PUNCT' || DASHES.has(t.text);

/**
 * A verb with its own subject makes a clause, not a description ("46 percent … remain undecided",
 * "the poll finds"): an auxiliary, or a present-tense verb right after a noun or pronoun it agrees with.
 */
function hasOwnVerb(tokens: readonly Token[], p: Phrase): boolean {
  for (let k = p.first; k <= p.last; k++) {
    const t = tokens[k]!;
    const prev = k > p.first ? tokens[k - 1] : undefined;
    if (prev?.lower === 'to') continue;
    if (t.pos === 'AUX' && !/^(?:be|being|been)$/u.test(t.lower)) return true;
    if (t.pos !== 'VERB' || !prev || /^\p{Lu}/u.test(t.text) || /(?:ing|ed|en|wn)$/u.test(t.lower)) continue;
    const nominal = prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'PRON';
    const plural = prev.lower !== prev.lemma && prev.lower.endsWith('s');
    if (nominal && (t.lower === `${t.lemma}s` || t.lower === `${t.lemma}es`)) return true;
    if (nominal && t.lower === t.lemma && (plural || prev.pos === 'PRON')) return true;
  }
  return false;
}

/** The description before a relative clause: "a lawyer who …" → "a lawyer"; the phrase itself when it has none. */
function beforeRelativeClause(tokens: readonly Token[], p: Phrase): Phrase {
  for (let k = p.first + 1; k <= p.last; k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1]!;
    const relativeThat = t.lower === 'that' && (prev.pos === 'NOUN' || prev.pos === 'PROPN');
    if (RELATIVES.has(t.lower) || relativeThat) return { first: p.first, last: k - 1 };
  }
  return p;
}

/**
 * The description before a bracket the phrase opens and does not close: "chairman of America
 * Rising (a Republican PAC" → "chairman of America Rising". The aside was cut in half, often at an
 * abbreviation's period ("(D-N.Y.)"); what stands before it is whole.
 */
function beforeUnclosedBracket(tokens: readonly Token[], p: Phrase): Phrase {
  const open: number[] = [];
  for (let k = p.first; k <= p.last; k++) {
    const text = tokens[k]!.text;
    if (text === '(' || text === '[') open.push(k);
    else if (text === ')' || text === ']') open.pop();
  }
  return open.length === 0 ? p : { first: p.first, last: open[0]! - 1 };
}

/** The phrase without punctuation at either end; its closing bracket goes too, leaving the one it closes open. */
function trimPunctuation(tokens: readonly Token[], p: Phrase): Phrase {
  let { first, last } = p;
  while (last >= first && isPunctuation(tokens[last]!)) last--;
  while (first <= last && isPunctuation(tokens[first]!)) first++;
  return { first, last };
}

/** The kind and width in tokens of a double quotation mark at `k`; two apostrophes typed as one (`''`) are one mark. */
function quotationMarkAt(
  tokens: readonly Token[],
  k: number,
): { kind: 'open' | 'close' | 'straight'; width: number } | null {
  const text = tokens[k]?.text;
  if (text === '“') return { kind: 'open', width: 1 };
  if (text === '”') return { kind: 'close', width: 1 };
  if (text === '"' || text === "''") return { kind: 'straight', width: 1 };
  const next = tokens[k + 1];
  if (text === "'" && next?.text === "'" && next.start === tokens[k]!.end) return { kind: 'straight', width: 2 };
  return null;
}

/** Unpaired quotation marks: a title or quotation cut in half. */
function cutsQuotation(tokens: readonly Token[], p: Phrase): boolean {
  let open = 0;
  let straight = 0;
  for (let k = p.first; k <= p.last; k++) {
    const mark = quotationMarkAt(tokens, k);
    if (!mark) continue;
    if (mark.kind === 'open') open++;
    else if (mark.kind === 'close') open--;
    else straight++;
    k += mark.width - 1;
  }
  return open !== 0 || straight % 2 === 1;
}

/**
 * A title the description quotes, through its closing mark when the phrase stopped at the comma
 * or period set inside it: "the author of “Tides,”" shows the whole title, not "the author of “Tides".
 */
function throughClosingMark(tokens: readonly Token[], p: Phrase): Phrase {
  if (!cutsQuotation(tokens, p) || !/^[,.]$/u.test(tokens[p.last + 1]?.text ?? '')) return p;
  const mark = quotationMarkAt(tokens, p.last + 2);
  return mark && mark.kind !== 'open' ? { first: p.first, last: p.last + 1 + mark.width } : p;
}

/**
 * The role to show for a description or title phrase (cut before a relative clause or a bracket
 * left open), or null when it does not describe anybody:
 * a lone determiner, possessive, adjective, participle or number, a fragment that ends on a word
 * needing more ("of", "and", "known as", a possessive), a quotation cut in half, a clause with its
 * own verb, a stretch over a paragraph break, or more than {@link MAX_ROLE_WORDS} words.
 */
export function acceptableRole(tokens: readonly Token[], body: string, phrase: Phrase | null): Phrase | null {
  if (!phrase || phrase.last < phrase.first) return null;
  const role = trimPunctuation(
    tokens,
    beforeUnclosedBracket(tokens, trimPunctuation(tokens, beforeRelativeClause(tokens, phrase))),
  );
  if (role.last < role.first) return null;
  const { first, last } = role;
  const words = tokens.slice(first, last + 1).filter(isWord);
  const end = tokens[last]!;
  if (words.length === 0 || words.length > MAX_ROLE_WORDS) return null;
  // A capitalized adjective alone is an affiliation ("Republican"); "The" or "Twitter's" is not.
  const only = words.length === 1 ? words[0]! : null;
  if (only && NOT_ALONE.has(only.pos) && !(/^\p{Lu}/u.test(only.text) && (only.pos === 'ADJ' || only.pos === 'VERB')))
    return null;
  if (OPEN_ENDINGS.has(end.lower) || end.pos === 'PART' || /^['’]s?$/u.test(end.text)) return null;
  if (body.slice(tokens[first]!.start, end.end).includes('\n')) return null;
  // "clad in a red cape", "smiling at the crowd": a participle clause says what the speaker did or wore, not who they are.
  const lead = words[0]!;
  if (lead.pos === 'VERB' && /^\p{Ll}/u.test(lead.text) && !TITLES.has(words[1]?.lower ?? '')) return null;
  // "73 percent to 63 percent": a quantity with no noun of its own describes nobody.
  if (
    !words.some(
      (t) => (t.pos === 'NOUN' || t.pos === 'PROPN' || /^\p{Lu}/u.test(t.text)) && !QUANTITY_NOUNS.has(t.lower),
    )
  )
    return null;
  const shown = throughClosingMark(tokens, role);
  if (cutsQuotation(tokens, shown) || hasOwnVerb(tokens, role)) return null;
  return describesPerson(tokens, role) ? shown : null;
}
