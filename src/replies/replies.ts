import { articleEngine } from '../answer/articles.js';
import { documentQuotes } from '../search/catalog.js';
import { askOrClosest } from '../answer/ask.js';
import type { CorpusDocument } from '../corpus/types.js';
import type { Engine } from '../engine/engine.js';
import { describeArticles, listQuotes, listSpeakers } from '../answer/listings.js';
import { paragraphOf, passageAt } from '../answer/passageRef.js';
import { matchTyped } from '../answer/suggest.js';
import type { Result } from '../answer/types.js';
import { whoSaid } from '../answer/whoSaid.js';
import {
  MESSAGES,
  RESULTS_PER_REPLY,
  renderAsk,
  renderClosest,
  renderMore,
  renderParagraph,
  renderShared,
  renderWhoSaid,
  type Reply,
} from '../render/renderAnswer.js';
import {
  PER_PAGE,
  pageOf,
  renderArticleCard,
  renderArticles,
  renderQuotes,
  renderSpeakers,
  type Page,
} from '../render/renderListings.js';

/**
 * Each command's answer as a reply: the one place that pairs an engine call with its
 * rendering, so the console, the command line and Discord say the same thing.
 * `found` is false when the engine had nothing to show.
 */
export interface Answer extends Reply {
  found: boolean;
  /** The passages shown, in order, for front ends that offer more (buttons); none for listings. */
  shown?: Result[];
  /** Passages of the same answer not shown yet. */
  rest?: Result[];
  /** For a question with no answer: the passages that come closest, shown on request (see `askOrClosest`). */
  closest?: Result[];
  /** For a listing: the page shown and how many there are. */
  page?: Page;
}

/** What narrows or addresses an answer: one article only, and a first line ("For <@id>:"). */
export interface AnswerOptions {
  article?: CorpusDocument;
  lead?: string;
}

export function replyAsk(engine: Engine, question: string, offset = 0, options: AnswerOptions = {}): Answer {
  if (question.trim() === '') return { content: MESSAGES.emptyQuestion, found: false };
  const { results, closest } = askOrClosest(
    options.article ? articleEngine(engine, options.article) : engine,
    question,
  );
  const end = offset + RESULTS_PER_REPLY;
  return {
    ...renderAsk(engine, question, results, offset, options.lead),
    found: results.length > 0,
    shown: results.slice(offset, end),
    rest: results.slice(end),
    closest,
  };
}

/**
 * The quote a text refers to. `typed` (what someone types into /whosaid) puts first a
 * quote that starts with the text, then one that contains it (see `matchTyped`); a pasted
 * message is matched as a whole, closest first.
 */
export function replyWhoSaid(engine: Engine, text: string, options: AnswerOptions & { typed?: boolean } = {}): Answer {
  if (text.trim() === '') return { content: MESSAGES.emptyQuote, found: false };
  const { article } = options;
  const results = options.typed
    ? matchTyped(engine, text, 5, article)
    : whoSaid(article ? articleEngine(engine, article) : engine, text);
  return {
    ...renderWhoSaid(engine, text, results, options.lead),
    found: results.length > 0,
    shown: results.slice(0, 1),
  };
}

/** The passages behind references (from a button), or null when one is no longer in the corpus. */
function passagesAt(engine: Engine, refs: readonly string[]): Result[] | null {
  const results: Result[] = [];
  for (const ref of refs) {
    const passage = passageAt(engine, ref);
    if (!passage) return null;
    results.push(passage);
  }
  return results.length > 0 ? results : null;
}

/** The passages behind "More", from their references; out of date if the corpus changed. */
export function replyMore(engine: Engine, refs: readonly string[]): Answer {
  const page = passagesAt(engine, refs);
  if (!page) return { content: MESSAGES.outOfDate, found: false };
  return { ...renderMore(engine, page), found: true, shown: page };
}

/** The passages that come closest to a question with no answer, from their references (a button's). */
export function replyClosest(engine: Engine, refs: readonly string[]): Answer {
  const closest = passagesAt(engine, refs);
  return closest ? closestAnswer(engine, closest) : { content: MESSAGES.outOfDate, found: false };
}

