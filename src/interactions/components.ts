import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';
import type { CorpusDocument } from '../corpus/types.js';
import type { Engine } from '../engine/engine.js';
import { passageRef } from '../answer/passageRef.js';
import type { Result } from '../answer/types.js';
import { DISCORD_LIMITS } from '../render/limits.js';
import type { Page } from '../render/renderListings.js';
import { readInContextUrl } from './textFragment.js';

type Row = APIActionRowComponent<APIButtonComponent>;

/**
 * Buttons under an answer. Each carries what it needs in its custom id (at most 100
 * characters), so any process or shard can answer a click without remembering anything:
 * `more:<ref>,<ref>` the passages still to show, `closest:<ref>,<ref>` the passages that
 * come closest to a question with no answer, `context:<ref>` the passage whose paragraph
 * to show, `share:<ref>,<ref>` the passages of a private answer to post for everyone,
 * `list:<listing>:<page>:<article>:<speaker>` a page of a listing, and
 * `show:…` the same from an article's card (a new message rather than the next page).
 * A reference is about a dozen characters (see `passageRef`).
 */
const BUTTON = {
  more: 'more',
  closest: 'closest',
  context: 'context',
  share: 'share',
  list: 'list',
  show: 'show',
} as const;

/** The listings that page: quotes, speakers, articles. */
export type Listing = 'q' | 's' | 'a';

export interface ListingState {
  listing: Listing;
  page: number;
  /** Position of the article in the corpus, when the listing is about one. */
  article: number | null;
  speaker: string | null;
}

export type ParsedButton =
  | { kind: 'more' | 'closest' | 'context' | 'share'; refs: string[] }
  | ({ kind: 'list' | 'show'; refs: [] } & ListingState);

const button = (style: ButtonStyle.Primary | ButtonStyle.Secondary, label: string, id: string): APIButtonComponent => ({
  type: ComponentType.Button,
  style,
  label,
  custom_id: id,
});

const row = (buttons: APIButtonComponent[]): Row[] =>
  buttons.length > 0 ? [{ type: ComponentType.ActionRow, components: buttons }] : [];

/**
 * "More" plus a "Context" button per shown paragraph, within one row of five; under a
 * private answer, a second row with "Share", and for passages of an article with a url,
 * "Read in context" links. Under a question with no answer, "Closest passages" when
 * `options.closest` has some.
 */
export function answerButtons(
  engine: Engine,
  shown: readonly Result[],
  rest: readonly Result[],
  options: { share?: boolean; context?: boolean; closest?: readonly Result[] } = {},
): Row[] {
  const buttons: APIButtonComponent[] = [];
  const more = refsButton(engine, BUTTON.more, rest);
  if (more) buttons.push(button(ButtonStyle.Primary, `More (${more.count})`, more.id));
  const closest = shown.length === 0 ? refsButton(engine, BUTTON.closest, options.closest ?? []) : null;
  if (closest) buttons.push(button(ButtonStyle.Secondary, 'Closest passages', closest.id));
  const paragraphs = new Set<string>();
  for (const r of options.context === false ? [] : shown) {
    const key = `${r.doc}#${r.paragraph}`;
    if (paragraphs.has(key) || buttons.length >= DISCORD_LIMITS.buttonsPerRow) continue;
    paragraphs.add(key);
    const label = shown.length === 1 ? 'Context' : `Context ¶${r.paragraph}`;
    buttons.push(button(ButtonStyle.Secondary, label, `${BUTTON.context}:${passageRef(engine, r)}`));
  }
  return [...row(buttons), ...row(afterAnswer(engine, shown, options.share === true))];
}

/**
 * The custom id of a button that carries the references of as many of `results` as fit,
 * and how many; null for none. Its reply offers Share for the same references, so they
 * must fit behind Share's prefix too.
 */
