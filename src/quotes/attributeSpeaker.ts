import { ACCORDING, DASHES } from './lexicon.js';
import { isSpeechVerb, type DocumentContext } from './context.js';
import { isNamePart, isTime, nounPhraseEndingAt, phraseAfter, phraseStart, type SpeakerPhrase } from './nounPhrases.js';
import { governingSubject } from './governingSubject.js';
import { outerSpeaker } from './nestedSpeech.js';
import { reportingClause, reportsClause } from './reportingClause.js';
import { secondHandSource } from './secondHand.js';
import { passiveAgent } from './passiveAgent.js';
import { governingParticiple, subjectOfParticiple } from './participles.js';
import { possessedStatement } from './speechNouns.js';
import { isTagAfter, leftRegion, rightRegion, sentenceAt } from './regions.js';
import { extendOverPreposition, subjectBefore } from './subjects.js';
import type { QuotedSpan } from './quotationMarks.js';
import type { Token } from './tokens.js';

/** Who a quotation is attributed to, as written in the text. */
export interface Attribution {
  speaker: SpeakerPhrase;
  /** Token index of the verb of saying ("said", "told", "according"). */
  cue: number;
  /** Found at the start of the sentence after the quotation's own (`“Who knows?” Roe asked, …`): one before the quotation comes first. */
  runOn?: boolean;
}

/** How far, in tokens, a cue may stand from the quotation it introduces. */
const MAX_CUE_DISTANCE = 25;

/**
 * Finds the speaker of a quotation from the sentence that holds it, in the patterns
 * news writing uses:
 * - after the quotation: `“…,” said Jane Roe` (inverted), `“…,” Roe said`,
 *   `“…,” Roe, the mayor, told reporters`, `“…,” she added`, `“…,” according to Roe`;
 * - before it: `Roe said: “…”`, `Roe told reporters that “…”`, `According to Roe, “…”`,
 *   and a partial quotation inside the speaker's clause: `Roe called the plan “a mess”`.
 * Returns null when the sentence has no attribution (the caller then looks at context).
 */
export function attributeSpeaker(ctx: DocumentContext, span: QuotedSpan, others: readonly QuotedSpan[]): Attribution | null {
  const speakerLabel = transcriptLabel(ctx, span);
  if (speakerLabel) return speakerLabel;
  const after = attributeAfter(ctx, span, others);
  // "“…,” but she said …": a clause joined by a conjunction is a new statement, not this quotation's attribution.
  const joiner = after ? ctx.tokens[skipPunctuation(ctx.tokens, ctx.tokenAt(span.end), after.cue)]! : null;
  const joined = joiner !== null && (['CCONJ', 'SCONJ'].includes(joiner.pos) || CLAUSE_JOINERS.has(joiner.lower) || !isTagAfter(ctx, span, ctx.tokens[after!.cue]!.start));
  // "“…,” while most rowers said …": a contrasting clause reports someone else, never this quotation.
  const contrast = joiner !== null && CONTRASTING.has(joiner.lower);
  const near = after && !joined && after.cue - ctx.tokenAt(span.end) <= 3 && !introducesNext(ctx, span, after, others);
  if (near && after.runOn) return attributeBefore(ctx, span, others) ?? after;
  if (near) return after;
  // "Critics mocked her claim that “…”": with no verb of saying before it, a speech noun's possessor speaks.
  return (
    attributeBefore(ctx, span, others) ??
    possessedStatement(ctx.tokens, leftRegion(ctx, span, others)[0], ctx.tokenAt(span.start)) ??
    (contrast ? null : after) ??
    creditBelow(ctx, span)
  );
}

/** Conjunctions the tagger may read as adverbs ("“…,” when Roe scolded him"). */
const CLAUSE_JOINERS = new Set(['when', 'whereas', 'while', 'because', 'although', 'though']);

/** Conjunctions that open a clause set against the one before it. */
const CONTRASTING = new Set(['while', 'whereas', 'whilst']);

/**
 * `She says the plan is “a mess.” She adds, “…”`: an attribution that opens the next sentence
 * and runs into another quotation introduces that one; the quotation before it keeps its own.
 */
function introducesNext(ctx: DocumentContext, span: QuotedSpan, after: Attribution, others: readonly QuotedSpan[]): boolean {
  const cueAt = ctx.tokens[after.cue]!.start;
  const sentence = sentenceAt(ctx.sentences, cueAt);
  if (!sentence || sentence.start < span.end - 1) return false;
  return others.some((o) => o.start > cueAt && o.start < sentence.end);
}

