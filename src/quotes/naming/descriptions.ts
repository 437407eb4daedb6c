import type { Token } from '../words/tokens.js';
import { isModifier, type Phrase } from '../phrases/nounPhrases.js';
import { HONORIFICS, TITLES } from '../words/lexicon.js';
import type { Entity, EntityTable, Mention } from './entities.js';
import { describesPerson, headOf } from './roleHead.js';

/*
 * A definite description that stands for a person the article named before: "the Florida
 * senator" after "Florida Sen. Jane Roe" is Jane Roe. Resolved only when exactly one person
 * named earlier was given a title or a role with the same office, and every word that says which
 * holder of that office is meant ("Florida", "former", "minority") stands in that title or role
 * or right around the person's first naming.
 */

/** Abbreviations and other words for the same office. */
const SAME_OFFICE: ReadonlyMap<string, string> = new Map([
  ['sen', 'senator'],
  ['gov', 'governor'],
  ['rep', 'representative'],
  ['congressman', 'representative'],
  ['congresswoman', 'representative'],
  ['pres', 'president'],
  ['lt', 'lieutenant'],
]);

/** Words before a title that make it another office: a vice president is not a president. */
const OFFICE_PREFIXES = new Set(['vice', 'deputy', 'assistant', 'associate', 'lieutenant', 'lt', 'lt.']);

/** Lower-case adjectives that still say which holder of an office is meant: "the former president". */
// prettier-ignore
const DISTINGUISHING = new Set([
  'former', 'ex', 'then', 'late', 'retired', 'acting', 'interim', 'outgoing', 'incoming', 'vice', 'deputy',
  'assistant', 'associate', 'lieutenant',
]);

const INDEFINITE = new Set(['a', 'an', 'another']);
/** At most this many words of a title before a name ("Republican presidential candidate"). */
const MAX_TITLE_WORDS = 6;
/** How many tokens before and after a person's first naming still describe it ("Florida's Jane Roe", "Jane Roe of Florida"). */
const NAMING_REACH = { before: 3, after: 4 };
const SENTENCE_BREAK = /^[.!?;“”"]$/u;

const bare = (word: string): string => word.replace(/\.$/u, '');
const office = (word: string): string => SAME_OFFICE.get(bare(word)) ?? bare(word);
const capitalized = (t: Token): boolean => /^\p{Lu}/u.test(t.text);

/** The office a title or role names: its head, with a prefix that changes it ("vice president"). */
function officeOf(tokens: readonly Token[], p: Phrase): string | null {
  const head = headOf(tokens, p);
  if (!head) return null;
  let h = p.last;
  while (h > p.first && tokens[h] !== head) h--;
  const before = h > p.first ? tokens[h - 1]!.lower : '';
  return OFFICE_PREFIXES.has(before) ? `${office(before)} ${office(head.lower)}` : office(head.lower);
}

/** Whether token `k` may stand in a title before a name: "Florida Sen.", "former Secretary of State". */
function inTitle(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.lower === 'of') return TITLES.has(tokens[k - 1]?.lower ?? '') && capitalized(tokens[k + 1]!);
  return isModifier(t) || TITLES.has(t.lower) || (t.text === '-' && tokens[k - 1]?.end === t.start);
}

/** The title written right before a name, past any honorific: "Florida Sen." in "Florida Sen. Jane Roe". */
function titleBefore(tokens: readonly Token[], name: Phrase): Phrase | null {
  let last = name.first - 1;
  while (last >= 0 && HONORIFICS.has(tokens[last]!.lower)) last--;
  let first = last + 1;
  while (first - 1 >= 0 && last - first + 1 < MAX_TITLE_WORDS && inTitle(tokens, first - 1)) first--;
  const title = { first, last };
  return first <= last && describesPerson(tokens, title) ? title : null;
}

/** What the article says a person is, gathered from the mentions before a point. */
interface Described {
  offices: Set<string>;
  /** Lower-case words of those titles and roles, and around the person's first naming. */
  words: Set<string>;
}

/** Resolves definite descriptions to the people of one document's entity table. */
export class DescriptionResolver {
  private readonly descriptions = new Map<Mention, Phrase[]>();

  constructor(
    private readonly tokens: readonly Token[],
    private readonly entities: EntityTable,
  ) {}