function refsButton(
  engine: Engine,
  kind: typeof BUTTON.more | typeof BUTTON.closest,
  results: readonly Result[],
): { id: string; count: number } | null {
  const room = DISCORD_LIMITS.customId - Math.max(0, BUTTON.share.length - kind.length);
  const refs: string[] = [];
  for (const r of results) {
    const ref = passageRef(engine, r);
    if (`${kind}:${[...refs, ref].join(',')}`.length > room) break;
    refs.push(ref);
  }
  return refs.length > 0 ? { id: `${kind}:${refs.join(',')}`, count: refs.length } : null;
}

/** "Share" (for a private answer) and "Read in context" links, within one row. */
function afterAnswer(engine: Engine, shown: readonly Result[], share: boolean): APIButtonComponent[] {
  const buttons: APIButtonComponent[] = [];
  const shareId = `${BUTTON.share}:${shown.map((r) => passageRef(engine, r)).join(',')}`;
  if (share && shown.length > 0 && shareId.length <= DISCORD_LIMITS.customId)
    buttons.push(button(ButtonStyle.Secondary, 'Share', shareId));
  const links = shown.flatMap((r) => {
    const url = readInContextUrl(engine.catalog.byId.get(r.doc)?.meta.url ?? null, r.text);
    return url ? [{ url, paragraph: r.paragraph }] : [];
  });
  for (const link of links.slice(0, DISCORD_LIMITS.buttonsPerRow - buttons.length)) {
    const label = links.length === 1 ? 'Read in context' : `Read ¶${link.paragraph}`;
    buttons.push({ type: ComponentType.Button, style: ButtonStyle.Link, label, url: link.url });
  }
  return buttons;
}

const listingId = (kind: 'list' | 'show', state: ListingState): string =>
  [kind, state.listing, state.page, state.article?.toString(36) ?? '', state.speaker ?? ''].join(':');

/** "Previous" and "Next" under a page of a listing; none for a single page or filters too long for an id. */
export function pageButtons(state: Omit<ListingState, 'page'>, page: Page): Row[] {
  if (page.count <= 1) return [];
  const previous = listingId(BUTTON.list, { ...state, page: page.number - 1 });
  const next = listingId(BUTTON.list, { ...state, page: page.number + 1 });
  if (next.length > DISCORD_LIMITS.customId) return [];
  return row([
    { ...button(ButtonStyle.Secondary, 'Previous', previous), disabled: page.number <= 1 },
    { ...button(ButtonStyle.Secondary, 'Next', next), disabled: page.number >= page.count },
  ]);
}

/** Under an article's card: its quotes and its speakers, each a button. */
export function cardButtons(engine: Engine, article: CorpusDocument, quotes: number, speakers: number): Row[] {
  const position = engine.catalog.entriesOf.get(article.id)?.position ?? null;
  const show = (listing: Listing): string =>
    listingId(BUTTON.show, { listing, page: 1, article: position, speaker: null });
  return row([
    ...(quotes > 0 ? [button(ButtonStyle.Primary, `Quotes (${quotes})`, show('q'))] : []),
    ...(speakers > 0 ? [button(ButtonStyle.Secondary, `Speakers (${speakers})`, show('s'))] : []),
  ]);
}

/** The kind of button and what it carries, from a custom id; null for ids this bot did not make. */
export function parseButton(customId: string): ParsedButton | null {
  const [kind = '', ...parts] = customId.split(':');
  if (kind === BUTTON.more || kind === BUTTON.closest || kind === BUTTON.context || kind === BUTTON.share) {
    const refs = parts
      .join(':')
      .split(',')
      .filter((r) => r.length > 0);
    return refs.length > 0 ? { kind, refs } : null;
  }
  if (kind !== BUTTON.list && kind !== BUTTON.show) return null;
  const [listing, page = '', article = '', ...speaker] = parts;
  if (listing !== 'q' && listing !== 's' && listing !== 'a') return null;
  if (!/^\d{1,6}$/u.test(page) || !/^[0-9a-z]{0,8}$/u.test(article)) return null;
  const name = speaker.join(':');
  return {
    kind,
    refs: [],
    listing,
    page: Number(page),
    article: article === '' ? null : parseInt(article, 36),
    speaker: name === '' ? null : name,
  };
}
