import type { Span } from '../corpus/types.js';
import type { Token } from './tokens.js';
import {
  FEMININE_HONORIFICS,
  FEMININE_ROLES,
  GENDERED_PRONOUNS,
  HONORIFICS,
  MASCULINE_HONORIFICS,
  MASCULINE_ROLES,
  ORGANISATION_WORDS,
  TIME_WORDS,
  TITLES,
} from './lexicon.js';
import { isAppositive, isNamePart, splitTitle, type Phrase } from './nounPhrases.js';

export type EntityKind = 'person' | 'organisation' | 'unknown';
export type Gender = 'masculine' | 'feminine';

/** Someone or something named in a document, gathered from all the ways it is written. */
export interface Entity {
  id: number;
  kind: EntityKind;
  /** The fullest way the document writes the name ("Jane Roe" rather than "Roe"). */
  name: Span;
  /** Lower-case words of that name. */
  words: string[];
  /** How the document introduces the entity: a title before the name or an appositive after it. */
  role: Span | null;
  gender: Gender | null;
}

/** One place where an entity is named. */
export interface Mention {
  entity: Entity;
  /** Token range of the name itself (no title or honorific). */
  phrase: Phrase;
  /** The mention stands inside a quotation (the speaker's own words, not the narration). */
  quoted: boolean;
  /** The mention heads a subject: a verb follows it (after any appositive). */
  subject: boolean;
}

const LOCATIVE = new Set([
  'in',
  'at',
  'to',
  'from',
  'into',
  'across',
  'near',
  'throughout',
  'within',
  'outside',
  'inside',
  'toward',
  'towards',
  'around',
]);
const ACRONYM = /^\p{Lu}[\p{Lu}\d&.]+$/u;
const words = (tokens: readonly Token[], p: Phrase): string[] =>
  tokens
    .slice(p.first, p.last + 1)
    .filter((t) => /\p{L}/u.test(t.text))
    .map((t) => t.lower);
const spanOf = (tokens: readonly Token[], p: Phrase): Span => ({
  start: tokens[p.first]!.start,
  end: tokens[p.last]!.end,
});

/**
 * The named entities of one document and the rules that link a later, shorter mention
 * to an earlier, fuller one: a surname or first name alone ("Roe" → "Jane Roe"), and
 * a pronoun to the nearest compatible name before it.
 */
export class EntityTable {
  readonly entities: Entity[] = [];
  readonly mentions: Mention[] = [];

