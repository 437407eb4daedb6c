import { ACCORDING, DASHES } from './lexicon.js';
import { isSpeechVerb, type DocumentContext } from './context.js';
import { isNamePart, nounPhraseEndingAt, phraseAfter, phraseStart, type SpeakerPhrase } from './nounPhrases.js';
import { governingSubject } from './governingSubject.js';
import { outerSpeaker } from './nestedSpeech.js';
import { reportingClause } from './reportingClause.js';
import { governingParticiple, subjectOfParticiple } from './participles.js';
import { possessedStatement } from './speechNouns.js';
import { isTagAfter, leftRegion, sentenceAt } from './regions.js';
import { extendOverPreposition, openingDash, subjectBefore } from './subjects.js';
import type { QuotedSpan } from './quotationMarks.js';
import type { Token } from './tokens.js';
import { accordingTo, dashCredit, MAX_CUE_DISTANCE, skipPunctuation, type Attribution } from './attribution.js';
import { attributeAfter } from './attributionAfter.js';

/**
 * Finds the speaker of a quotation from the sentence that holds it, in the patterns
 * news writing uses:
 * - after the quotation: `“…,” said Jane Roe` (inverted), `“…,” Roe said`,
 *   `“…,” Roe, the mayor, told reporters`, `“…,” she added`, `“…,” according to Roe`;
 * - before it: `Roe said: “…”`, `Roe told reporters that “…”`, `According to Roe, “…”`,
 *   and a partial quotation inside the speaker's clause: `Roe called the plan “a mess”`.
 * Returns null when the sentence has no attribution (the caller then looks at context).
 */
export function attributeSpeaker(
  ctx: DocumentContext,
  span: QuotedSpan,
  others: readonly QuotedSpan[],
): Attribution | null {
  const speakerLabel = transcriptLabel(ctx, span);
  if (speakerLabel) return speakerLabel;
  const after = attributeAfter(ctx, span, others);
  // "“…,” but she said …": a clause joined by a conjunction is a new statement, not this quotation's attribution.
  const joiner = after ? ctx.tokens[skipPunctuation(ctx.tokens, ctx.tokenAt(span.end), after.cue)]! : null;
  const joined =
    joiner !== null &&
    (['CCONJ', 'SCONJ'].includes(joiner.pos) ||
      CLAUSE_JOINERS.has(joiner.lower) ||
      !isTagAfter(ctx, span, ctx.tokens[after!.cue]!.start));
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
function introducesNext(
  ctx: DocumentContext,
  span: QuotedSpan,
  after: Attribution,
  others: readonly QuotedSpan[],
): boolean {
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
  const alone =
    ctx.body.slice(paragraph?.start ?? 0, span.start).trim() === '' &&
    ctx.body.slice(span.end, paragraph?.end ?? 0).trim() === '';
  if (!paragraph || !next || !alone || next.end - next.start > 120) return null;
  if (!/^\s*[-—―–]/u.test(ctx.body.slice(next.start, next.end))) return null;
  return dashCredit(ctx.tokens, ctx.tokenAt(next.start), ctx.tokenAt(next.end), true);
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
    if (
      tokens[v]!.lower.endsWith('ing') &&
      tokens[v - 1]?.pos === 'NOUN' &&
      tokens.slice(v + 1, hi).some((t) => t.pos === 'AUX')
    )
      continue;
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
    const speaker =
      found &&
      (finite && objectOfPreposition(tokens, found, lo)
        ? (modifiedHead(tokens, found, lo) ?? headOfPreposition(tokens, found, lo))
        : found);
    if (speaker) {
      return (
        outerSpeaker(ctx, speaker, lo) ??
        (finite ? reportingClause(tokens, phraseStart(speaker), v, lo) : null) ?? {
          speaker: governingSubject(tokens, ctx.entities, speaker, lo) ?? speaker,
          cue: v,
        }
      );
    }
    // "Roe said the string of floods demands that …": a phrase after a preposition is no subject; look further left.
    if (found) continue;
    // "Roe wrote on Twitter, calling it “a mess”": the participle's subject is the main verb's;
    // so is that of a participle governing the verb ("Roe paused, going on to say …").
    const participle = tokens[v]!.lower.endsWith('ing') ? v : governingParticiple(tokens, v, lo);
    if (participle >= 0) {
      const main =
        subjectOfParticiple(tokens, participle, lo, lo === sentenceStart(ctx, span)) ??
        subjectOfParticiple(tokens, participle, clauseStart(ctx, span, lo));
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
  return (
    sp.phrase.first > lo &&
    prev !== undefined &&
    prev.pos === 'ADP' &&
    prev.lower !== ACCORDING &&
    !SUBORDINATORS.has(prev.lower) &&
    sp.phrase.first - 1 > lo
  );
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

/**
 * The token at `v` opens its sentence or clause (after a quotation mark or paragraph
 * start), or follows a single dash ("The plan was doomed — said Roe, “…”"). A dash that
 * closes an aside does not: in "A former senator — Jane Roe — said the mayor “…”" the
 * words after the verb are not its speaker.
 */
function opensClause(tokens: readonly Token[], v: number, lo: number): boolean {
  const before = tokens[v - 1]?.text ?? '';
  return v === lo || CLAUSE_OPENERS.has(before) || (DASHES.has(before) && openingDash(tokens, v - 1, lo) < 0);
}

/** Punctuation after which a new sentence or clause starts (not a hyphen: "so-called"). */
const CLAUSE_OPENERS = new Set(['.', '!', '?', ':', ';', '“', '"', '”', '(']);

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
