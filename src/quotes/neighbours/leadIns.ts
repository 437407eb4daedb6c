import type { Sentence } from '../../corpus/types.js';
import type { Attribution } from '../attribution/attribution.js';
import { trailingAttribution } from '../attribution/attributionAfter.js';
import { sentenceAt, sentenceBeforeQuotation } from '../attribution/regions.js';
import { type DocumentContext } from '../context.js';
import {
  isNamePart,
  isPersonalPronoun,
  nounPhraseEndingAt,
  phraseStart,
  skipParenthetical,
  type SpeakerPhrase,
} from '../phrases/nounPhrases.js';
import type { QuotedSpan } from '../marks/quotationMarks.js';
import { isQuotedName, isWorkTitle } from '../marks/quotedNames.js';
import { findReportedSpeech } from '../reported/reportedSpeech.js';
import { locatingPreposition, subjectBefore } from '../phrases/subjects.js';
import type { Token } from '../words/tokens.js';
import { isSpeechVerb } from '../words/speechVerbs.js';
import { phraseAfter } from '../phrases/phraseAfter.js';
import { nearerClauseSubject } from './clauseSubject.js';

/*
 * Speakers announced by the sentence before a quotation rather than its own: a lead-in
 * ending in a colon, a sentence of reported speech, a sentence whose main verb is one of
 * saying, or one whose subject is a named person.
 */

/**
 * `The plan may fail, Roe said. “…”` or `Roe said the plan may fail. “…”`: a quotation that
 * opens its sentence, right after a sentence of reported speech in the same paragraph (or
 * closing the previous one, when the quotation opens a paragraph), is that speaker's.
 */
export function previousSentenceSpeaker(ctx: DocumentContext, span: QuotedSpan): Attribution | null {
  const previous = sentenceBefore(ctx, span);
  if (!previous) return laterStatement(ctx, span);
  if (previous.paragraph !== span.paragraph && ctx.paragraphs[span.paragraph - 1]?.start !== span.start) return null;
  const statement = findReportedSpeech(ctx, previous).at(-1);
  if (statement) return { speaker: statement.speaker, cue: statement.cue };
  const lo = ctx.tokenAt(previous.start);
  const hi = ctx.tokenAt(previous.end);
  return trailingAttribution(ctx.tokens, lo, hi) ?? speechVerbLeadIn(ctx, lo, hi);
}

/**
 * `“…,” said Jane Roe, who also said that the plan would fail. “…”`: the sentence before quotes
 * someone, but reports a statement after its last quotation; that statement is the nearer attribution.
 */
function laterStatement(ctx: DocumentContext, span: QuotedSpan): Attribution | null {
  const previous = sentenceBeforeQuotation(ctx, span);
  if (!previous || previous.paragraph !== span.paragraph) return null;
  const lastQuote = ctx.quoted.filter((q) => q.start < previous.end && previous.start < q.end).at(-1);
  const statement = findReportedSpeech(ctx, previous).at(-1);
  if (!lastQuote || !statement || ctx.tokens[statement.cue]!.start < lastQuote.end) return null;
  return { speaker: statement.speaker, cue: statement.cue };
}

/** The sentence before the one a quotation opens, in the same or the previous paragraph, when it quotes nobody itself. */
function sentenceBefore(ctx: DocumentContext, span: QuotedSpan): Sentence | null {
  const previous = sentenceBeforeQuotation(ctx, span);
  if (!previous || previous.paragraph < span.paragraph - 1) return null;
  // A name or title in quotation marks ("On “Harbour Hour,” Roe …") does not make the sentence a quotation.
  const quotes = ctx.quoted.filter(
    (q) => q.start < previous.end && previous.start < q.end && !isQuotedName(ctx, q) && !isWorkTitle(ctx, q),
  );
  return quotes.length > 0 ? null : previous;
}

/**
 * `Roe, who rowed for the club, praised the new boats. “They fly.”`: a
 * quotation with no attribution anywhere, right after a sentence of the same paragraph
 * whose subject is a named person or a personal pronoun, is that person's (news writing
 * introduces a speaker, then quotes them).
 */
export function previousSentenceSubject(ctx: DocumentContext, span: QuotedSpan): Attribution | null {
  const previous = sentenceBefore(ctx, span);
  if (!previous || previous.paragraph !== span.paragraph) return null;
  const { tokens } = ctx;
  const lo = ctx.tokenAt(previous.start);
  for (let k = lo; k < ctx.tokenAt(previous.end); k++) {
    if (tokens[k]!.pos !== 'VERB' && tokens[k]!.pos !== 'AUX') continue;
    const speaker = subjectBefore(tokens, k, lo);
    // A verb inside a relative clause ("Roe, who rowed for the club, …") is not the main one.
    if (!speaker || speaker.antecedent || !opensMainClause(tokens, speaker, lo)) continue;
    // With no verb of saying, a subject qualified by a place ("Few in the town expect …") is too loose a source.
    if (locatingPreposition(tokens, speaker.phrase) >= 0) continue;
    const head = tokens[speaker.phrase.last]!;
    const named = isNamePart(tokens, speaker.phrase.last) || (isPersonalPronoun(head) && head.lower !== 'it');
    return named ? { speaker, cue: k } : null;
  }
  return null;
}

