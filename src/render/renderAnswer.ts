import type { Engine } from '../engine/engine.js';
import type { ArticleSummary, SpeakerSummary } from '../answer/listings.js';
import type { Result } from '../answer/types.js';
import type { Quote, QuoteKind, Speaker } from '../quotes/types.js';
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
const MAX_ECHO = 300;

/** Results shown in one reply; the rest are behind "More". */
export const RESULTS_PER_REPLY = 3;

/** Short fixed replies. None quotes the article. */
export const MESSAGES = {
  noAnswer: 'The article does not answer that. Try other words, or `/quotes` to see who is quoted.',
  noQuote: 'No quote in the article matches that. Check the words, or try `/quotes`.',
  noQuotes: 'No quotes found.',
  noSpeaker: 'Nobody by that name is quoted in the article. `/speakers` lists who is.',
  emptyQuestion: 'Ask a question about the article.',
  emptyQuote: 'Paste or type part of a quote to find who said it.',
  outOfDate: 'That answer is no longer in the article (it has changed since). Ask again.',
  noText: 'That message has no text to look up.',
} as const;

const KIND_LABEL: Record<QuoteKind, string> = {
  direct: '',
  partial: ' (partial quote)',
  reported: ' (reported speech)',
};

const clamp = (text: string): string => clampEscaped(text, DISCORD_LIMITS.content);

function title(engine: Engine, doc: string): string {
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

/** `/ask`: the best passages (3 at a time from `offset`), each with its attribution. */
export function renderAsk(engine: Engine, question: string, results: readonly Result[], offset = 0): Reply {
  if (results.length === 0)
    return {
      content: `${clampEscaped(`**Q:** ${escapeMarkdown(oneLine(question))}`, MAX_ECHO)}\n${MESSAGES.noAnswer}`,
    };
  const page = results.slice(offset, offset + RESULTS_PER_REPLY);
  const header = clampEscaped(`**Q:** ${escapeMarkdown(oneLine(question))}`, MAX_ECHO);
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

/** A whole paragraph, for "Context": the article's own text around a result. */
export function renderParagraph(engine: Engine, paragraph: Result): Reply {
  const section = { quote: paragraph.text, caption: caption(engine, paragraph.doc, paragraph.paragraph, null, null) };
  return { content: layoutSections('', [section], '', DISCORD_LIMITS.content) };
}

/** `/whosaid`: the quote the text refers to, verbatim, with its speaker. */
export function renderWhoSaid(engine: Engine, text: string, results: readonly Result[]): Reply {
  const asked = clampEscaped(`**Who said:** ${escapeMarkdown(oneLine(text))}`, MAX_ECHO);
  if (results.length === 0) return { content: `${asked}\n${MESSAGES.noQuote}` };
  const best = results[0]!;
  const footer =
    results.length > 1 ? `-# ${results.length - 1} other close match${results.length === 2 ? '' : 'es'}` : '';
  return { content: layoutSections(asked, [resultSection(engine, best)], footer, DISCORD_LIMITS.content) };
}

/** `/quotes`: quotes in corpus order, as many as fit, from `offset`. */
export function renderQuotes(
  engine: Engine,
  quotes: readonly Quote[],
  speaker?: string,
  offset = 0,
  perPage = 5,
): Reply {
  if (quotes.length === 0) return { content: speaker ? MESSAGES.noSpeaker : MESSAGES.noQuotes };
  const page = quotes.slice(offset, offset + perPage);
  const header = speaker
    ? `**Quotes from ${clampEscaped(escapeMarkdown(oneLine(speaker)), MAX_ECHO)}** (${quotes.length})`
    : `**Quotes** (${quotes.length})`;
  const sections = page.map((q) => ({
    quote: q.text,
    caption: caption(engine, q.doc, q.paragraph, q.speaker, q.kind),
  }));
  const rest = quotes.length - offset - page.length;
  const footer = rest > 0 ? `-# ${rest} more` : '';
  return { content: layoutSections(header, sections, footer, DISCORD_LIMITS.content) };
}

/** `/speakers`: who is quoted, with roles and counts. */
export function renderSpeakers(speakers: readonly SpeakerSummary[]): Reply {
  if (speakers.length === 0) return { content: MESSAGES.noQuotes };
  const lines = speakers.map((s) => {
    const role = s.role ? `, ${escapeMarkdown(s.role)}` : '';
    return `• **${escapeMarkdown(s.name)}**${role}: ${s.count} quote${s.count === 1 ? '' : 's'}`;
  });
  return { content: fitLines('**Speakers**', lines) };
}

/** `/article`: title, source, date, link and paragraph count of each article. */
export function renderArticles(articles: readonly ArticleSummary[]): Reply {
  const blocks = articles.map((a) => {
    const lines = [`**${escapeMarkdown(a.title)}**`];
    if (a.source) lines.push(`Source: ${escapeMarkdown(a.source)}`);
    if (a.byline) lines.push(`By: ${escapeMarkdown(a.byline)}`);
    if (a.date) lines.push(`Date: ${escapeMarkdown(a.date)}`);
    if (a.url) lines.push(`Link: <${a.url}>`);
    lines.push(`Paragraphs: ${a.paragraphs}`);
    return lines.join('\n');
  });
  return { content: fitLines(articles.length === 1 ? '' : `**Articles** (${articles.length})`, blocks) };
}

/** Lines under a header, as many as fit, then how many were left out. */
function fitLines(header: string, lines: readonly string[]): string {
  const out: string[] = header ? [header] : [];
  let length = header.length;
  for (const [i, line] of lines.entries()) {
    const more = `-# and ${lines.length - i} more`;
    if (length + 1 + line.length + 1 + more.length > DISCORD_LIMITS.content && i < lines.length) {
      out.push(more);
      return out.join('\n');
    }
    out.push(line);
    length += line.length + 1;
  }
  return clamp(out.join('\n'));
}

/** User input shown on one line: newlines would let it break out of its label. */
function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
