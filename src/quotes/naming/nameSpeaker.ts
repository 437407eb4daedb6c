import type { Span } from '../../corpus/types.js';
import type { DocumentContext } from '../context.js';
import type { Entity } from './entities.js';
import { antecedent, nearestNamed } from './pronouns.js';
import { acceptableRole } from './roles.js';
import { DOCUMENT_NOUNS, POSSESSIVE_PRONOUNS, PRONOUNS } from '../words/lexicon.js';
import { isPersonalPronoun, type Phrase, type SpeakerPhrase } from '../phrases/nounPhrases.js';
import type { Speaker } from '../types.js';
import { splitTitle } from '../phrases/titles.js';
import { locatingPreposition } from '../phrases/subjects.js';
import type { Token } from '../words/tokens.js';
import { describesPerson } from './roleHead.js';
import { DescriptionResolver } from './descriptions.js';

/** A name that is only a pronoun ("she", "I", "which"): it tells the reader nothing. */
const PRONOUN_NAME =
  /^(?:i|me|my|we|us|our|you|your|he|him|his|she|her|it|its|they|them|their|who|whom|whose|which|that)$/iu;

/** How far back, in characters, "it" may find the thing quoted before. */
const THING_REACH = 1500;

/** A phrase headed by a singular common noun that is not a person's: "the editorial", "a sign". */
function namesThing(tokens: readonly Token[], p: Phrase): boolean {
  const head = tokens[p.last]!;
  if (head.pos !== 'NOUN' || !/^\p{Ll}/u.test(head.text) || /s$/u.test(head.lower)) return false;
  return p.first < p.last && !describesPerson(tokens, p);
}

/**
 * Turns speaker phrases into speakers: the name to show, the role, and the mention.
 * Organisations are named as the document names them when they speak for themselves
 * ("The UN called …"), so one is collected from every speaker phrase first.
 */
export class SpeakerNamer {
  private readonly organisationNames = new Map<number, Span>();
  /** Every speaker phrase observed, the phrase a relative pronoun stands for in its place. */
  private readonly spoken: Phrase[] = [];
  private readonly descriptions: DescriptionResolver;

  constructor(private readonly ctx: DocumentContext) {
    this.descriptions = new DescriptionResolver(ctx.tokens, ctx.entities);
  }

  /** Notes how a phrase names an organisation, before any speaker is named. */
  observe(sp: SpeakerPhrase): void {
    const { tokens, entities } = this.ctx;
    this.spoken.push(sp.antecedent ?? sp.phrase);
    const { name } = splitTitle(tokens, sp.antecedent ?? sp.phrase);
    if (!name) return;
    const entity = entities.entityAt(name);
    if (entity?.kind === 'organisation' && !this.organisationNames.has(entity.id)) {
      this.organisationNames.set(entity.id, this.span(sp.antecedent ?? sp.phrase));
    }
  }

  /**
   * The speaker a phrase names, or null when it names nobody the reader could be shown:
   * a pronoun with no antecedent is an unknown speaker, never a speaker called "she".
   */
  name(sp: SpeakerPhrase): Speaker | null {
    const speaker = this.resolve(sp);
    return speaker && !PRONOUN_NAME.test(speaker.name) ? speaker : null;
  }