  /**
   * The person a definite description ("the Florida senator", "The former president") stands for,
   * or null when it is not one, or when no single person named before it fits. "The president" is
   * resolved only when one person in the whole article is titled president.
   */
  personDescribed(p: Phrase): Entity | null {
    const { tokens } = this;
    const head = tokens[p.last]!;
    if (tokens[p.first]!.lower !== 'the' || p.last === p.first || !/^\p{Ll}/u.test(head.text)) return null;
    if (/[^s]s$/u.test(head.lower) || headOf(tokens, p) !== head || !describesPerson(tokens, p)) return null;
    const modifiers = tokens.slice(p.first + 1, p.last);
    if (!modifiers.every((t) => isModifier(t) || TITLES.has(t.lower) || t.text === '-')) return null;
    const wanted = officeOf(tokens, p);
    if (!wanted) return null;
    const required = modifiers
      .filter((t) => capitalized(t) || t.pos === 'NOUN' || DISTINGUISHING.has(t.lower))
      .map((t) => bare(t.lower));
    const fits: Entity[] = [];
    for (const [entity, said] of this.describedBefore(p.first)) {
      if (said.offices.has(wanted) && required.every((w) => said.words.has(w))) fits.push(entity);
    }
    const person = fits.length === 1 ? fits[0]! : null;
    if (!person || this.introducedSince(person, p.first, office(head.lower))) return null;
    if (wanted === 'president' && this.titledPresidents().size !== 1) return null;
    return person;
  }

  /**
   * Whether someone else was introduced after the last naming of `person` and before token `before`:
   * a person named with a title or a role ("“Tides” star Jane Roe … the actress" may be Roe, whatever
   * title an actress named earlier had), or an unnamed one of the same office ("a senior official
   * said …, the official added").
   */
  private introducedSince(person: Entity, before: number, head: string): boolean {
    const { mentions } = this.entities;
    let last = -1;
    for (let i = 0; i < mentions.length && mentions[i]!.phrase.last < before; i++) {
      if (mentions[i]!.entity === person) last = i;
    }
    for (let i = last + 1; i < mentions.length && mentions[i]!.phrase.last < before; i++) {
      const m = mentions[i]!;
      if (m.entity.kind === 'organisation' || m.entity.kind === 'place') continue;
      if (this.describe(m).some((d) => d.last < before)) return true;
    }
    const lastNaming = last >= 0 ? mentions[last]! : null;
    const from = lastNaming ? Math.max(lastNaming.phrase.last, lastNaming.appositive?.last ?? -1) + 1 : 0;
    for (let k = from; k < before; k++) if (office(this.tokens[k]!.lower) === head && this.indefinite(k)) return true;
    return false;
  }

  /** Whether the noun at `k` heads an indefinite phrase: "a senior official", "another aide". */
  private indefinite(k: number): boolean {
    const { tokens } = this;
    let j = k - 1;
    while (j >= 0 && (isModifier(tokens[j]!) || tokens[j]!.text === '-')) j--;
    return j >= 0 && INDEFINITE.has(tokens[j]!.lower);
  }

  /** Every person named before token `before`, with the offices and words the article gave them. */
  private describedBefore(before: number): Map<Entity, Described> {
    const people = new Map<Entity, Described>();
    for (const m of this.entities.mentions) {
      if (m.phrase.last >= before) break;
      if (m.entity.kind === 'organisation' || m.entity.kind === 'place') continue;
      let said = people.get(m.entity);
      if (!said) {
        said = { offices: new Set(), words: new Set(this.wordsAround(m, before)) };
        people.set(m.entity, said);
      }
      // "In Eastport, the senator said": an appositive that runs into the description is no role.
      for (const d of this.describe(m).filter((d) => d.last < before)) {
        const named = officeOf(this.tokens, d);
        if (named) said.offices.add(named);
        for (let k = d.first; k <= d.last; k++) said.words.add(bare(this.tokens[k]!.lower));
      }
    }
    return people;
  }

  /** The people any mention in the article gives the title or role of president. */
  private titledPresidents(): Set<Entity> {
    const presidents = new Set<Entity>();
    for (const m of this.entities.mentions) {
      if (this.describe(m).some((d) => officeOf(this.tokens, d) === 'president')) presidents.add(m.entity);
    }
    return presidents;
  }

  /** The title before a mention and the appositive after it. */
  private describe(m: Mention): Phrase[] {
    let found = this.descriptions.get(m);
    if (!found) {
      found = [titleBefore(this.tokens, m.phrase), m.appositive].filter((d): d is Phrase => d !== null);
      this.descriptions.set(m, found);
    }
    return found;
  }

  /** Lower-case words of a naming and the few tokens around it, within its sentence and before token `before`. */
  private wordsAround(m: Mention, before: number): string[] {
    const { tokens } = this;
    const [title, appositive] = [titleBefore(tokens, m.phrase), m.appositive];
    let first = title?.first ?? m.phrase.first;
    let last = Math.max(appositive?.last ?? m.phrase.last, m.phrase.last);
    for (let n = 0; n < NAMING_REACH.before && first > 0 && !SENTENCE_BREAK.test(tokens[first - 1]!.text); n++) first--;
    for (
      let n = 0;
      n < NAMING_REACH.after && last + 1 < tokens.length && !SENTENCE_BREAK.test(tokens[last + 1]!.text);
      n++
    )
      last++;
    return tokens.slice(first, Math.min(last + 1, before)).map((t) => bare(t.lower));
  }
}
