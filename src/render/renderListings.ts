import type { Engine } from '../engine/engine.js';
import type { ArticleSummary, SpeakerSummary } from '../answer/listings.js';
import type { Quote } from '../quotes/types.js';
import { clampEscaped, layoutSections } from './layout.js';
import { DISCORD_LIMITS } from './limits.js';
import { escapeMarkdown } from './markdown.js';
import { caption, MAX_ECHO, MESSAGES, oneLine, title, type Reply } from './renderAnswer.js';

/** Items on one page of each listing. */
export const PER_PAGE = { quotes: 5, speakers: 20, articles: 8 } as const;

/** One page of a listing: which page (from 1) and how many there are. */
export interface Page {
  number: number;
  count: number;
}

/** The page a listing of `total` items shows, `wanted` brought within range. */
export function pageOf(total: number, perPage: number, wanted = 1): Page {
  const count = Math.max(1, Math.ceil(total / perPage));
  return { number: Math.min(Math.max(1, Math.floor(wanted)), count), count };
}

const pageLine = (page: Page): string => (page.count > 1 ? `-# page ${page.number} of ${page.count}` : '');

/** " · *Title*" after a listing's header when it is about one article. */
const inArticle = (articleTitle?: string): string => (articleTitle ? ` · *${escapeMarkdown(articleTitle)}*` : '');

/** `/quotes`: one page of quotes in corpus order, from `offset`. */
export function renderQuotes(
  engine: Engine,
  quotes: readonly Quote[],
  speaker?: string,
  offset = 0,
  perPage: number = PER_PAGE.quotes,
  articleTitle?: string,
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
  const footer = pageLine(pageOf(quotes.length, perPage, offset / perPage + 1));
  return { content: layoutSections(header + inArticle(articleTitle), sections, footer, DISCORD_LIMITS.content) };
}

/**
 * `/speakers`: one page of who is quoted, with roles and counts. Across several articles
 * a named speaker says in how many articles, and any other speaker names its article.
 */
export function renderSpeakers(
  engine: Engine,
  speakers: readonly SpeakerSummary[],
  pageNumber = 1,
  options: { acrossArticles?: boolean; articleTitle?: string } = {},
): Reply {
  if (speakers.length === 0) return { content: MESSAGES.noQuotes };
  const page = pageOf(speakers.length, PER_PAGE.speakers, pageNumber);
  const first = (page.number - 1) * PER_PAGE.speakers;
  const lines = speakers.slice(first, first + PER_PAGE.speakers).map((s) => {
    const role = s.role ? `, ${escapeMarkdown(s.role)}` : '';
    const quotes = `${s.count} quote${s.count === 1 ? '' : 's'}`;
    if (!options.acrossArticles) return `• **${escapeMarkdown(s.name)}**${role}: ${quotes}`;
    if (!s.named)
      return `• **${escapeMarkdown(s.name)}**${role} (*${escapeMarkdown(title(engine, s.docs[0]!))}*): ${quotes}`;
    const articles = `${s.docs.length} article${s.docs.length === 1 ? '' : 's'}`;
    return `• **${escapeMarkdown(s.name)}**${role}: ${quotes} in ${articles}`;
  });
  return { content: fitLines(`**Speakers**${inArticle(options.articleTitle)}`, lines, pageLine(page)) };
}

function articleLines(a: ArticleSummary): string[] {
  const lines = [`**${escapeMarkdown(a.title)}**`];
  if (a.source) lines.push(`Source: ${escapeMarkdown(a.source)}`);
  if (a.byline) lines.push(`By: ${escapeMarkdown(a.byline)}`);
  if (a.date) lines.push(`Date: ${escapeMarkdown(a.date)}`);
  if (a.url) lines.push(`Link: <${a.url}>`);
  lines.push(`Paragraphs: ${a.paragraphs}`);
  return lines;
}

/** `/article`: one page of articles, each with title, source, date, link and paragraph count. */
export function renderArticles(articles: readonly ArticleSummary[], pageNumber = 1): Reply {
  const page = pageOf(articles.length, PER_PAGE.articles, pageNumber);
  const first = (page.number - 1) * PER_PAGE.articles;
  const blocks = articles.slice(first, first + PER_PAGE.articles).map((a) => articleLines(a).join('\n'));
  return {
    content: fitLines(articles.length === 1 ? '' : `**Articles** (${articles.length})`, blocks, pageLine(page)),
  };
}

/** `/article title`: one article's card, with how many quotes and speakers it has. */
export function renderArticleCard(article: ArticleSummary, quotes: number, speakers: number): Reply {
  const lines = [...articleLines(article), `Quotes: ${quotes}`, `Speakers: ${speakers}`];
  return { content: fitLines('', [lines.join('\n')], '') };
}

/** Lines under a header, as many as fit with the footer, then how many were left out. */
function fitLines(header: string, lines: readonly string[], footer: string): string {
  const out: string[] = header ? [header] : [];
  let length = header.length;
  const end = footer ? [footer] : [];
  const room = DISCORD_LIMITS.content - (footer ? footer.length + 1 : 0);
  for (const [i, line] of lines.entries()) {
    const more = `-# and ${lines.length - i} more`;
    if (length + 1 + line.length + 1 + more.length > room) {
      out.push(more);
      return [...out, ...end].join('\n');
    }
    out.push(line);
    length += line.length + 1;
  }
  return clampEscaped([...out, ...end].join('\n'), DISCORD_LIMITS.content);
}