  private resolve(sp: SpeakerPhrase): Speaker | null {
    if (sp.antecedent) {
      // "Roe, who said …": named as the antecedent, mentioned by the relative pronoun.
      const named = this.resolve({ phrase: sp.antecedent, description: null });
      return named && { ...named, mention: this.span(sp.phrase) };
    }
    const { tokens, entities } = this.ctx;
    const head = tokens[sp.phrase.last]!;
    const mention = this.span(sp.phrase);
    if (isPersonalPronoun(head) || (sp.phrase.first === sp.phrase.last && POSSESSIVE_PRONOUNS.has(head.lower))) {
      const want = PRONOUNS.get(head.lower) ?? POSSESSIVE_PRONOUNS.get(head.lower);
      let entity = want && want !== 'self' ? antecedent(entities, sp.phrase.last, want) : null;
      // "he"/"she" with no known person in view: the nearest name before it that does not disagree.
      if (!entity && want && want !== 'self') entity = nearestNamed(entities, sp.phrase.last, want);
      if (entity) return this.entitySpeaker(entity, null, mention);
      // "“…,” it read.": with no organisation in view, "it" is the speaker before it when that is a thing ("the editorial").
      const thing = want === 'thing' ? this.thingBefore(sp.phrase.first) : null;
      return thing ? { ...this.phraseSpeaker({ phrase: thing, description: null }, this.span(thing)), mention } : null;
    }
    const { name, role } = splitTitle(tokens, sp.phrase);
    const entity = name ? entities.entityAt(name) : null;
    const located = locatingPreposition(tokens, sp.phrase);
    if (located >= 0 && entity?.kind !== 'person' && !DOCUMENT_NOUNS.has(tokens[located - 1]!.lower)) {
      // "Delegates in Philadelphia said": a place or an organisation after a place preposition says
      // where the speaker is; "Roe in a radio interview said" names Roe. A document "from" someone is theirs.
      const lead = { first: sp.phrase.first, last: located - 1 };
      const leadName = splitTitle(tokens, lead).name;
      if (leadName && entities.entityAt(leadName)?.kind === 'person')
        return this.resolve({ phrase: lead, description: sp.description });
      if (!DOCUMENT_NOUNS.has(head.lower)) return this.phraseSpeaker(sp, mention);
    }
    if (DOCUMENT_NOUNS.has(head.lower)) {
      // "A UN report from July noted …": the organisation behind the document speaks.
      for (let k = sp.phrase.first; k < sp.phrase.last; k++) {
        const organisation = entities.entityAt({ first: k, last: k });
        if (organisation?.kind === 'organisation') return this.entitySpeaker(organisation, null, mention);
      }
      return this.phraseSpeaker(sp, mention);
    }
    if (!name) {
      // "the Florida senator" after "Florida Sen. Jane Roe": named as Jane Roe, described as the article describes her here.
      const described = this.descriptions.personDescribed(sp.phrase);
      if (described) return this.entitySpeaker(described, this.role(sp.phrase) ?? this.role(sp.description), mention);
    }
    if (!name || !entity) return this.phraseSpeaker(sp, mention);
    if (entity.kind === 'organisation') return this.entitySpeaker(entity, this.role(sp.description), mention);
    return this.entitySpeaker(entity, this.role(sp.description) ?? this.role(role), this.span(name));
  }

  /** The speaker phrase observed last before token `i`, within a few paragraphs, when it names a thing. */
  private thingBefore(i: number): Phrase | null {
    const { tokens } = this.ctx;
    let last: Phrase | null = null;
    for (const p of this.spoken) if (p.last < i && (!last || p.first > last.first)) last = p;
    const near = last !== null && tokens[i]!.start - tokens[last.first]!.start <= THING_REACH;
    return near && namesThing(tokens, last!) ? last : null;
  }

  private entitySpeaker(entity: Entity, role: Span | null, mention: Span): Speaker {
    const nameSpan =
      entity.kind === 'organisation' ? (this.organisationNames.get(entity.id) ?? entity.name) : entity.name;
    const roleSpan = role ?? entity.role;
    return { name: this.slice(nameSpan), role: roleSpan ? this.slice(roleSpan) : null, mention };
  }

  /** A speaker named by a description rather than a name: "Terrorism experts", "the government". */
  private phraseSpeaker(sp: SpeakerPhrase, mention: Span): Speaker {
    const role = this.role(sp.description);
    return { name: this.slice(mention), role: role && this.slice(role), mention };
  }

  /** The part of a description or title that may be shown as a role (see roles.ts). */
  private role(p: Phrase | null): Span | null {
    const role = acceptableRole(this.ctx.tokens, this.ctx.body, p);
    return role && this.span(role);
  }

  private span(p: Phrase): Span {
    const { tokens } = this.ctx;
    return { start: tokens[p.first]!.start, end: tokens[p.last]!.end };
  }

  private slice(s: Span): string {
    return this.ctx.body.slice(s.start, s.end);
  }
}