/**
 * The phrase opens the sentence's main clause: at its start, or after a fronted phrase and comma
 * ("On Sunday, Roe …"), the comma perhaps inside the quotation marks of a title ("On “Harbour Hour,” Roe …").
 */
const opensMainClause = (tokens: readonly Token[], sp: SpeakerPhrase, lo: number): boolean => {
  const before = phraseStart(sp) - 1;
  return (
    before < lo ||
    tokens[before]!.text === ',' ||
    (/^[”"]$/u.test(tokens[before]!.text) && tokens[before - 1]?.text === ',')
  );
};

/**
 * `Roe posted a reminder. “…”`, `Roe told reporters on Monday. “…”`, `The club issued a statement
 * on Monday. “…”`: a sentence whose main verb is a verb of saying with no reported clause, or
 * one that puts out a statement, announces the quotation after it.
 */
function speechVerbLeadIn(ctx: DocumentContext, lo: number, hi: number): Attribution | null {
  const { tokens } = ctx;
  for (let k = lo; k < hi; k++) {
    if (!isSpeechVerb(tokens, k) && !issuesStatement(tokens, k, hi)) continue;
    // The verb's subject opens the sentence: the verb is the main one, not one inside a clause.
    const speaker = subjectBefore(tokens, k, lo);
    return speaker && opensMainClause(tokens, speaker, lo) ? { speaker, cue: k } : null;
  }
  return null;
}

/** Verbs that put out a statement ("issued a statement", "sent a letter"). */
const ISSUING_VERBS: ReadonlySet<string> = new Set(['issue', 'release', 'send', 'post', 'publish', 'provide']);

/** Nouns for a statement someone puts out, whose words the next quotation gives. */
const STATEMENT_NOUNS: ReadonlySet<string> = new Set(['statement', 'letter', 'message', 'memo', 'email', 'e-mail']);

/** A verb at `k` that puts out a statement: "issued a statement", "sent a fundraising email", "released a written statement". */
function issuesStatement(tokens: readonly Token[], k: number, hi: number): boolean {
  if (tokens[k]!.pos !== 'VERB' || !ISSUING_VERBS.has(tokens[k]!.lemma) || tokens[k + 1]?.pos !== 'DET') return false;
  for (let j = k + 2; j < hi && j <= k + 4; j++) if (STATEMENT_NOUNS.has(tokens[j]!.lower)) return true;
  return false;
}

/**
 * `Roe was blunt: “…”`, or a lead-in paragraph of its own (`Roe continued:` then the quotation
 * in the next paragraph): the subject of a lead-in sentence ending in a colon.
 */
export function colonLeadIn(ctx: DocumentContext, span: QuotedSpan): Attribution | null {
  const before = ctx.body.slice(0, span.start).trimEnd();
  if (!before.endsWith(':')) return null;
  const sentence = sentenceAt(ctx.sentences, before.length - 1);
  const opensParagraph = ctx.paragraphs[span.paragraph - 1]?.start === span.start;
  if (
    !sentence ||
    !(sentence.paragraph === span.paragraph || (opensParagraph && sentence.paragraph === span.paragraph - 1))
  )
    return null;
  const lo = ctx.tokenAt(sentence.start);
  const tokens = ctx.tokens;
  const colon = ctx.tokenAt(before.length - 1);
  // "Stated Roe:": the verb first, the speaker after it.
  if (isSpeechVerb(tokens, lo)) {
    const inverted = phraseAfter(tokens, lo + 1, colon);
    if (inverted) return { speaker: inverted, cue: lo };
  }
  // The clause nearest the colon: "When the crowd cheered, Roe called out:".
  for (let k = colon - 1; k >= lo; k--) {
    const t = tokens[k]!;
    if (t.pos !== 'VERB' && t.pos !== 'AUX' && !isSpeechVerb(tokens, k)) continue;
    const speaker = subjectBefore(tokens, k, lo);
    // "Roe made the following comment:": a phrase right after a verb is its object; the subject stands further left.
    const object =
      speaker && speaker.phrase.first > lo && ['VERB', 'AUX'].includes(tokens[speaker.phrase.first - 1]!.pos);
    if (speaker && !object) return { speaker, cue: k };
  }
  return nameLabel(tokens, ctx.tokenAt(Math.max(sentence.start, quotationBefore(ctx, span))), colon);
}

/** Where the text after the quotation before this one starts, so a label after it (`“…” Doe: “…”`) stands on its own. */
function quotationBefore(ctx: DocumentContext, span: QuotedSpan): number {
  return ctx.quoted.filter((q) => q.end <= span.start).at(-1)?.end ?? 0;
}

/**
 * `Roe: “…”`, `Rep. Jane Roe (D-Ore.): “…”`: a name alone before a colon labels the quotation
 * after it, as in transcripts and exchanges set out speaker by speaker.
 */
function nameLabel(tokens: readonly Token[], lo: number, colon: number): Attribution | null {
  const end = skipParenthetical(tokens, colon - 1, lo);
  if (end < lo || !isNamePart(tokens, end)) return null;
  const phrase = nounPhraseEndingAt(tokens, end, lo);
  return phrase && phrase.first === lo ? { speaker: { phrase, description: null }, cue: colon } : null;
}

/**
 * `Roe bemoaned a climate in which people “hate each other”`, `The ad targets a “rigged
 * system”`: a quotation in the predicate of a sentence with no verb of saying is the words of
 * the sentence's subject, the one whose view the sentence reports; or of the subject of a later
 * clause that holds the quotation, when that subject is someone who speaks (`The board met, and Roe
 * saw “…” in it`, `Doe backs the plan, although she sees “…”`, `Doe met Roe, who wants it “…”`).
 */
export function ownSentenceSubject(ctx: DocumentContext, span: QuotedSpan): Attribution | null {
  const main = mainClauseSubject(ctx, span);
  return main && (nearerClauseSubject(ctx, main.cue, ctx.tokenAt(span.start), main.lo) ?? main.attribution);
}

/** The subject of the sentence's main clause, before the quotation, with its verb and the sentence's first token. */
function mainClauseSubject(
  ctx: DocumentContext,
  span: QuotedSpan,
): { attribution: Attribution | null; cue: number; lo: number } | null {
  const sentence = sentenceAt(ctx.sentences, span.start);
  if (!sentence) return null;
  const { tokens } = ctx;
  const lo = ctx.tokenAt(sentence.start);
  const hi = ctx.tokenAt(span.start);
  for (let k = lo; k < hi; k++) {
    if (tokens[k]!.pos !== 'VERB' && tokens[k]!.pos !== 'AUX') continue;
    // "BOARD HAS APPROVED IT — The plan…": a verb in capitals belongs to a headline run into the sentence.
    if (/^\p{Lu}{2,}$/u.test(tokens[k]!.text)) return null;
    const speaker = subjectBefore(tokens, k, lo);
    if (!speaker || speaker.antecedent || !opensMainClause(tokens, speaker, lo)) continue;
    // With no verb of saying, a subject qualified by a place ("Few in the town expect …") is too loose a source.
    if (locatingPreposition(tokens, speaker.phrase) >= 0) continue;
    const head = tokens[speaker.phrase.last]!;
    const named = head.lower !== 'it' && !NOT_SPEAKERS.has(head.lower);
    return { attribution: named ? { speaker, cue: k } : null, cue: k, lo };
  }
  return null;
}

/**
 * `Roe hailed the deal as a “breakthrough.”`: the subject of a quoted fragment's sentence when it
 * names a person, whose words even a one-word fragment in the predicate most likely is. A fragment
 * that modifies the noun after it (`a “unity” lunch`) names a thing instead and has no speaker here.
 */
export function ownSentencePerson(ctx: DocumentContext, span: QuotedSpan): Attribution | null {
  const next = ctx.tokens[ctx.tokenAt(span.end)];
  if (next?.pos === 'NOUN' && /^\p{Ll}/u.test(next.text)) return null;
  const subject = mainClauseSubject(ctx, span)?.attribution;
  if (!subject) return null;
  const head = subject.speaker.phrase.last;
  return ctx.entities.entityAt({ first: head, last: head })?.kind === 'person' ? subject : null;
}

/**
 * `Roe said the club's “new look” would last`: a quotation with no attribution of its own, inside the
 * clause a sentence reports someone saying, is that reporter's words.
 */
export function enclosingStatement(ctx: DocumentContext, span: QuotedSpan): Attribution | null {
  const sentence = sentenceAt(ctx.sentences, span.start);
  if (!sentence) return null;
  const statement = findReportedSpeech(ctx, sentence).find(
    (r) => r.content.start <= span.start && span.end <= r.content.end,
  );
  return statement ? { speaker: statement.speaker, cue: statement.cue } : null;
}

/** Pronouns that stand for a thing or a situation, not someone who speaks. */
const NOT_SPEAKERS = new Set(['it', 'this', 'that', 'there', 'what']);
