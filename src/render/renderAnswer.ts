import type { Engine } from '../engine/engine.js';
import type { Result } from '../answer/types.js';
import type { QuoteKind, Speaker } from '../quotes/types.js';
import { clampEscaped, layoutSections, type QuotedSection } from './layout.js';
import { DISCORD_LIMITS } from './limits.js';
import { escapeMarkdown } from './markdown.js';

/**
 * What a reply says, the same in Discord and in the console: Discord markdown within
 * Discord's content limit. Article text appears only as block quotes of exact slices
 * (possibly cut to a verbatim prefix and "…"); everything else is a fixed label, a name
 * or title from the corpus, or the asker's own words, escaped.
 */
export interface Reply {
  content: string;
}

/** Characters of the asker's words echoed back above an answer. */
export const MAX_ECHO = 300;

/** Results shown in one reply; the rest are behind "More". */
export const RESULTS_PER_REPLY = 3;

/** Short fixed replies. None quotes the article. */
export const MESSAGES = {
  noAnswer: 'The article does not answer that. Try other words, or `/quotes` to see who is quoted.',
  closestNote: 'The article may not answer the question: these passages come closest to it.',
  closestInConsole: '-# `/more` shows the passages that come closest.',
  noQuote: 'No quote in the article matches that. Check the words, or try `/quotes`.',
  noQuotes: 'No quotes found.',
  noSpeaker: 'Nobody by that name is quoted in the article. `/speakers` lists who is.',
  emptyQuestion: 'Ask a question about the article.',
  emptyQuote: 'Paste or type part of a quote to find who said it.',
  outOfDate: 'That answer is no longer in the article (it has changed since). Ask again.',
  noText: 'That message has no text to look up.',
  noArticle: 'No article matches that. Pick one of the suggestions that appear as you type in the article option.',
} as const;

const KIND_LABEL: Record<QuoteKind, string> = {
  direct: '',
  partial: ' (partial quote)',
  reported: ' (reported speech)',
};

export function title(engine: Engine, doc: string): string {
  return engine.catalog.byId.get(doc)?.meta.title ?? doc;
}

/** "— **Jane Roe**, director of the institute (reported speech) · *Title*, paragraph 3". */
export function caption(
  engine: Engine,
  doc: string,
  paragraph: number,
  speaker: Speaker | null,
  kind: QuoteKind | null,
): string {
  const where = `*${escapeMarkdown(title(engine, doc))}*, paragraph ${paragraph}`;
  if (!speaker) return `— the article · ${where}`;
  const role = speaker.role ? `, ${escapeMarkdown(speaker.role)}` : '';
  return `— **${escapeMarkdown(speaker.name)}**${role}${kind ? KIND_LABEL[kind] : ''} · ${where}`;
}

function resultSection(engine: Engine, r: Result): QuotedSection {
  return { quote: r.text, caption: caption(engine, r.doc, r.paragraph, r.speaker, r.speaker ? r.kind : null) };
}

function moreNote(total: number, shown: number, offset: number): string {
  const rest = total - offset - shown;
  return rest > 0 ? `-# ${rest} more result${rest === 1 ? '' : 's'}` : '';
}

/** A first line naming who an answer is for ("For <@id>:"), above the asker's words. */
const withLead = (lead: string, header: string): string => (lead ? `${lead}\n${header}` : header);

/** `/ask`: the best passages (3 at a time from `offset`), each with its attribution, under `lead` when given. */
export function renderAsk(engine: Engine, question: string, results: readonly Result[], offset = 0, lead = ''): Reply {
  const header = withLead(lead, clampEscaped(`**Q:** ${escapeMarkdown(oneLine(question))}`, MAX_ECHO));
  if (results.length === 0) return { content: `${header}\n${MESSAGES.noAnswer}` };
  const page = results.slice(offset, offset + RESULTS_PER_REPLY);
  const footer = moreNote(results.length, page.length, offset);
  return {
    content: layoutSections(
      header,
      page.map((r) => resultSection(engine, r)),
      footer,
      DISCORD_LIMITS.content,
    ),
  };
}

/** The results behind "More": the rest of an answer, under a fixed header. */
export function renderMore(engine: Engine, results: readonly Result[]): Reply {
  return {
    content: layoutSections(
      '**More results**',
      results.map((r) => resultSection(engine, r)),
      '',
      DISCORD_LIMITS.content,
    ),
  };
}

/**
 * The passages that come closest to a question the article is not taken to answer (see
 * `askOrClosest`), offered on request under a note that they may not answer it.
 */
export function renderClosest(engine: Engine, results: readonly Result[]): Reply {
  return {
    content: layoutSections(
      '**Closest passages**',
      results.map((r) => resultSection(engine, r)),
      `-# ${MESSAGES.closestNote}`,
      DISCORD_LIMITS.content,
    ),
  };
}

/** Passages a person shared from a private answer, exactly as they saw them, and who shared them (no one is pinged). */
export function renderShared(engine: Engine, results: readonly Result[], sharedBy: string): Reply {
  return {
    content: layoutSections(
      '',
      results.map((r) => resultSection(engine, r)),
      /^\d{1,20}$/u.test(sharedBy) ? `-# shared by <@${sharedBy}>` : '-# shared',
      DISCORD_LIMITS.content,
    ),
  };
}

/** A whole paragraph, for "Context": the article's own text around a result. */
export function renderParagraph(engine: Engine, paragraph: Result): Reply {
  const section = { quote: paragraph.text, caption: caption(engine, paragraph.doc, paragraph.paragraph, null, null) };
  return { content: layoutSections('', [section], '', DISCORD_LIMITS.content) };
}

/** `/whosaid`: the quote the text refers to, verbatim, with its speaker, under `lead` when given. */
export function renderWhoSaid(engine: Engine, text: string, results: readonly Result[], lead = ''): Reply {
  const asked = withLead(lead, clampEscaped(`**Who said:** ${escapeMarkdown(oneLine(text))}`, MAX_ECHO));
  if (results.length === 0) return { content: `${asked}\n${MESSAGES.noQuote}` };
  const best = results[0]!;
  const footer =
    results.length > 1 ? `-# ${results.length - 1} other close match${results.length === 2 ? '' : 'es'}` : '';
  return { content: layoutSections(asked, [resultSection(engine, best)], footer, DISCORD_LIMITS.content) };
}

/** User input shown on one line: newlines would let it break out of its label. */
export function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
