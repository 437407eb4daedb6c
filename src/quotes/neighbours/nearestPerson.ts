import { lowerBound, type DocumentContext } from '../context.js';
import type { Attribution } from '../attribution/attribution.js';
import { sentenceAt } from '../attribution/regions.js';
import type { QuotedSpan } from '../marks/quotationMarks.js';
import { LOCATIVE, type Entity } from '../naming/entities.js';

/*
 * The last resort for a quotation no rule attributes: the nearest person the narration names
 * around it. News writing names who speaks close to the words, so a named person in the
 * quotation's sentence, else in the sentence before it, is the likeliest speaker, and more
 * often right than no speaker at all.
 */

/** A name that can be someone who speaks: not an organisation, and not a place after "in", "at", "from". */
function isPersonMention(ctx: DocumentContext, entity: Entity, first: number, subject: boolean): boolean {
  if (entity.kind === 'organisation' || entity.kind === 'place') return false;
  const before = ctx.tokens[first - 1];
  const placed =
    before !== undefined &&
    (LOCATIVE.has(before.lower) || (before.pos === 'DET' && LOCATIVE.has(ctx.tokens[first - 2]?.lower ?? '')));
  return !placed && (subject || entity.kind === 'person' || entity.gender !== null || entity.words.length > 1);
}

/**
 * The person named in the quotation's own sentence before it, else the nearest after it, else the last
 * one named in the sentence before, in the same paragraph; null when there is none. Before the quotation,
 * the first name heading a subject is taken, else the first name: the sentence's subject is who speaks,
 * a name nearer the words is mostly what they are about (`Roe accused Doe of “…”`,
 * `Roe said Doe's plan “…”`). A quotation of several sentences is followed by the rest of the sentence
 * it closes in, not the one it opens.
 */
export function nearestPerson(ctx: DocumentContext, span: QuotedSpan): Attribution | null {
  const sentence = sentenceAt(ctx.sentences, span.start);
  if (!sentence) return null;
  const index = lowerBound(ctx.sentences.length, (i) => ctx.sentences[i]!.start, sentence.start);
  const previous = ctx.sentences[index - 1];
  const from = previous && previous.paragraph === sentence.paragraph ? previous.start : sentence.start;
  const closing = sentenceAt(ctx.sentences, span.end - 1);
  const to = closing && closing.paragraph === sentence.paragraph ? Math.max(closing.end, sentence.end) : sentence.end;
  // Mentions are in text order: look only at those from `from` to the sentence's end.
  const { mentions } = ctx.entities;
  const people: (typeof mentions)[number][] = [];
  for (
    let m = lowerBound(mentions.length, (i) => ctx.tokens[mentions[i]!.phrase.first]!.start, from);
    m < mentions.length;
    m++
  ) {
    const mention = mentions[m]!;
    if (ctx.tokens[mention.phrase.first]!.start >= to) break;
    if (!mention.quoted && isPersonMention(ctx, mention.entity, mention.phrase.first, mention.subject))
      people.push(mention);
  }
  const at = (m: (typeof people)[number]): number => ctx.tokens[m.phrase.first]!.start;
  const inSentence = people.filter((m) => at(m) < span.start && at(m) >= sentence.start);
  const before = inSentence.find((m) => m.subject) ?? inSentence[0];
  const after = people.find((m) => at(m) >= span.end);
  const earlier = people.filter((m) => at(m) < sentence.start).at(-1);
  const chosen = before ?? after ?? earlier;
  return chosen ? { speaker: { phrase: chosen.phrase, description: null }, cue: chosen.phrase.last } : null;
}
