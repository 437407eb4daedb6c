import { GENDERED_PRONOUNS, FEMININE_ROLES, MASCULINE_ROLES } from '../words/lexicon.js';
import type { Token } from '../words/tokens.js';
import type { Phrase } from '../phrases/nounPhrases.js';
import type { Entity, EntityTable, Gender } from './entities.js';

/**
 * A person's gender from the pronouns that refer to them, when no honorific or role word
 * tells it. Each gendered pronoun of the narration votes for the one person named in its
 * own sentence before it, or, when it opens a sentence, in the previous sentence as
 * subject ("Jane Roe runs the ferry. Her boats …", "Roe said she would stay"). The
 * majority of votes decides; a pronoun with two people in view does not vote.
 */
export function learnGenderFromPronouns(table: EntityTable, isQuoted: (offset: number) => boolean): void {
  const tokens = table.tokens;
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
      table.mentions.filter(
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
