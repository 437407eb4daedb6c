import {
  FEMININE_HONORIFICS,
  FEMININE_ROLES,
  GENDERED_PRONOUNS,
  MASCULINE_HONORIFICS,
  MASCULINE_ROLES,
} from '../words/lexicon.js';
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

/** The gender an honorific gives ("Mrs." is feminine); null for one that gives none ("Mx.") or none at all. */
export function genderOfHonorific(word: string | undefined): Gender | null {
  if (word === undefined) return null;
  return MASCULINE_HONORIFICS.has(word) ? 'masculine' : FEMININE_HONORIFICS.has(word) ? 'feminine' : null;
}

/**
 * The gender a role word gives: "a spokeswoman for the council" is feminine, and so is "the
 * first lady", whose noun is an honorific.
 */
function genderOfRole(tokens: readonly Token[], role: Phrase | null): Gender | null {
  if (!role) return null;
  for (let k = role.first; k <= role.last; k++) {
    const t = tokens[k]!;
    if (t.pos === 'ADP') break; // "spokesman for the Queen": the role ends at its preposition
    // A lower-case honorific is a noun of the role ("the first lady"); "Mrs. Roe's lawyer" is no woman.
    const noun = t.pos === 'NOUN' && t.text === t.lower;
    if (MASCULINE_ROLES.has(t.lower) || (noun && MASCULINE_HONORIFICS.has(t.lower))) return 'masculine';
    if (FEMININE_ROLES.has(t.lower) || (noun && FEMININE_HONORIFICS.has(t.lower))) return 'feminine';
  }
  return null;
}

/**
 * The gender the words around a name give: its title ("Congresswoman Jane Roe"), the appositive
 * after it ("Roe, a spokeswoman for …"), or the description it stands in apposition to.
 */
export function genderOfDescriptions(
  tokens: readonly Token[],
  title: Phrase | null,
  appositive: Phrase | null,
  name: number,
): Gender | null {
  return genderOfRole(tokens, title) ?? genderOfRole(tokens, appositive) ?? genderOfDescriptionBefore(tokens, name);
}

/** Words a description before a name may hold between its determiner and its noun: "the company's first". */
const DESCRIPTION_POS = new Set(['NOUN', 'ADJ', 'PROPN', 'PART', 'NUM']);

/**
 * The gender of the description a name stands in apposition to, set off by a comma before it:
 * "the first lady, Jane Roe", "his wife, Jane Roe", "the company's spokesman, John Roe". The
 * description opens with a determiner or a possessive that no preposition governs ("a letter
 * to the queen, John Roe …" tells nothing of Roe), and its gender is its noun's.
 */
function genderOfDescriptionBefore(tokens: readonly Token[], name: number): Gender | null {
  const noun = name - 2;
  if (tokens[name - 1]?.text !== ',' || tokens[noun]?.pos !== 'NOUN') return null;
  let k = noun - 1;
  while (k >= 0 && DESCRIPTION_POS.has(tokens[k]!.pos)) k--;
  const opener = tokens[k];
  if (!opener || (opener.pos !== 'DET' && opener.pos !== 'PRON') || tokens[k - 1]?.pos === 'ADP') return null;
  return genderOfRole(tokens, { first: noun, last: noun });
}
