import winkNLP, { type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import {
  ACCORDING,
  HONORIFICS,
  POSSESSIVE_PRONOUNS,
  PRONOUNS,
  QUOTE_VERBS,
  TITLES,
  TITLE_SMALL_WORDS,
} from './lexicon.js';
import { joinTitleAbbreviations } from './titleAbbreviations.js';

/**
 * Word tokens with part-of-speech tags and lemmas, located by offset in the text.
 *
 * wink-nlp tokenizes losslessly (tokens plus their preceding whitespace rebuild the
 * input exactly), so offsets are recovered by walking the input; a token that is
 * not found where expected is dropped rather than given a wrong offset.
 */
export interface Token {
  start: number;
  end: number;
  /** The token as it stands in the text: `text.slice(start, end)`. */
  text: string;
  /** Lower-case form, for lexicon lookups. */
  lower: string;
  /** Universal POS tag from wink's English model (NOUN, PROPN, VERB, PUNCT, ...). */
  pos: string;
  /** Lemma in lower case ("said" → "say", "warning" → "warn"). */
  lemma: string;
}

const nlp = winkNLP(model);

/**
 * The two token fields read here, as the plain functions wink calls them (its helpers use no `this`).
 * wink's types give `its.lemma` the add-ons in another parameter than `out` passes them; the English model provides them.
 */
const tokenFields = nlp.its as { pos: ItsFunction<string>; lemma: ItsFunction<string> };

/**
 * wink splits a possessive from its word ("Roe" "'s") except right before punctuation ("Roe's,"),
 * and then remembers the whole word for every later document of the process, so the same
 * sentence would be tokenized one way or the other depending on what was read before. wink is
 * given the text with a space between such a possessive and its punctuation, which it always
 * splits; the tokens are then found in the text itself.
 */
const POSSESSIVE_BEFORE_PUNCTUATION = /(\p{L}['’]s)(?=\p{P})/gu;

/** Tokenizes `text`; offsets are UTF-16 indices into `text`. */
export function tokenize(text: string): Token[] {
  if (text.length === 0) return [];
  const doc = nlp.readDoc(text.replace(POSSESSIVE_BEFORE_PUNCTUATION, '$1 '));
  const tokens = doc.tokens();
  const words: string[] = tokens.out();
  const tags = tokens.out(tokenFields.pos);
  const lemmas = tokens.out(tokenFields.lemma);
  const out: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    if (word.length === 0) continue;
    const start = text.startsWith(word, cursor) ? cursor : text.indexOf(word, cursor);
    if (start < 0) continue;
    const end = start + word.length;
    cursor = end;
    out.push({
      start,
      end,
      text: word,
      lower: word.toLowerCase(),
      pos: tags[i] ?? 'X',
      lemma: (lemmas[i] ?? word).toLowerCase(),
    });
  }
  return retagSpeechVerbs(retagNames(joinTitleAbbreviations(out)));
}

/** Tags of words the tagger gives to capitalized names that are also function words ("Will", "From"). */
const CLOSED_CLASS_TAGS: ReadonlySet<string> = new Set(['AUX', 'ADP', 'ADV', 'SCONJ', 'CCONJ']);

/** How many words on either side show whether a capitalized word stands in running text. */
const RUNNING_TEXT_REACH = 4;

/**
 * English capitalizes a word inside a sentence only when it is a proper noun, so a capitalized
 * word after another word of the same sentence ("said Skelly, …", "Bill Skelly, a data analyst",
 * "Concord resident") is a name, whatever the tagger made of it. Headlines capitalize every word,
 * so some lower-case word other than an article or preposition must stand nearby.
 */
function capitalizedInRunningText(tokens: readonly Token[], i: number): boolean {
  if (!afterWordOfSentence(tokens, i) && !(tokens[i - 1]?.end === tokens[i]!.start - 1 && afterQuotedClause(tokens, i)))
    return false;
  for (let k = Math.max(0, i - RUNNING_TEXT_REACH); k <= i + RUNNING_TEXT_REACH && k < tokens.length; k++) {
    const w = tokens[k]!;
    if (k !== i && /^\p{Ll}{2,}/u.test(w.text) && !TITLE_SMALL_WORDS.has(w.lower) && w.pos !== 'PART') return true;
  }
  return false;
}

/** Whether a word, a number or a comma of the same sentence stands right before token `i`, one space away. */
function afterWordOfSentence(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return prev !== undefined && prev.end === tokens[i]!.start - 1 && /[\p{L}\p{N},]$/u.test(prev.text);
}

/** `“…,” Blunt said`: the word right after a quotation that ends with a comma carries on the writer's sentence. */
function afterQuotedClause(tokens: readonly Token[], i: number): boolean {
  const mark = tokens[i - 1];
  return (
    mark !== undefined && /^(?:[”"]|'')$/u.test(mark.text) && tokens[i - 2]?.text === ',' && tokens[i]!.lower !== 'i'
  );
}

/** Words that open a description of the person just named: "Ted Roe, a boatbuilder", "Ted Roe, who …". */
const APPOSITIVE_OPENERS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'NUM']);

/**
 * "Ted Roe says …", "Ted Roe, a boatbuilder, …": at a sentence start, a capitalized word read as a verb, then
 * a proper noun, is a first name when the name is the subject of an inflected verb (adverbs may stand between:
 * "Ted Roe apparently thinks"; so may an insertion set off by commas: "Ted Roe, when asked, replied") or is
 * described after a comma ("Ted Roe, the mayor", "Ted Roe, who …").
 * The word is a bare form, as names are ("Said Roe, …" inverts a verb of saying). An imperative takes
 * a bare verb after its object ("Let Roe speak"), and no description ("Thank God, I …").
 */
function forenameOpening(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]!.lemma !== tokens[i]!.lower) return false;
  let j = i + 1;
  while (tokens[j]?.pos === 'PROPN' && tokens[j]!.start === tokens[j - 1]!.end + 1 && j <= i + 3) j++;
  if (j === i + 1) return false;
  if (tokens[j]?.text === ',') {
    const next = tokens[j + 1];
    if (next === undefined || !/^\p{Ll}/u.test(next.text)) return false;
    return APPOSITIVE_OPENERS.has(next.pos) || next.lower === 'who' || verbAfterInsertion(tokens, j + 1);
  }
  return j === i + 2 && inflectedVerbAt(tokens, j);
}

