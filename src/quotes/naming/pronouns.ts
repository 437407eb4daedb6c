import { LOCATIVE, type Entity, type EntityTable, type Gender } from './entities.js';

/*
 * Whom a personal pronoun in the narration stands for: a person agreeing in gender, an
 * organisation for "it", a named subject not known to be a person for "it" and "they".
 */

/**
 * The referent of a personal pronoun at token `i`: the nearest earlier mention in the
 * narration that can take the pronoun (a person for he/she, an organisation for it),
 * preferring a subject in the same or previous sentence, and agreeing in gender when known:
 * a subject known to agree comes before a nearer one whose gender is not known, except
 * the subject of the pronoun's own sentence.
 */
export function antecedent(
  table: EntityTable,
  i: number,
  want: 'masculine' | 'feminine' | 'thing' | 'group',
): Entity | null {
  const at = table.tokens[i]!.start;
  let fallback: Entity | null = null;
  let unknownGender: Entity | null = null;
  for (let m = table.mentions.length - 1; m >= 0; m--) {
    const mention = table.mentions[m]!;
    const start = table.tokens[mention.phrase.first]!.start;
    if (start >= at || mention.quoted) continue;
    const e = mention.entity;
    if (!compatible(e, want)) continue;
    if (at - start > 1500) break;
    // A person known to agree with the pronoun wins over a nearer one whose gender is unknown,
    // unless that one is the subject of the pronoun's own sentence ("Roe said he …").
    const sameSentence = !table.tokens
      .slice(mention.phrase.last, i)
      .some((t) => t.pos === 'PUNCT' && /^[.!?]$/u.test(t.text));
    if (mention.subject && (e.gender !== null || sameSentence || (want !== 'masculine' && want !== 'feminine')))
      return e;
    if (mention.subject) unknownGender ??= e;
    fallback ??= e;
  }
  return unknownGender ?? fallback;
}

/**
 * The referent of "he" or "she" at token `i` when no known person takes it: the nearest
 * earlier name in the narration that is not an organisation and does not disagree in
 * gender ("Jane Roe chairs the board. … she said", where the tagger read "Roe chairs"
 * as a name modifying a noun, so Roe was never classed as a person). "it" and "they" take the
 * nearest named subject that is neither a known person nor a known organisation.
 */
export function nearestNamed(table: EntityTable, i: number, want: Gender | 'thing' | 'group'): Entity | null {
  const at = table.tokens[i]!.start;
  for (let m = table.mentions.length - 1; m >= 0; m--) {
    const mention = table.mentions[m]!;
    const start = table.tokens[mention.phrase.first]!.start;
    if (start >= at || mention.quoted) continue;
    if (at - start > 1500) break;
    const e = mention.entity;
    if (want === 'thing' || want === 'group') {
      // "Factwatch looked into the rumour. On Monday they released …": a named subject not known to be a person.
      if (e.kind === 'unknown' && e.gender === null && mention.subject) return e;
      continue;
    }
    if (e.kind === 'organisation' || e.kind === 'place' || (e.gender !== null && e.gender !== want)) continue;
    // A place ("in New Eastport") is no speaker; a lone word must at least head a subject.
    const before = table.tokens[mention.phrase.first - 1];
    const placed =
      before !== undefined &&
      (LOCATIVE.has(before.lower) ||
        (before.pos === 'DET' && LOCATIVE.has(table.tokens[mention.phrase.first - 2]?.lower ?? '')));
    if (!placed && (e.kind === 'person' || e.words.length > 1 || mention.subject)) return e;
  }
  return null;
}

function compatible(e: Entity, want: 'masculine' | 'feminine' | 'thing' | 'group'): boolean {
  if (want === 'thing') return e.kind === 'organisation';
  if (want === 'group') return e.kind === 'organisation';
  if (e.kind !== 'person') return false;
  return e.gender === null || e.gender === want;
}
