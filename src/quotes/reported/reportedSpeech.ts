import type { Sentence, Span } from '../../corpus/types.js';
import { ACCORDING, DOCUMENT_NOUNS, SOURCE_NOUNS, SOURCE_ONLY_VERBS } from '../words/lexicon.js';
import { type DocumentContext } from '../context.js';
import {
  isCapitalized,
  isPersonalPronoun,
  isTime,
  RELATIVE_STARTS,
  type SpeakerPhrase,
} from '../phrases/nounPhrases.js';
import { subjectBefore } from '../phrases/subjects.js';
import type { Token } from '../words/tokens.js';
import { isReportingVerb } from '../words/speechVerbs.js';
import { subjectOfCoordinatedVerb } from '../phrases/subjects.js';
import { phraseAfter } from '../phrases/phraseAfter.js';

/** Indirect speech found in a sentence: who, the verb, and what they said. */
interface ReportedStatement {
  speaker: SpeakerPhrase;
  cue: number;
  /** The reported content: the clause after the verb (without "that" and the final stop). */
  content: Span;
}

const COMPLEMENTIZERS = new Set(['that']);
const CLAUSE_END = new Set(['.', '!', '?', ';']);

/**
 * Indirect speech in one sentence: a subject, a verb of saying, and the clause it
 * reports. "Jane Roe told listeners that the plan failed", "Experts warn that …",
 * "Police have admitted they may not …" (a clause without "that"). Verbs such as
 * "indicate" or "show" count only when their subject is a source (a report, officials).
 * A sentence without such a verb may still credit a source: "According to Roe, the plan
 * failed" or "The plan failed, according to Roe".
 */
export function findReportedSpeech(ctx: DocumentContext, sentence: Sentence): ReportedStatement[] {
  const { tokens } = ctx;
  const lo = ctx.tokenAt(sentence.start);
  const hi = ctx.tokenAt(sentence.end);
  const found: ReportedStatement[] = [];
  for (let v = lo; v < hi; v++) {
    if (!isReportingVerb(tokens, v)) continue;
    const contentStart = complementStart(tokens, v, hi);
    if (contentStart < 0) continue;
    const speaker = subjectBefore(tokens, v, lo) ?? subjectOfCoordinatedVerb(tokens, v, lo);
    if (!speaker || !isSource(tokens, speaker, SOURCE_ONLY_VERBS.has(tokens[v]!.lemma))) continue;
    let end = hi;
    while (end - 1 > contentStart && CLAUSE_END.has(tokens[end - 1]!.text)) end--;
    // "Roe told Doe that the plan failed, according to Poe": a second source closes the clause it credits.
    for (let k = contentStart; k < end; k++)
      if (tokens[k]!.text === ';' || (k > contentStart && isAccordingTo(tokens, k + 1))) end = k;
    // A clause needs words: in "Nobody believed it when Coach Roe told us that." nothing is left after "that".
    if (end <= contentStart || !tokens.slice(contentStart, end).some((t) => /[\p{L}\p{N}]/u.test(t.text))) continue;
    // "claimed responsibility for that attack, the worst in years": a "that" read as a determiner, with no verb after it.
    if (tokens[contentStart - 1]!.pos === 'DET' && !tokens.slice(contentStart, end).some(isVerb)) continue;
    found.push({ speaker, cue: v, content: { start: tokens[contentStart]!.start, end: tokens[end - 1]!.end } });
    v = end;
  }
  if (found.length === 0) {
    const according = accordingTo(tokens, lo, hi);
    if (according) found.push(according);
  }
  return found;
}

const isVerb = (t: Token): boolean => t.pos === 'VERB' || t.pos === 'AUX';

const isAccordingTo = (tokens: readonly Token[], k: number): boolean =>
  tokens[k - 1]?.text === ',' && tokens[k]?.lower === ACCORDING && tokens[k + 1]?.lower === 'to';

/**
 * "According to Roe, the plan failed." (the clause after the phrase) or "The plan failed,
 * according to Roe." (the clause before it), when the phrase names a source.
 */
function accordingTo(tokens: readonly Token[], lo: number, hi: number): ReportedStatement | null {
  let a = lo;
  while (a < hi && !(tokens[a]!.lower === ACCORDING && tokens[a + 1]?.lower === 'to')) a++;
  if (a >= hi) return null;
  const found = phraseAfter(tokens, a + 2, hi);
  if (!found || !isSource(tokens, found, false)) return null;
  let speaker = found;
  // "According to Fox News, the agency reported finding …, which …": a stretch with a verb of its own and no
  // relative pronoun is the clause, not a description of the source.
  const description = speaker.description;
  if (description && hasOwnVerb(tokens, description.first, description.last + 1))
    speaker = { ...speaker, description: null };
  let first: number;
  let last: number;
  if (a === lo) {
    // Only a description closed by a comma is one: in "According to Roe, the plan failed" the clause follows.
    if (speaker.description && tokens[speaker.description.last + 1]?.text !== ',')
      speaker = { ...speaker, description: null };
    const phraseEnd = (speaker.description ?? speaker.phrase).last;
    if (tokens[phraseEnd + 1]?.text !== ',') return null;
    first = phraseEnd + 2;
    last = hi - 1;
  } else {
    if (tokens[a - 1]!.text !== ',') return null;
    first = lo;
    last = a - 2;
    // "But, according to the poll, most voters remain undecided": what stands before is an opener, not the clause.
    const phraseEnd = (speaker.description ?? speaker.phrase).last;
    if (isOpener(tokens, lo, a - 1) && tokens[phraseEnd + 1]?.text === ',' && phraseEnd + 2 < hi) {
      first = phraseEnd + 2;
      last = hi - 1;
    }
  }
  while (last >= first && (CLAUSE_END.has(tokens[last]!.text) || tokens[last]!.text === ',')) last--;
  if (last < first) return null;
  return { speaker, cue: a, content: { start: tokens[first]!.start, end: tokens[last]!.end } };
}

