import { ACCORDING, DASHES } from '../words/lexicon.js';
import { type DocumentContext } from '../context.js';
import { isNamePart, nounPhraseEndingAt, phraseStart, type SpeakerPhrase } from '../phrases/nounPhrases.js';
import { governingSubject } from './governingSubject.js';
import { outerSpeaker } from './nestedSpeech.js';
import { reportingClause } from './reportingClause.js';
import { governingParticiple, subjectOfParticiple } from './participles.js';
import { leftRegion, sentenceAt } from './regions.js';
import { subjectBefore } from '../phrases/subjects.js';
import type { QuotedSpan } from '../marks/quotationMarks.js';
import type { Token } from '../words/tokens.js';
import { accordingTo, MAX_CUE_DISTANCE, type Attribution } from './attribution.js';
import { isSpeechVerb } from '../words/speechVerbs.js';
import { subjectOfCoordinatedVerb } from '../phrases/subjects.js';
import { extendOverPreposition, openingDash } from '../phrases/insertions.js';
import { phraseAfter } from '../phrases/phraseAfter.js';

export function attributeBefore(
  ctx: DocumentContext,
  span: QuotedSpan,
  others: readonly QuotedSpan[],
): Attribution | null {
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
    // A participle may take a prepositional object as its subject ("a clip of Jane Roe singing"), but after a
    // comma it opens a clause of its own ("At a rally in Eastport, Maine, Roe endorsed Doe, saying …").
    const finite = !tokens[v]!.lower.endsWith('ing');
    const found =
      finite || tokens[v - 1]?.text !== ','
        ? (subjectBefore(tokens, v, lo) ?? subjectOfCoordinatedVerb(tokens, v, lo))
        : null;
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
        (finite ? reportingClause(tokens, phraseStart(speaker), v, lo, hi) : null) ?? {
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
