import type { Attribution } from '../attribution/attribution.js';
import { subjectOfParticiple } from '../attribution/participles.js';
import { sentenceAt } from '../attribution/regions.js';
import type { DocumentContext } from '../context.js';
import { isNamePart, type SpeakerPhrase } from '../phrases/nounPhrases.js';
import { POSSESSIVE_PRONOUNS } from '../words/lexicon.js';
import { phraseAfter } from '../phrases/phraseAfter.js';
import { subjectBefore, subjectOfCoordinatedVerb } from '../phrases/subjects.js';
import type { Token } from '../words/tokens.js';
import type { QuotedSpan } from './quotationMarks.js';

/** Verbs that give something a name of their own: `called him a “…”`, `is nicknamed “…”`. Lemmas. */
const NAMING_VERBS: ReadonlySet<string> = new Set(['call', 'dub', 'label', 'brand', 'term', 'nickname']);

/** Verbs that name something with "as": `referred to her as “…”`, `dismissed them as “…”`. Lemmas. */
const NAMING_AS_VERBS: ReadonlySet<string> = new Set([
  ...NAMING_VERBS,
  'describe',
  'portray',
  'depict',
  'characterize',
  'characterise',
  'refer',
  'dismiss',
  'deride',
  'hail',
  'tout',
  'know',
  'identify',
]);

/** The most words an object may have between a naming verb and its complement: `called the governor's plan a “…”`. */
const MAX_OBJECT_TOKENS = 6;

const PERSONAL_PRONOUNS = new Set(['him', 'her', 'it', 'them', 'us', 'me', 'you', 'himself', 'herself', 'themselves']);

/**
 * A quoted word or phrase that a verb of naming gives to something: `Roe called the plan a “mess”`,
 * `what is called a “debate”`, `referred to him as a “reformer”`, `dismissing them as “cartel” members`.
 * The name is the namer's word, quoted, however short. A participle that names a thing before it
 * (`a film called “Blue Road”`, `a blog, called the “Feed”`) gives its title instead, and does not count.
 */
function namingVerbBefore(ctx: DocumentContext, span: QuotedSpan): number | null {
  const sentence = sentenceAt(ctx.sentences, span.start);
  if (!sentence) return null;
  const { tokens } = ctx;
  const lo = ctx.tokenAt(sentence.start);
  let k = skipModifiers(tokens, ctx.tokenAt(span.start) - 1, lo);
  const withAs = tokens[k]?.lower === 'as';
  if (withAs) k = skipModifiers(tokens, k - 1, lo);
  const verbs = withAs ? NAMING_AS_VERBS : NAMING_VERBS;
  for (let objectTokens = 0; k >= lo && objectTokens <= MAX_OBJECT_TOKENS; k--, objectTokens++) {
    const t = tokens[k]!;
    // "referred to him as", "refers to “…”": the verb before its preposition.
    const referTo = t.lower === 'to' && tokens[k - 1]?.lemma === 'refer';
    const verb = referTo ? k - 1 : k;
    if (isNamingVerb(tokens[verb]!, referTo ? NAMING_AS_VERBS : verbs)) {
      if (tokens[verb - 1]?.text === '-' || (objectTokens === 0 && !referTo && namesThingBefore(tokens, verb, lo)))
        return null;
      return verb;
    }
    if (!isObjectWord(t)) return null;
  }
  return null;
}

function isNamingVerb(t: Token, verbs: ReadonlySet<string>): boolean {
  return (t.pos === 'VERB' || (t.pos === 'NOUN' && /s$/u.test(t.lower))) && verbs.has(t.lemma);
}

/** Words of an object noun phrase: `him`, `the governor`, `Mexican immigrants, in particular,`. */
function isObjectWord(t: Token): boolean {
  if (PERSONAL_PRONOUNS.has(t.lower)) return true;
  return ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADV'].includes(t.pos) || t.text === ',' || t.lower === 'in';
}

/** Steps left over articles, adjectives and adverbs before a quotation: `a mere “…”`, `the so-called “…”`. */
function skipModifiers(tokens: readonly Token[], k: number, lo: number): number {
  let j = k;
  while (j >= lo && ['DET', 'ADJ', 'ADV'].includes(tokens[j]!.pos) && tokens[j]!.lower !== 'as') j--;
  return j;
}

/** `a film called “…”`, `The ad, entitled “…”`: a participle right after a noun or a comma names that thing. */
function namesThingBefore(tokens: readonly Token[], verb: number, lo: number): boolean {
  const before = tokens[verb - 1];
  if (verb <= lo || !before) return true;
  return before.pos === 'NOUN' || before.pos === 'PROPN' || before.pos === 'PUNCT';
}

/**
 * Whose name a quoted name is (see {@link namingVerbBefore}): the subject of the naming verb
 * (`Roe called him a “…”`, `…, calling it a “…”` through its participle clause), or the agent
 * of a passive one (`labeled a “…” by Roe`). A passive one without an agent (`what is called a
 * “…”`, `known as “…”`) gives a name nobody in particular is quoted for.
 */
function namingSpeaker(ctx: DocumentContext, verb: number, span: QuotedSpan, lo: number): CalledWords {
  const { tokens } = ctx;
  let k = verb - 1;
  while (k >= lo && (tokens[k]!.pos === 'ADV' || FLOATING_QUANTIFIERS.has(tokens[k]!.lower))) k--;
  // "— often labeled a “…” by Roe —": a participle with its agent after the name is passive without "be".
  const sentence = sentenceAt(ctx.sentences, span.start)!;
  const agent = agentAfter(ctx, span, ctx.tokenAt(sentence.end));
  if (agent) return { speaker: { speaker: agent, cue: verb }, unclaimed: false };
  const participle = !tokens[verb]!.lower.endsWith('ing');
  if ((participle && tokens[k]?.lemma === 'be' && !tokens[k]!.lower.endsWith('ing')) || tokens[verb]!.lower === 'known')
    return { speaker: null, unclaimed: true };
  const speaker = activeSubject(tokens, verb, k, lo);
  return { speaker: speaker && { speaker, cue: verb }, unclaimed: false };
}

