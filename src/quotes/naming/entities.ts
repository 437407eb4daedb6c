import type { Span } from '../../corpus/types.js';
import type { Token } from '../words/tokens.js';
import { HONORIFICS, ORGANISATION_WORDS, TIME_WORDS, TITLES } from '../words/lexicon.js';
import { isNamePart, type Phrase } from '../phrases/nounPhrases.js';
import { acceptableRole } from './roles.js';
import { genderOfDescriptions, genderOfHonorific, learnGenderFromPronouns, PronounVotes } from './gender.js';
import { isAppositive } from '../phrases/appositives.js';
import { joinsOrganisationName, splitTitle } from '../phrases/titles.js';
import { isPlaceName } from '../words/places.js';
import { titleCaseLines, within } from '../words/headlines.js';

type EntityKind = 'person' | 'organisation' | 'place' | 'unknown';
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
  /** The mention heads a subject: a verb follows it (after any appositive), outside a headline. */
  subject: boolean;
  /** The mention reads as a place: "in Ohio", "across the Midwest". */
  located: boolean;
  /** The description set off by commas right after the name: ", a senator from Maine,". */
  appositive: Phrase | null;
}

export const LOCATIVE = new Set([
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
/** Prepositions after which a name is a place ("in Ohio"): unlike "to" or "from", rarely before a person. */
const PLACE_PREPOSITIONS = new Set(['in', 'across', 'throughout', 'near', 'into', 'within', 'outside', 'inside']);
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
  /** Entities some mention gives a title or an honorific: people, whatever else the text says. */
  private readonly titledEntities = new Set<Entity>();
  /** The pronouns read so far, while the table is built. */
  private readonly votes: PronounVotes;
  /** Whom an honorific and a surname ("Mr. Roe") last stood for, keyed by the honorific's gender and the surname. */
  private readonly honorificNames = new Map<string, Entity>();

  constructor(
    readonly tokens: readonly Token[],
    private readonly body: string,
    isQuoted: (offset: number) => boolean,
  ) {
    this.votes = new PronounVotes(this, isQuoted);
    const headlines = titleCaseLines(body);
    for (let i = 0; i < tokens.length; i++) {
      if (!isNamePart(tokens, i)) continue;
      let j = i;
      // "the Bureau of Labor Statistics" is one name.
      while (j + 1 < tokens.length && (isNamePart(tokens, j + 1) || joinsOrganisationName(tokens, j + 1))) j++;
      // "Jane Roe (D-Ore.)": a bracketed label after a name annotates it; it names nobody.
      const close = tokens[j + 1]?.text === '.' ? tokens[j + 2] : tokens[j + 1];
      const bracketed = tokens[i - 1]?.text === '(' && /^\.?\)$/u.test(close?.text ?? '') && j - i <= 3;
      this.votes.readUpTo(i);
      if (!bracketed)
        this.addRun({ first: i, last: j }, isQuoted(tokens[i]!.start), within(headlines, tokens[i]!.start));
      i = j;
    }
    this.findPlaces();
    learnGenderFromPronouns(this, isQuoted);
  }

  /**
   * Classes as a place every entity named as a country or a US state, or that the narration names
   * after a place preposition ("in the Midwest") under its full name, unless a title or honorific
   * marks it as a person: a place is never the antecedent of "he" or "she", nor a person in view of
   * a quotation.
   */
  private findPlaces(): void {
    const located = new Set<Entity>(this.entities.filter((e) => isPlaceName(e.words)));
    for (const m of this.mentions) {
      if (m.located && !m.quoted && words(this.tokens, m.phrase).join(' ') === m.entity.words.join(' '))
        located.add(m.entity);
    }
    for (const e of located) if (e.kind !== 'organisation' && !this.titledEntities.has(e)) e.kind = 'place';
    // "Trump" after "Trump Tower" was linked to the tower as a short form of its name: one word of a
    // place's name alone names whoever else bears it, or someone not yet known.
    const strays = new Map<string, Entity>();
    this.mentions.forEach((m, index) => {
      const ws = words(this.tokens, m.phrase);
      if (m.entity.kind !== 'place' || ws.length !== 1 || ws[0] === m.entity.words.join(' ')) return;
      const word = ws[0]!;
      const bearer = this.lastEntity(
        (e) => e.kind !== 'organisation' && e.kind !== 'place' && e.words.includes(word),
        index,
      );
      const place = m.entity;
      m.entity = bearer ?? strays.get(word) ?? this.newEntity(m.phrase, 'unknown');
      // A role the place took from this mention's appositive ("Roe, the owner,") is the person's.
      m.entity.role ??= place.role;
      place.role = null;
      strays.set(word, m.entity);
    });
  }

  /** Registers a run of capitalized words as a mention, if it names something; in a headline, as no subject. */
  private addRun(run: Phrase, quoted: boolean, inHeadline: boolean): void {
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
    const honorificGender = genderOfHonorific(honorific);
    const roleGender = genderOfDescriptions(tokens, role, appositive, run.first);
    // "Mr. Roe" goes on standing for the man it stood for, whoever else of that surname is named since.
    const key = honorificGender && name.first === name.last ? `${honorificGender} ${tokens[name.first]!.lower}` : null;
    const called = key ? this.honorificNames.get(key) : undefined;
    const entity =
      called?.gender === honorificGender ? called : this.link(name, kind, quoted, honorificGender ?? roleGender);
    if (key) this.honorificNames.set(key, entity);
    const shown = acceptableRole(tokens, this.body, role) ?? acceptableRole(tokens, this.body, appositive);
    if (!entity.role && !quoted && shown) entity.role = spanOf(tokens, shown);
    if (entity.kind === 'unknown' && (titled || appositive)) entity.kind = 'person';
    entity.gender ??= honorificGender;
    if (!entity.gender && !quoted) entity.gender = roleGender;
    if (titled) this.titledEntities.add(entity);
    this.mentions.push({
      entity,
      phrase: name,
      quoted,
      subject: this.isSubject(run.last) && !inHeadline,
      located: this.isLocated(run, before),
      appositive,
    });
  }

  /** "in Ohio", "in the Midwest": a name standing for a place; `before` is the word before it, past an article. */
  private isLocated(run: Phrase, before: Token | undefined): boolean {
    const next = this.tokens[run.last + 1];
    // "in Roe's office", "in the Roe campaign": the name modifies what the place is.
    if (next && (next.pos === 'NOUN' || next.pos === 'PART' || /^['’]s?$/u.test(next.text))) return false;
    return before !== undefined && PLACE_PREPOSITIONS.has(before.lower);
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

  /**
   * Finds the entity a name refers to, or creates it; `gender` is what the name's honorific or
   * role tells. A surname after an honorific ("Mr. Roe") is the last person of that surname known
   * to be of the honorific's gender, else the last one whose gender is not known. A name never
   * stands for someone known, from the text read so far, to be of the other gender: "Mrs. Roe"
   * after "Governor Roe … he said" is someone else, and so is "his wife, Jane Roe".
   */
  private link(name: Phrase, kind: EntityKind, quoted: boolean, gender: Gender | null): Entity {
    const ws = words(this.tokens, name);
    const key = ws.join(' ');
    const known = (e: Entity): Gender | null => e.gender ?? this.votes.genderOf(e, 2);
    const agrees = (e: Entity): boolean => gender === null || known(e) === null || known(e) === gender;
    const exact = this.entities.find((e) => e.words.join(' ') === key && agrees(e));
    if (exact) return exact;
    if (ws.length === 1 && kind !== 'organisation') {
      const word = ws[0]!;
      const bears = (e: Entity): boolean =>
        e.kind !== 'organisation' && e.words.length > 1 && (e.words.at(-1) === word || e.words[0] === word);
      const partial =
        (gender && this.lastEntity((e) => bears(e) && e.gender === gender)) ??
        this.lastEntity((e) => bears(e) && (gender === null || e.gender === null) && agrees(e));
      if (partial) return partial;
    }
    if (ws.length > 1 && kind !== 'organisation') {
      // A fuller name for someone first met by surname alone.
      const shorter = this.lastEntity(
        (e) => e.kind !== 'organisation' && e.words.length === 1 && e.words[0] === ws.at(-1) && agrees(e),
      );
      if (shorter && !quoted) {
        shorter.name = spanOf(this.tokens, name);
        shorter.words = ws;
        shorter.kind = kind;
        return shorter;
      }
    }
    return this.newEntity(name, kind);
  }

  private newEntity(name: Phrase, kind: EntityKind): Entity {
    const entity: Entity = {
      id: this.entities.length,
      kind,
      name: spanOf(this.tokens, name),
      words: words(this.tokens, name),
      role: null,
      gender: null,
    };
    this.entities.push(entity);
    return entity;
  }

  /** The entity of the last mention before `before` (by default, of all) whose entity passes `test`. */
  private lastEntity(test: (e: Entity) => boolean, before = this.mentions.length): Entity | undefined {
    for (let i = before - 1; i >= 0; i--) {
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
}