/** An inflected verb at `j`, after any adverbs ("thinks", "apparently thinks"). */
function inflectedVerbAt(tokens: readonly Token[], j: number): boolean {
  while (tokens[j]?.pos === 'ADV' && /^\p{Ll}/u.test(tokens[j]!.text)) j++;
  const verb = tokens[j];
  return (
    verb !== undefined &&
    (verb.pos === 'VERB' || verb.pos === 'AUX') &&
    verb.lower !== verb.lemma &&
    /^\p{Ll}/u.test(verb.text)
  );
}

/** How far an insertion set off by commas may run. */
const INSERTION_REACH = 25;

/** "Ted Roe, when asked …, replied": an insertion from `j` closed by a comma, then an inflected verb, in the same sentence. */
function verbAfterInsertion(tokens: readonly Token[], j: number): boolean {
  for (let k = j; k < j + INSERTION_REACH && k < tokens.length; k++) {
    const w = tokens[k]!;
    if (/^[.!?;:“”"]$/u.test(w.text) || w.text.includes('\n')) return false;
    if (w.text === ',') return inflectedVerbAt(tokens, k + 1);
  }
  return false;
}

/**
 * The tagger reads some surnames as verbs ("Hang", "Grab" in
 * `“…,” Hang said`). A capitalized word tagged as a verb is a name when a verb of
 * saying follows it (two finite verbs do not stand side by side), when a title or
 * honorific stands before it ("Sen. Hang", "Mr. Grab"), or when it stands mid-sentence
 * before another proper noun (a first name: "secretary Josh Roe"). A bare verb form before a title
 * noun is a noun modifier ("press secretary").
 */
function retagNames(tokens: Token[]): Token[] {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' || !/^\p{Lu}\p{Ll}/u.test(t.text)) continue;
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    const saying = next !== undefined && next.pos === 'VERB' && QUOTE_VERBS.has(next.lemma) && next.start === t.end + 1;
    // The tagger may split the period from an abbreviation it does not know ("Sens" ".").
    const title = prev?.text === '.' && tokens[i - 2]?.end === prev.start ? `${tokens[i - 2]!.lower}.` : prev?.lower;
    const titled = title !== undefined && (TITLES.has(title) || HONORIFICS.has(title));
    // Mid-sentence, a capitalized word before a proper noun is a first name ("secretary Ann Roe").
    const forename =
      afterWordOfSentence(tokens, i) && next !== undefined && next.pos === 'PROPN' && next.start === t.end + 1;
    if (saying || titled || forename || capitalizedInRunningText(tokens, i) || forenameOpening(tokens, i))
      tokens[i] = { ...t, pos: 'PROPN', lemma: t.lower };
  }
  for (let i = 0; i < tokens.length; i++) {
    // "said Will Doyle", "“…,” Will wrote", "“…,” From said": a capitalized modal or function word before a name or a past tense is a name.
    const t = tokens[i]!;
    if (!CLOSED_CLASS_TAGS.has(t.pos) || !/^\p{Lu}\p{Ll}/u.test(t.text) || t.lower === ACCORDING) continue;
    const next = tokens[i + 1];
    const pastSaying =
      next !== undefined &&
      next.pos === 'VERB' &&
      QUOTE_VERBS.has(next.lemma) &&
      next.lower !== next.lemma &&
      !next.lower.endsWith('ing');
    // A modal cannot take a past tense ("Will wrote"); a preposition before one is a name only after a quoted clause ("“…,” From said").
    // Only a modal opens a sentence as a first name ("Will Tarrow says"); "As Roe spoke" keeps its conjunction.
    const named =
      t.pos === 'AUX' ? pastSaying || forenameOpening(tokens, i) : pastSaying && afterQuotedClause(tokens, i);
    if (capitalizedInRunningText(tokens, i) || named) tokens[i] = { ...t, pos: 'PROPN', lemma: t.lower };
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    // "press secretary", "campaign manager": a bare verb form right before a title noun modifies it.
    const t = tokens[i]!;
    const next = tokens[i + 1]!;
    if (
      t.pos === 'VERB' &&
      t.lemma === t.lower &&
      next.pos === 'NOUN' &&
      TITLES.has(next.lower) &&
      next.start === t.end + 1
    ) {
      tokens[i] = { ...t, pos: 'NOUN' };
    }
  }
  return tokens;
}

/** The lemma of a verb of saying that an inflected form stands for ("notes" → "note", "alleged" → "allege"), if any. */
function sayingLemma(lower: string): string | undefined {
  const stems: string[] = [];
  if (lower.endsWith('s')) stems.push(lower.slice(0, -1), lower.slice(0, -2), `${lower.slice(0, -3)}y`);
  if (lower.endsWith('ed'))
    stems.push(lower.slice(0, -1), lower.slice(0, -2), lower.slice(0, -3), `${lower.slice(0, -3)}y`);
  if (lower.endsWith('ing')) stems.push(lower.slice(0, -3), `${lower.slice(0, -3)}e`, lower.slice(0, -4));
  return stems.find((stem) => stem.length > 2 && QUOTE_VERBS.has(stem));
}

/**
 * What opens the complement of a verb of saying: a quotation mark, a colon, a comma before a quotation
 * mark, or "that" before anything but a finite verb ("notes that the …", not the relative "remarks that were …").
 */
function opensSaid(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i];
  if (next === undefined) return false;
  // Plain comparisons, not a pattern: this runs for every noun of every article.
  const opensQuotation = (text: string | undefined): boolean => text === '“' || text === '"';
  if (next.text === ':' || opensQuotation(next.text)) return true;
  if (next.text === ',') return opensQuotation(tokens[i + 1]?.text);
  if (next.lower !== 'that') return false;
  const after = tokens[i + 1];
  const finite = after !== undefined && (after.pos === 'AUX' || (after.pos === 'VERB' && !after.lower.endsWith('ing')));
  return !finite;
}