/**
 * The subject of an active naming verb at `verb`, with `k` the word before it past adverbs: a participle
 * clause's subject, through an auxiliary participle too ("having referred to"), or a coordinated verb's.
 */
function activeSubject(tokens: readonly Token[], verb: number, k: number, lo: number): SpeakerPhrase | null {
  if (tokens[verb]!.lower.endsWith('ing')) return subjectOfParticiple(tokens, verb, lo);
  if (tokens[k]?.lower.endsWith('ing')) return subjectOfParticiple(tokens, k, lo);
  if (tokens[k]?.pos === 'CCONJ') return subjectOfConjunct(tokens, k, lo);
  return subjectBefore(tokens, k + 1, lo) ?? subjectOfCoordinatedVerb(tokens, verb, lo);
}

/** `… as a “…” by Roe`: the name in the "by" phrase right after the quotation. */
function agentAfter(ctx: DocumentContext, span: QuotedSpan, hi: number): SpeakerPhrase | null {
  const by = ctx.tokenAt(span.end);
  if (ctx.tokens[by]?.lower !== 'by') return null;
  const agent = phraseAfter(ctx.tokens, by + 1, hi);
  return agent && isNamePart(ctx.tokens, agent.phrase.last) ? agent : null;
}

/** Words that float between a plural subject and its verb: `the two papers each called it …`. */
const FLOATING_QUANTIFIERS = new Set(['each', 'both', 'all']);

/** `when Doe beat Roe on taxes and called him …`: the subject of the nearest verb before the conjunction. */
function subjectOfConjunct(tokens: readonly Token[], conjunction: number, lo: number): SpeakerPhrase | null {
  for (let u = conjunction - 1; u >= lo; u--) {
    const t = tokens[u]!;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    return t.lower.endsWith('ing') ? null : subjectBefore(tokens, u, lo);
  }
  return null;
}

/** Nouns for words called out together: `chants of “…”`, `cries of “…”`. */
const CHANT_NOUNS: ReadonlySet<string> = new Set(['chant', 'cry', 'shout', 'scream', 'yell', 'roar', 'call']);

/** `chants of “Ted! Ted!”`, `loud cries of “no”`: words a crowd calls out, however short or name-like. */
function chantNoun(ctx: DocumentContext, span: QuotedSpan): number | null {
  const k = ctx.tokenAt(span.start);
  const noun = ctx.tokens[k - 2];
  if (ctx.tokens[k - 1]?.lower !== 'of' || !noun || !CHANT_NOUNS.has(noun.lemma)) return null;
  // "Their chants of": after a determiner the tagger may read the noun as a verb.
  const before = ctx.tokens[k - 3];
  const nominal = noun.pos === 'NOUN' || before?.pos === 'DET' || POSSESSIVE_PRONOUNS.has(before?.lower ?? '');
  return nominal ? k - 2 : null;
}

/** How many words may stand between a verb and the chant it takes part in: `erupted in a chorus of boos and loud chants`. */
const MAX_CHANT_DISTANCE = 8;

/**
 * Who chants: the possessor (`their chants of “…”`), or the subject of the active verb the chant
 * follows (`Supporters broke into chants of “…”`); nobody for a passive one (`Roe was met with chants`).
 */
function chantSpeaker(ctx: DocumentContext, noun: number, lo: number): Attribution | null {
  const { tokens } = ctx;
  let k = noun - 1;
  while (k >= lo && tokens[k]!.pos === 'ADJ') k--;
  if (POSSESSIVE_PRONOUNS.has(tokens[k]?.lower ?? ''))
    return { speaker: { phrase: { first: k, last: k }, description: null }, cue: noun };
  for (; k >= lo && noun - k <= MAX_CHANT_DISTANCE; k--) {
    // "a chorus of booing and chants of": a gerund names a noise, not who makes it.
    if (tokens[k]!.pos !== 'VERB' || tokens[k]!.lower.endsWith('ing')) continue;
    let j = k - 1;
    while (j >= lo && tokens[j]!.pos === 'ADV') j--;
    if (tokens[j]?.lemma === 'be') return null;
    const speaker = subjectBefore(tokens, k, lo);
    return speaker ? { speaker, cue: k } : null;
  }
  return null;
}

/** Words someone called something or called out, and whose they are. */
export interface CalledWords {
  /** The namer, or the crowd that chants, when the sentence says who. */
  speaker: Attribution | null;
  /** Words nobody in particular is quoted for unless the sentence says whose: a crowd's chant, a name given in the passive. */
  unclaimed: boolean;
}

/**
 * Words quoted as what someone called something (`Roe called it a “mess”`) or as what a crowd
 * called out (`chants of “Ted! Ted!”`): someone's words, however short, even when capitalized like a
 * name. Null for other quotations.
 */
export function calledWords(ctx: DocumentContext, span: QuotedSpan): CalledWords | null {
  const sentence = sentenceAt(ctx.sentences, span.start);
  if (!sentence) return null;
  const lo = ctx.tokenAt(sentence.start);
  const noun = chantNoun(ctx, span);
  if (noun !== null) return { speaker: chantSpeaker(ctx, noun, lo), unclaimed: true };
  const verb = namingVerbBefore(ctx, span);
  return verb === null ? null : namingSpeaker(ctx, verb, span, lo);
}