/**
 * `"ROE: Well, look, the bridge …`: a transcript quoted line by line, each opening with the
 * speaker's name in capitals and a colon.
 */
function transcriptLabel(ctx: DocumentContext, span: QuotedSpan): Attribution | null {
  const label = /^\s*(\p{Lu}[\p{Lu}.'’ -]{1,30}):\s/u.exec(ctx.body.slice(span.inner.start, span.inner.start + 40));
  if (!label) return null;
  const first = ctx.tokenAt(span.inner.start);
  const last = ctx.tokenAt(span.inner.start + label[0].indexOf(':')) - 1;
  return last >= first ? { speaker: { phrase: { first, last }, description: null }, cue: last + 1 } : null;
}

/**
 * `“…”` as a paragraph of its own and `- Jane Roe, Eastport` as the next, short paragraph:
 * the credit line of a quotation set apart (quotes of the day, reader comments).
 */
function creditBelow(ctx: DocumentContext, span: QuotedSpan): Attribution | null {
  const paragraph = ctx.paragraphs[span.paragraph - 1];
  const next = ctx.paragraphs[span.paragraph];
  const alone = ctx.body.slice(paragraph?.start ?? 0, span.start).trim() === '' && ctx.body.slice(span.end, paragraph?.end ?? 0).trim() === '';
  if (!paragraph || !next || !alone || next.end - next.start > 120) return null;
  if (!/^\s*[-—―–]/u.test(ctx.body.slice(next.start, next.end))) return null;
  return dashCredit(ctx.tokens, ctx.tokenAt(next.start), ctx.tokenAt(next.end), true);
}

function skipPunctuation(tokens: readonly Token[], i: number, hi: number): number {
  while (i < hi && tokens[i]!.pos === 'PUNCT') i++;
  return i;
}

function attributeAfter(ctx: DocumentContext, span: QuotedSpan, others: readonly QuotedSpan[]): Attribution | null {
  const { lo, hi, runOn, nextSentence } = rightRegion(ctx, span, others);
  const direct = attributionAfter(ctx, lo, hi);
  // `“We won.” Roe said the vote was close.`: after a finished quotation, a sentence whose verb reports a clause is a new statement.
  if (direct && nextSentence >= 0 && direct.cue >= nextSentence && reportsClause(ctx.tokens, direct.cue, hi)) return null;
  const found = direct && (secondHandSource(ctx.tokens, direct.cue, hi) ?? direct);
  // A sentence that carries on the report is the quotation's attribution only where it opens with one.
  if (!found || !runOn) return found;
  return found.cue - lo > 3 ? null : { ...found, runOn };
}

function attributionAfter(ctx: DocumentContext, lo: number, hi: number): Attribution | null {
  const { tokens } = ctx;
  const credit = dashCredit(tokens, lo, hi);
  if (credit) return credit;
  const i = skipPunctuation(tokens, lo, hi);
  if (i >= hi) return null;
  if (isSpeechVerb(tokens, i)) {
    // "Roe toasted “the old crews,” saying the town …": the phrase after a participle is what it reports, not who speaks.
    if (tokens[i]!.lower.endsWith('ing')) return null;
    const speaker = phraseAfter(tokens, i + 1, hi);
    return speaker ? { speaker, cue: i } : null;
  }
  const according = accordingTo(tokens, i, hi);
  if (according) return according;
  // Verbs inside an appositive ("Roe, one of the lawyers suing the city, said") do not end the subject.
  let inAppositive = false;
  for (let v = i + 1; v < hi && v - i <= MAX_CUE_DISTANCE; v++) {
    if (tokens[v]!.text === ',') inAppositive = true;
    if (!isSpeechVerb(tokens, v)) {
      const hyphenated = tokens[v - 1]!.text === '-' && tokens[v - 1]!.end === tokens[v]!.start; // "Eastport-based Jane Roe said"
      // "“…,” it further wrote": an adverb the tagger reads as a verb does not end the subject.
      if (tokens[v]!.pos === 'VERB' && !inAppositive && !hyphenated && !MISREAD_ADVERBS.has(tokens[v]!.lower) && !isAuxiliaryLike(tokens[v]!)) break;
      continue;
    }
    const agent = passiveAgent(tokens, v, hi);
    if (agent) return { speaker: agent, cue: v };
    // "“…” for Roe to criticize": an infinitive with its own subject is no attribution.
    if (tokens[v - 1]!.lower === 'to' && !isSpeechVerb(tokens, v - 2) && tokens[v - 2]?.pos !== 'VERB' && tokens[v - 2]?.pos !== 'ADJ') break;
    const speaker = subjectBefore(tokens, v, i);
    // The subject (or the description that opens it: "Roe's manager, Jane Doe, said") starts right after the quotation.
    if (speaker && phraseStart(speaker) <= i + 1) return { speaker, cue: v };
    // "“…?” a voice in the council's radio spot asks": a head noun with a prepositional phrase after it.
    const head = speaker && !speaker.description ? withPostModifier(tokens, speaker.phrase, i) : null;
    if (head) return { speaker: { phrase: head, description: null }, cue: v };
    break;
  }
  return trailingAttribution(tokens, i, hi);
}

/** Comparative adverbs the tagger reads as verbs after a pronoun ("it further wrote", "she later added"). */
const MISREAD_ADVERBS = new Set(['further', 'later', 'earlier']);

/** Prepositions that attach a phrase to the noun before it ("a voice in the radio spot", "a source at the club"). */
const POST_MODIFYING = new Set(['in', 'at', 'of', 'for', 'from', 'with', 'on']);

/** The phrase from `start` to the end of `phrase`, when it is a noun phrase, a preposition, and `phrase`. */
function withPostModifier(tokens: readonly Token[], phrase: { first: number; last: number }, start: number): { first: number; last: number } | null {
  const prep = phrase.first - 1;
  if (prep - 1 < start || !POST_MODIFYING.has(tokens[prep]!.lower) || tokens[prep]!.pos !== 'ADP') return null;
  const head = nounPhraseEndingAt(tokens, prep - 1, start);
  return head && head.first === start ? { first: start, last: phrase.last } : null;
}

/** Verbs that stand before their subject in an attribution ("…, said Roe"; "…, added the mayor"). */
const INVERTING_VERBS = new Set(['say', 'add', 'write', 'ask', 'explain', 'note', 'continue', 'recall', 'reply']);

/**
 * `“Nobody here rows alone” on the long course, she said.`: a partial quotation
 * whose sentence goes on and closes with the attribution after a comma.
 */
export function trailingAttribution(tokens: readonly Token[], lo: number, hi: number): Attribution | null {
  let end = hi;
  while (end > lo && tokens[end - 1]!.pos === 'PUNCT') end--;
  // `…, said Jane Roe, who coaches the rowing club.`: an inverted attribution after one of the last commas.
  for (let comma = end - 1, seen = 0; comma >= lo && seen < 3; comma--) {
    if (tokens[comma]!.text !== ',') continue;
    seen++;
    if (tokens[comma + 1]!.pos !== 'VERB' || !INVERTING_VERBS.has(tokens[comma + 1]!.lemma)) continue;
    const speaker = phraseAfter(tokens, comma + 2, end);
    if (speaker) return { speaker, cue: comma + 1 };
  }
  // `…, she said.` closing the sentence, or set off by commas inside it: `…, she said, pointing at …`.
  let close = end;
  for (let comma = end - 1, seen = 0; comma >= lo && seen < 3; comma--) {
    if (tokens[comma]!.text !== ',') continue;
    seen++;
    const found = commaAttribution(tokens, comma, close);
    if (found) return found;
    close = comma;
  }
  return null;
}

/** `, Roe said` from the comma at `comma` to `close` (the next comma or the end): a subject, a verb of saying, and no other verb. */
function commaAttribution(tokens: readonly Token[], comma: number, close: number): Attribution | null {
  for (let v = comma + 2; v < close && v - comma <= 8; v++) {
    if (!isSpeechVerb(tokens, v)) continue;
    // "…, as Roe suggested after the vote": a clause opened by "as" may go on past its verb.
    const opener = tokens[comma + 1]!.lower === 'as' ? comma + 2 : comma + 1;
    const speaker = subjectBefore(tokens, v, opener);
    const rest = tokens.slice(v + 1, close);
    if (speaker?.phrase.first === opener && (opener > comma + 1 || !rest.some((t) => t.pos === 'VERB' || t.pos === 'AUX'))) return { speaker, cue: v };
    return null;
  }
  return null;
}

function attributeBefore(ctx: DocumentContext, span: QuotedSpan, others: readonly QuotedSpan[]): Attribution | null {
  const { tokens } = ctx;
  const [lo, hi] = leftRegion(ctx, span, others);
  for (let a = lo; a < hi; a++) {
    const according = accordingTo(tokens, a, hi);
    if (according) return according;
  }
  for (let v = hi - 1; v >= lo && hi - v <= MAX_CUE_DISTANCE * 2; v--) {
    // "the so-called plan": a verb inside a hyphenated compound is an adjective.
    if (!isSpeechVerb(tokens, v) || (tokens[v - 1]?.text === '-' && tokens[v - 1]!.end === tokens[v]!.start)) continue;
    // "Roe says the posts accusing her of lying are “lies.”": a participle inside a subject
    // that a later auxiliary completes does not introduce the quotation.
    if (tokens[v]!.lower.endsWith('ing') && tokens[v - 1]?.pos === 'NOUN' && tokens.slice(v + 1, hi).some((t) => t.pos === 'AUX')) continue;
    if (opensClause(tokens, v, lo) && !tokens[v]!.lower.endsWith('ing')) {
      // "Said Roe: “…”": the verb comes first and the speaker after it (a participle never inverts).
      const inverted = phraseAfter(tokens, v + 1, hi);
      if (inverted) return { speaker: inverted, cue: v };
    }
    const found = subjectBefore(tokens, v, lo) ?? subjectOfCoordinatedVerb(tokens, v, lo);
    // A participle may take a prepositional object as its subject ("a clip of Jane Roe singing").
    const finite = !tokens[v]!.lower.endsWith('ing');
    // "Roe made the following comment:", "Roe issued a statement calling it “…”": a phrase right after a verb is its object.
    // An object followed by "to say" is the infinitive's subject ("asked the divers to say").
    const object = found !== null && isObjectOfVerb(tokens, found, lo) && tokens[v - 1]?.lower !== 'to';
    if (object && !finite) {
      const main = subjectOfParticiple(tokens, v, lo);
      if (main) return { speaker: main, cue: v };
    }
    if (object) continue;
    // "filling it with gentler text calling for “…”": a participle after a prepositional object that
    // names nobody takes the clause's subject; after a name it is that person's ("a clip of Jane Roe singing").
    if (found && !finite && objectOfPreposition(tokens, found, lo) && !isNamePart(tokens, found.phrase.last)) {
      const main = subjectOfParticiple(tokens, v, lo);
      if (main) return { speaker: main, cue: v };
    }
    const speaker = found && (finite && objectOfPreposition(tokens, found, lo) ? modifiedHead(tokens, found, lo) ?? headOfPreposition(tokens, found, lo) : found);
    if (speaker) {
      return outerSpeaker(ctx, speaker, lo) ?? (finite ? reportingClause(tokens, phraseStart(speaker), v, lo) : null) ?? { speaker: governingSubject(tokens, ctx.entities, speaker, lo) ?? speaker, cue: v };
    }
    // "Roe said the string of floods demands that …": a phrase after a preposition is no subject; look further left.
    if (found) continue;
    // "Roe wrote on Twitter, calling it “a mess”": the participle's subject is the main verb's;
    // so is that of a participle governing the verb ("Roe paused, going on to say …").
    const participle = tokens[v]!.lower.endsWith('ing') ? v : governingParticiple(tokens, v, lo);
    if (participle >= 0) {
      const main = subjectOfParticiple(tokens, participle, lo, lo === sentenceStart(ctx, span)) ?? subjectOfParticiple(tokens, participle, clauseStart(ctx, span, lo));
      if (main) return { speaker: main, cue: v };
    }
    // Otherwise ("Roe said the town lost a voice that said “…”", "a trend that the board predicts will continue “…”"),
    // a verb whose subject is not read may sit in a clause whose own verb of saying stands further left: look on.
  }
  return null;
}

/**
 * Where the main clause of the quotation's sentence starts when a quotation earlier in the same
 * sentence cut the search short ("Roe toasted “the old crews,” saying …"): the sentence start,
 * if the sentence opens with the narration rather than a quotation.
 */
function sentenceStart(ctx: DocumentContext, span: QuotedSpan): number {
  const sentence = sentenceAt(ctx.sentences, span.start);
  return sentence ? ctx.tokenAt(sentence.start) : -1;
}

function clauseStart(ctx: DocumentContext, span: QuotedSpan, lo: number): number {
  const sentence = sentenceAt(ctx.sentences, span.start);
  const first = sentence ? ctx.tokenAt(sentence.start) : lo;
  return first < lo && !ctx.inQuote(ctx.tokens[first]!.start) ? first : lo;
}

const isObjectOfVerb = (tokens: readonly Token[], sp: SpeakerPhrase, lo: number): boolean =>
  !sp.antecedent && !sp.description && sp.phrase.first > lo && tokens[sp.phrase.first - 1]!.pos === 'VERB';

/**
 * The phrase follows a preposition inside the clause ("walking along the quay"), so it cannot
 * be a subject. A subordinating "as", "after" or "while" opens a clause whose subject it is ("as Roe said").
 */
function objectOfPreposition(tokens: readonly Token[], sp: SpeakerPhrase, lo: number): boolean {
  const prev = tokens[sp.phrase.first - 1];
  return sp.phrase.first > lo && prev !== undefined && prev.pos === 'ADP' && prev.lower !== ACCORDING && !SUBORDINATORS.has(prev.lower) && sp.phrase.first - 1 > lo;
}

/**
 * "A spokesman for the club said", "Vice President for news Ann Lee called": the phrase after the
 * preposition belongs to the head noun before it, which opens the clause and is the subject.
 */
function headOfPreposition(tokens: readonly Token[], sp: SpeakerPhrase, lo: number): SpeakerPhrase | null {
  const phrase = extendOverPreposition(tokens, sp.phrase, lo);
  return phrase.first < sp.phrase.first ? { phrase, description: null } : null;
}

/** Words tagged as prepositions that also open a finite clause. */
const SUBORDINATORS = new Set(['as', 'after', 'before', 'since', 'until', 'while', 'because', 'once', 'like']);

/**
 * "Rowers walking along the quay sang …": the subject is the noun before the
 * participle that the prepositional phrase belongs to.
 */
function modifiedHead(tokens: readonly Token[], sp: SpeakerPhrase, lo: number): SpeakerPhrase | null {
  for (let k = sp.phrase.first - 2; k > lo && sp.phrase.first - k <= 6; k--) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT' || t.pos === 'AUX') return null;
    if (t.pos === 'VERB' && /(?:ing|ed)$/u.test(t.lower)) {
      const head = nounPhraseEndingAt(tokens, k - 1, lo);
      return head ? { phrase: head, description: null } : null;
    }
  }
  return null;
}

/** The token at `v` opens its sentence or clause (after a quotation mark or paragraph start). */
function opensClause(tokens: readonly Token[], v: number, lo: number): boolean {
  return v === lo || CLAUSE_OPENERS.has(tokens[v - 1]!.text);
}

/** Punctuation after which a new sentence or clause starts (not a hyphen: "so-called"). */
const CLAUSE_OPENERS = new Set(['.', '!', '?', ':', ';', '“', '"', '”', '(', '—', '–', '―']);

/**
 * `“…” — Jane Roe` or `“…” ― Jane Roe, a teacher in Eastport`: a dash and a name after the
 * quotation, the way testimonials, epigraphs and reader comments credit their source.
 * The name must close the sentence (or be followed only by its description).
 */
function dashCredit(tokens: readonly Token[], lo: number, hi: number, lineStart = false): Attribution | null {
  const isDash = (t: Token): boolean => DASHES.has(t.text) || (lineStart && t.text === '-');
  let k = lo;
  while (k < hi && tokens[k]!.pos === 'PUNCT' && !isDash(tokens[k]!)) k++;
  if (k >= hi || !isDash(tokens[k]!)) return null;
  const speaker = phraseAfter(tokens, k + 1, hi);
  if (!speaker || !isNamePart(tokens, speaker.phrase.last)) return null;
  const next = tokens[(speaker.description ?? speaker.phrase).last + 1];
  const closes = !next || (speaker.description ? /^[.;]$/u : /^[.;,]$/u).test(next.text) || next.pos === 'SPACE' || next.start >= (tokens[hi - 1]?.end ?? 0);
  return closes ? { speaker, cue: k } : null;
}

/** "according to X" starting at token `i`. */
function accordingTo(tokens: readonly Token[], i: number, hi: number): Attribution | null {
  if (tokens[i]?.lower !== ACCORDING || tokens[i + 1]?.lower !== 'to') return null;
  const speaker = phraseAfter(tokens, i + 2, hi);
  return speaker ? { speaker, cue: i } : null;
}

/** Verbs that can stand between a subject and its verb of saying ("Roe went on to say"). */
function isAuxiliaryLike(t: Token): boolean {
  return t.lemma === 'go' || t.lemma === 'continue' || t.lemma === 'be' || t.lemma === 'have';
}

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
    if (speaker && !speaker.antecedent && (first === lo || tokens[first - 1]!.pos === 'PUNCT')) return speaker;
  }
  for (let u = lo; u < k; u++) {
    if (tokens[u]!.pos === 'VERB' || tokens[u]!.pos === 'AUX') return subjectBefore(tokens, u, lo);
  }
  return null;
}