/**
 * A verb of saying the tagger reads as a noun or an adjective ("Another notes that …", "The court, in
 * a filing, alleged that …", "which notes, “…”", "…, warning that …") is a verb when a subject stands
 * right before it (a personal or relative pronoun, a determiner opening its sentence, the comma that
 * closes a subject's insertion, or an adverb after a subject) and a said thing right after it; right
 * after a pronoun that is only ever a subject, whatever follows ("she also referenced the …"). A
 * possessive, an article or an adjective before it makes it a noun ("her claims that …"); after "and"
 * it may be either ("threats and claims that …"), and is left as tagged.
 */
function retagSpeechVerbs(tokens: Token[]): Token[] {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'NOUN' && t.pos !== 'ADJ') continue;
    let k = i - 1;
    while (k > 0 && tokens[k]!.pos === 'ADV') k--;
    const prev = tokens[k]!;
    const afterPronoun = (PRONOUNS.has(prev.lower) || prev.lower === 'who') && !t.lower.endsWith('ing');
    if (!afterPronoun && !(opensSaid(tokens, i + 1) && subjectStandsBefore(tokens, prev, k, i))) continue;
    // The word's own checks come last: the context above rules out nearly every noun first.
    if (!/^\p{Ll}+$/u.test(t.text)) continue;
    const lemma = sayingLemma(t.lower);
    if (lemma !== undefined) tokens[i] = { ...t, pos: 'VERB', lemma };
  }
  return tokens;
}

/** A subject stands at `k`, right before the word at `i` or before adverbs that precede it. */
function subjectStandsBefore(tokens: readonly Token[], prev: Token, k: number, i: number): boolean {
  // A determiner standing alone opens its sentence ("Another notes …"); before a noun it is that noun's ("those comments that …").
  const opening = prev.pos === 'DET' && k === i - 1 && /^[.!?]$|\n/u.test(tokens[k - 1]?.text ?? '.');
  return (
    (prev.pos === 'PRON' && !POSSESSIVE_PRONOUNS.has(prev.lower) && prev.lower !== 'your') ||
    prev.lower === 'which' ||
    opening ||
    prev.text === ',' ||
    (k < i - 1 && (prev.pos === 'NOUN' || prev.pos === 'PROPN'))
  );
}