/** A verb in the words from `from` to `to` (exclusive) that no relative pronoun before it introduces. */
function hasOwnVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (RELATIVE_STARTS.has(tokens[k]!.lower)) return false;
    if (isVerb(tokens[k]!)) return true;
  }
  return false;
}

const OPENER_TAGS = new Set(['CCONJ', 'ADV', 'ADP', 'SCONJ']);

/** Words from `from` to `to` (exclusive) that open a sentence without a verb: "But", "In addition", "Among the risks". */
const isOpener = (tokens: readonly Token[], from: number, to: number): boolean =>
  OPENER_TAGS.has(tokens[from]!.pos) && !tokens.slice(from, to).some(isVerb);

/** Verbs that report a clause without "that": "Roe said the plan failed", "they admitted they erred". */
const BARE_CLAUSE_VERBS = new Set([
  'say',
  'tell',
  'add',
  'claim',
  'argue',
  'insist',
  'admit',
  'acknowledge',
  'warn',
  'predict',
  'estimate',
  'concede',
  'contend',
  'maintain',
  'write',
  'tweet',
  'announce',
  'state',
  'explain',
]);

/**
 * Where the reported clause starts after the verb at `v`: after "that", possibly past an
 * object or adverbial ("told listeners that", "said in a statement that"); or, for verbs
 * that allow it, at a clause that follows directly ("admitted they may not …").
 * -1 when the verb takes no clause ("warned of the risk").
 */
function complementStart(tokens: readonly Token[], v: number, hi: number): number {
  for (let k = v + 1; k < hi && k - v <= 10; k++) {
    const t = tokens[k]!;
    // "declared the winner and that …": a "that" after "and" or "or" continues a clause reported before the verb.
    if (COMPLEMENTIZERS.has(t.lower) && COORDINATORS.has(tokens[k - 1]!.lower)) return -1;
    if (COMPLEMENTIZERS.has(t.lower) && (t.pos === 'SCONJ' || t.pos === 'PRON' || t.pos === 'DET')) {
      // "the states that vote next week": "that" between a noun and a verb is a relative pronoun, not a reported clause.
      const before = tokens[k - 1]!;
      const relative = ['NOUN', 'PROPN'].includes(before.pos) && !isTime(before) && opensPredicate(tokens, k + 1, hi);
      return k + 1 < hi && !relative ? k + 1 : -1;
    }
    if (t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'PUNCT' && t.text !== ',')) break;
  }
  if (!BARE_CLAUSE_VERBS.has(tokens[v]!.lemma)) return -1;
  return isClauseStart(tokens, v + 1, hi) ? v + 1 : -1;
}

const COORDINATORS = new Set(['and', 'or']);

/** A finite verb (after any adverbs) at `i`: the clause there has no subject of its own. */
function opensPredicate(tokens: readonly Token[], i: number, hi: number): boolean {
  let k = i;
  while (k < hi && tokens[k]!.pos === 'ADV') k++;
  const t = tokens[k];
  return t !== undefined && (t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing')));
}

const WH_WORDS = new Set(['when', 'where', 'why', 'how', 'whether', 'if']);

/** A clause starts here: a subject (a pronoun or a short noun phrase) and then a finite verb. */
function isClauseStart(tokens: readonly Token[], i: number, hi: number): boolean {
  const first = tokens[i];
  if (!first || !(isPersonalPronoun(first) || first.pos === 'DET' || first.pos === 'PROPN' || first.pos === 'NOUN'))
    return false;
  for (let k = i + 1; k < hi && k - i <= 6; k++) {
    const t = tokens[k]!;
    if (t.pos === 'AUX') return true;
    // "maintains a program to develop …": an infinitive is not a finite clause.
    if (t.pos === 'VERB') return !t.lower.endsWith('ing') && tokens[k - 1]!.lower !== 'to';
    // "tell the government when someone dies": a wh-word or a second subject starts another clause.
    if (t.pos === 'PUNCT' || t.pos === 'ADP' || t.pos === 'SCONJ' || t.pos === 'PRON' || WH_WORDS.has(t.lower))
      return false;
  }
  return false;
}

/** Whether a subject can be a source of speech: a name, a pronoun, or a person, group or document noun. */
function isSource(tokens: readonly Token[], speaker: SpeakerPhrase, strict: boolean): boolean {
  const head = tokens[(speaker.antecedent ?? speaker.phrase).last]!;
  if (isPersonalPronoun(head)) return !strict && head.lower !== 'it';
  if (DOCUMENT_NOUNS.has(head.lower) || SOURCE_NOUNS.has(head.lower)) return true;
  return !strict && isCapitalized(head) && head.pos === 'PROPN';
}