/** The passages that come closest to a question with no answer (`Answer.closest`), as shown on request. */
export function closestAnswer(engine: Engine, closest: readonly Result[]): Answer {
  return { ...renderClosest(engine, closest), found: true, shown: [...closest] };
}

/** The passages a person shared from a private answer, for everyone, with who shared them. */
export function replyShared(engine: Engine, refs: readonly string[], sharedBy: string): Answer {
  const shown = passagesAt(engine, refs);
  if (!shown) return { content: MESSAGES.outOfDate, found: false };
  return { ...renderShared(engine, shown, sharedBy), found: true, shown };
}

/** The whole paragraph around a referenced passage, for "Context". */
export function replyContext(engine: Engine, ref: string): Answer {
  const passage = passageAt(engine, ref);
  const paragraph = passage && paragraphOf(engine, passage);
  if (!paragraph) return { content: MESSAGES.outOfDate, found: false };
  return { ...renderParagraph(engine, paragraph), found: true, shown: [paragraph] };
}

/** One page of the quotes (of one article, of the speakers matching `speaker`). */
export function replyQuotes(
  engine: Engine,
  speaker?: string,
  options: { article?: CorpusDocument; page?: number } = {},
): Answer {
  const quotes = listQuotes(engine, speaker, options.article);
  const page = pageOf(quotes.length, PER_PAGE.quotes, options.page);
  const offset = (page.number - 1) * PER_PAGE.quotes;
  return {
    ...renderQuotes(engine, quotes, speaker, offset, PER_PAGE.quotes, options.article?.meta.title),
    found: quotes.length > 0,
    page,
  };
}

/** One page of the speakers (of one article). */
export function replySpeakers(engine: Engine, options: { article?: CorpusDocument; page?: number } = {}): Answer {
  const speakers = listSpeakers(engine, options.article);
  const acrossArticles = !options.article && engine.corpus.documents.length > 1;
  const articleTitle = options.article?.meta.title;
  return {
    ...renderSpeakers(engine, speakers, options.page, { acrossArticles, ...(articleTitle ? { articleTitle } : {}) }),
    found: speakers.length > 0,
    page: pageOf(speakers.length, PER_PAGE.speakers, options.page),
  };
}

/** One page of the articles. */
export function replyArticle(engine: Engine, options: { page?: number } = {}): Answer {
  const articles = describeArticles(engine);
  return {
    ...renderArticles(articles, options.page),
    found: articles.length > 0,
    page: pageOf(articles.length, PER_PAGE.articles, options.page),
  };
}

/** One article's card: what `/article` describes, with its number of quotes and speakers (also returned, for its buttons). */
export function replyArticleCard(
  engine: Engine,
  article: CorpusDocument,
): Answer & { quotes: number; speakers: number } {
  const summary = describeArticles(engine).find((a) => a.id === article.id)!;
  const quotes = documentQuotes(engine.catalog, article.id).length;
  const speakers = listSpeakers(engine, article).length;
  return { ...renderArticleCard(summary, quotes, speakers), found: true, quotes, speakers };
}

/** The commands, as `/help` lists them. */
export const HELP = [
  '**verbatim** answers questions about the articles with their own words: direct quotes and who said them, never generated text.',
  '`/ask question [article] [private] [target]` — the passages that best answer a question',
  '`/whosaid quote [article] [private] [target]` — who said a quote (it may be partial or misspelt)',
  '`/quotes [speaker] [article]` — the quotes, all or one speaker’s, a page at a time',
  '`/speakers [article]` — who is quoted, with roles and counts',
  '`/article [title]` — the articles, or one article’s card with its quotes and speakers',
  '`/help` — this list',
  '-# `article` limits an answer to one article (pick a suggestion as you type); `target` addresses a public answer to someone; a private answer has a Share button; a question the article is not taken to answer offers the passages that come closest.',
].join('\n');

export function replyHelp(): Answer {
  return { content: HELP, found: true };
}
