import { FEMININE_ROLES, GENDERED_PRONOUNS, MASCULINE_ROLES } from '../words/lexicon.js';
import type { Token } from '../words/tokens.js';
import type { Phrase } from '../phrases/nounPhrases.js';
import type { Entity, EntityTable, Gender, Mention } from './entities.js';

interface Tally {
  masculine: number;
  feminine: number;
}

/**
 * A person's gender from the pronouns that refer to them, when no honorific or role word
 * tells it. Each gendered pronoun of the narration votes for the one person named in its
 * own sentence before it, or, when it opens a sentence, in the previous sentence as
 * subject ("Jane Roe runs the ferry. Her boats …", "Roe said she would stay"). The
 * majority of votes decides; a pronoun with two people in view does not vote.
 *
 * The votes are read in document order, so that while the entity table is built each
 * person's gender is known from the text read so far ("Governor Roe … he said … Mrs. Roe"
 * is then someone else).
 */
export class PronounVotes {
  private readonly tallies = new Map<Entity, Tally>();
  /** The next token to read. */
  private next = 0;
  /** The first token of the sentence before and of the current one. */
  private previous = -1;
  private current = 0;
  /** How many mentions start before the next token. */
  private seen = 0;

  constructor(
    private readonly table: EntityTable,
    private readonly isQuoted: (offset: number) => boolean,
  ) {}

  /** Reads the tokens before `end`: every pronoun of the narration among them casts its vote. */
  readUpTo(end: number): void {
    const tokens = this.table.tokens;
    for (; this.next < end && this.next < tokens.length; this.next++) {
      const i = this.next;
      const t = tokens[i]!;
      if ((t.pos === 'PUNCT' && /^[.!?]$/u.test(t.text)) || t.pos === 'SPACE') {
        this.previous = this.current;
        this.current = i + 1;
        continue;
      }
      const gender = GENDERED_PRONOUNS.get(t.lower);
      if (!gender || this.isQuoted(t.start)) continue;
      let named = this.inView(i, this.current, false);
      if (named.length === 0 && i === this.current && this.previous >= 0) named = this.inView(i, this.previous, true);
      const people = new Set(named.map((m) => m.entity));
      const [only] = people;
      if (people.size !== 1 || !only) continue;
      const tally = this.tallies.get(only) ?? { masculine: 0, feminine: 0 };
      tally[gender]++;
      this.tallies.set(only, tally);
    }
  }

  /** The gender the votes read so far give an entity: null when there are none, or they split both ways. */
  genderOf(entity: Entity, least = 1): Gender | null {
    const tally = this.tallies.get(entity);
    // Votes split both ways (a surname shared by two people read as one) leave the gender open.
    const most = tally ? Math.max(tally.masculine, tally.feminine) : 0;
    if (!tally || most < least || 3 * Math.min(tally.masculine, tally.feminine) >= most) return null;
    return tally.masculine > tally.feminine ? 'masculine' : 'feminine';
  }

  /** Gives every entity whose gender nothing else told the gender its votes decide. */
  settle(): void {
    for (const entity of this.tallies.keys()) {
      const gender = this.genderOf(entity);
      if (entity.gender || !gender) continue;
      entity.gender = gender;
      if (entity.kind === 'unknown') entity.kind = 'person';
    }
  }

  /** The mentions of the narration, not of organisations, between token `from` and the pronoun at `i`. */
  private inView(i: number, from: number, subjectOnly: boolean): Mention[] {
    const mentions = this.table.mentions;
    while (this.seen < mentions.length && mentions[this.seen]!.phrase.first < i) this.seen++;
    const named: Mention[] = [];
    for (let k = this.seen - 1; k >= 0 && mentions[k]!.phrase.first >= from; k--) {
      const m = mentions[k]!;
      if (!m.quoted && m.entity.kind !== 'organisation' && m.phrase.last < i && (!subjectOnly || m.subject))
        named.push(m);
    }
    return named;
  }
}

/** Settles the gender of every entity of a finished table from all the pronouns of its document. */
export function learnGenderFromPronouns(table: EntityTable, isQuoted: (offset: number) => boolean): void {
  const votes = new PronounVotes(table, isQuoted);
  votes.readUpTo(table.tokens.length);
  votes.settle();
}

/** The gender a role word gives: "a spokeswoman for the council" is feminine. */
export function genderOfRole(tokens: readonly Token[], role: Phrase | null): Gender | null {
  if (!role) return null;
  for (let k = role.first; k <= role.last; k++) {
    const t = tokens[k]!;
    if (t.pos === 'ADP') break; // "spokesman for the Queen": the role ends at its preposition
    if (MASCULINE_ROLES.has(t.lower)) return 'masculine';
    if (FEMININE_ROLES.has(t.lower)) return 'feminine';
  }
  return null;
}