  constructor(
    private readonly tokens: readonly Token[],
    isQuoted: (offset: number) => boolean,
  ) {
    for (let i = 0; i < tokens.length; i++) {
      if (!isNamePart(tokens, i)) continue;
      let j = i;
      while (j + 1 < tokens.length && isNamePart(tokens, j + 1)) j++;
      // "Jane Roe (D-Ore.)": a bracketed label after a name annotates it; it names nobody.
      const close = tokens[j + 1]?.text === '.' ? tokens[j + 2] : tokens[j + 1];
      const bracketed = tokens[i - 1]?.text === '(' && /^\.?\)$/u.test(close?.text ?? '') && j - i <= 3;
      if (!bracketed) this.addRun({ first: i, last: j }, isQuoted(tokens[i]!.start));
      i = j;
    }
    this.learnGenderFromPronouns(isQuoted);
  }

  /** Registers a run of capitalized words as a mention, if it names something. */
  private addRun(run: Phrase, quoted: boolean): void {
    const tokens = this.tokens;
    const runTokens = tokens.slice(run.first, run.last + 1);
    if (!runTokens.some((t) => t.pos === 'PROPN')) return;
    if (runTokens.every((t) => TIME_WORDS.has(t.lower) || t.pos === 'PUNCT')) return;
    const { name, role } = splitTitle(tokens, run);
    if (!name) return;
    // The word before the name, past an article: "in the Middle East" reads as a place.
    const before = tokens[run.first - 1]?.pos === 'DET' ? tokens[run.first - 2] : tokens[run.first - 1];
    const honorific = runTokens.find((t) => HONORIFICS.has(t.lower))?.lower;
    const titled =
      runTokens.slice(0, name.first - run.first).some((t) => TITLES.has(t.lower)) || honorific !== undefined;
    const kind = this.classify(name, titled, before);
    const appositive = this.appositiveAfter(run.last);
    const entity = this.link(name, kind, quoted);
    if (!entity.role && !quoted)
      entity.role = role ? spanOf(tokens, role) : appositive ? spanOf(tokens, appositive) : null;
    if (entity.kind === 'unknown' && (titled || appositive)) entity.kind = 'person';
    if (honorific && !entity.gender) {
      entity.gender = MASCULINE_HONORIFICS.has(honorific)
        ? 'masculine'
        : FEMININE_HONORIFICS.has(honorific)
          ? 'feminine'
          : null;
    }
    if (!entity.gender && !quoted) entity.gender = genderOfRole(tokens, role) ?? genderOfRole(tokens, appositive);
    this.mentions.push({ entity, phrase: name, quoted, subject: this.isSubject(run.last) });
  }

  private classify(name: Phrase, titled: boolean, before: Token | undefined): EntityKind {
    const ws = words(this.tokens, name);
    const single = name.first === name.last ? this.tokens[name.first]! : null;
    if (ws.some((w) => ORGANISATION_WORDS.has(w)) || (single && ACRONYM.test(single.text))) return 'organisation';
    if (titled) return 'person';
    if (before && LOCATIVE.has(before.lower)) return 'unknown';
    if (this.tokens[name.last + 1]?.pos === 'NOUN') return 'unknown'; // a modifier: "Roe campaign"
    return ws.length >= 2 ? 'person' : 'unknown';
  }

  /** Finds the entity a name refers to, or creates it. */
  private link(name: Phrase, kind: EntityKind, quoted: boolean): Entity {
    const ws = words(this.tokens, name);
    const key = ws.join(' ');
    const exact = this.entities.find((e) => e.words.join(' ') === key);
    if (exact) return exact;
    if (ws.length === 1 && kind !== 'organisation') {
      const word = ws[0]!;
      const partial = this.lastEntity(
        (e) => e.kind !== 'organisation' && e.words.length > 1 && (e.words.at(-1) === word || e.words[0] === word),
      );
      if (partial) return partial;
    }
    const entity: Entity = {
      id: this.entities.length,
      kind,
      name: spanOf(this.tokens, name),
      words: ws,
      role: null,
      gender: null,
    };
    if (ws.length > 1 && kind !== 'organisation') {
      // A fuller name for someone first met by surname alone.
      const shorter = this.lastEntity(
        (e) => e.kind !== 'organisation' && e.words.length === 1 && e.words[0] === ws.at(-1),
      );
      if (shorter && !quoted) {
        shorter.name = entity.name;
        shorter.words = ws;
        shorter.kind = kind;
        return shorter;
      }
    }
    this.entities.push(entity);
    return entity;
  }

  /**
   * A person's gender from the pronouns that refer to them, when no honorific or role word
   * tells it. Each gendered pronoun of the narration votes for the one person named in its
   * own sentence before it, or, when it opens a sentence, in the previous sentence as
   * subject ("Jane Roe runs the ferry. Her boats …", "Roe said she would stay"). The
   * majority of votes decides; a pronoun with two people in view does not vote.
   */
  private learnGenderFromPronouns(isQuoted: (offset: number) => boolean): void {
    const tokens = this.tokens;
    const votes = new Map<Entity, { masculine: number; feminine: number }>();
    let previous = -1;
    let current = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if ((t.pos === 'PUNCT' && /^[.!?]$/u.test(t.text)) || t.pos === 'SPACE') {
        previous = current;
        current = i + 1;
        continue;
      }
      const gender = GENDERED_PRONOUNS.get(t.lower);
      if (!gender || isQuoted(t.start)) continue;
      const inView = (from: number, subjectOnly: boolean) =>
        this.mentions.filter(
          (m) =>
            !m.quoted &&
            m.entity.kind !== 'organisation' &&
            m.phrase.first >= from &&
            m.phrase.last < i &&
            (!subjectOnly || m.subject),
        );
      let named = inView(current, false);
      if (named.length === 0 && i === current && previous >= 0) named = inView(previous, true);
      const people = new Set(named.map((m) => m.entity));
      const [only] = people;
      if (people.size !== 1 || !only) continue;
      const tally = votes.get(only) ?? { masculine: 0, feminine: 0 };
      tally[gender]++;
      votes.set(only, tally);
    }
    for (const [entity, tally] of votes) {
      // Votes split both ways (a surname shared by two people read as one) leave the gender open.
      if (entity.gender || 3 * Math.min(tally.masculine, tally.feminine) >= Math.max(tally.masculine, tally.feminine))
        continue;
      entity.gender = tally.masculine > tally.feminine ? 'masculine' : 'feminine';
      if (entity.kind === 'unknown') entity.kind = 'person';
    }
  }

  private lastEntity(test: (e: Entity) => boolean): Entity | undefined {
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const e = this.mentions[i]!.entity;
      if (test(e)) return e;
    }
    return undefined;
  }

  /** ", director of the institute," right after a name. */
  private appositiveAfter(last: number): Phrase | null {
    const tokens = this.tokens;
    if (tokens[last + 1]?.text !== ',') return null;
    let end = last + 2;
    while (
      end < tokens.length &&
      tokens[end]!.text !== ',' &&
      !/^[.;:!?“”"]$/u.test(tokens[end]!.text) &&
      end - last < 28
    )
      end++;
    const inner = { first: last + 2, last: end - 1 };
    // An age ("Jane Roe, 30, said") sits where an appositive would but says nothing of a role.
    if (
      inner.last < inner.first ||
      !isAppositive(tokens, inner) ||
      (inner.first === inner.last && tokens[inner.first]!.pos === 'NUM')
    )
      return null;
    return inner;
  }

  private isSubject(last: number): boolean {
    let k = last + 1;
    const appositive = this.appositiveAfter(last);
    if (appositive) k = appositive.last + 2;
    const next = this.tokens[k];
    return next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADV');
  }

  /** The entity whose name includes the token range, if the range names one. */
  entityAt(phrase: Phrase): Entity | null {
    for (const m of this.mentions) {
      if (m.phrase.first <= phrase.last && phrase.first <= m.phrase.last) return m.entity;
    }
    return null;
  }

  /**
   * The referent of a personal pronoun at token `i`: the nearest earlier mention in the
   * narration that can take the pronoun (a person for he/she, an organisation for it),
   * preferring a subject in the same or previous sentence, and agreeing in gender when known:
   * a subject known to agree comes before a nearer one whose gender is not known, except
   * the subject of the pronoun's own sentence.
   */
  antecedent(i: number, want: 'masculine' | 'feminine' | 'thing' | 'group'): Entity | null {
    const at = this.tokens[i]!.start;
    let fallback: Entity | null = null;
    let unknownGender: Entity | null = null;
    for (let m = this.mentions.length - 1; m >= 0; m--) {
      const mention = this.mentions[m]!;
      const start = this.tokens[mention.phrase.first]!.start;
      if (start >= at || mention.quoted) continue;
      const e = mention.entity;
      if (!compatible(e, want)) continue;
      if (at - start > 1500) break;
      // A person known to agree with the pronoun wins over a nearer one whose gender is unknown,
      // unless that one is the subject of the pronoun's own sentence ("Roe said he …").
      const sameSentence = !this.tokens
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
  nearestNamed(i: number, want: Gender | 'thing' | 'group'): Entity | null {
    const at = this.tokens[i]!.start;
    for (let m = this.mentions.length - 1; m >= 0; m--) {
      const mention = this.mentions[m]!;
      const start = this.tokens[mention.phrase.first]!.start;
      if (start >= at || mention.quoted) continue;
      if (at - start > 1500) break;
      const e = mention.entity;
      if (want === 'thing' || want === 'group') {
        // "Factwatch looked into the rumour. On Monday they released …": a named subject not known to be a person.
        if (e.kind === 'unknown' && e.gender === null && mention.subject) return e;
        continue;
      }
      if (e.kind === 'organisation' || (e.gender !== null && e.gender !== want)) continue;
      // A place ("in New Eastport") is no speaker; a lone word must at least head a subject.
      const before = this.tokens[mention.phrase.first - 1];
      const placed =
        before !== undefined &&
        (LOCATIVE.has(before.lower) ||
          (before.pos === 'DET' && LOCATIVE.has(this.tokens[mention.phrase.first - 2]?.lower ?? '')));
      if (!placed && (e.kind === 'person' || e.words.length > 1 || mention.subject)) return e;
    }
    return null;
  }
}

/** The gender a role word gives: "a spokeswoman for the council" is feminine. */
function genderOfRole(tokens: readonly Token[], role: Phrase | null): Gender | null {
  if (!role) return null;
  for (let k = role.first; k <= role.last; k++) {
    const t = tokens[k]!;
    if (t.pos === 'ADP') break; // "spokesman for the Queen": the role ends at its preposition
    if (MASCULINE_ROLES.has(t.lower)) return 'masculine';
    if (FEMININE_ROLES.has(t.lower)) return 'feminine';
  }
  return null;
}

function compatible(e: Entity, want: 'masculine' | 'feminine' | 'thing' | 'group'): boolean {
  if (want === 'thing') return e.kind === 'organisation';
  if (want === 'group') return e.kind === 'organisation';
  if (e.kind !== 'person') return false;
  return e.gender === null || e.gender === want;
}
