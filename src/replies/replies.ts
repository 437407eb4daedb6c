import { ask } from '../answer/ask.js';
import type { Engine } from '../engine/engine.js';
import { describeArticles, listQuotes, listSpeakers } from '../answer/listings.js';
import { paragraphOf, passageAt } from '../answer/passageRef.js';
import type { Result } from '../answer/types.js';
import { whoSaid } from '../answer/whoSaid.js';
import {
  MESSAGES,
  RESULTS_PER_REPLY,
  renderArticles,
  renderAsk,
  renderMore,
  renderParagraph,
  renderQuotes,
  renderSpeakers,
  renderWhoSaid,
  type Reply,
} from '../render/renderAnswer.js';

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
}

export function replyAsk(engine: Engine, question: string, offset = 0): Answer {
  if (question.trim() === '') return { content: MESSAGES.emptyQuestion, found: false };
  const results = ask(engine, question);
  const end = offset + RESULTS_PER_REPLY;
  return {
    ...renderAsk(engine, question, results, offset),
    found: results.length > 0,
    shown: results.slice(offset, end),
    rest: results.slice(end),
  };
}

export function replyWhoSaid(engine: Engine, text: string): Answer {
  if (text.trim() === '') return { content: MESSAGES.emptyQuote, found: false };
  const results = whoSaid(engine, text);
  return { ...renderWhoSaid(engine, text, results), found: results.length > 0, shown: results.slice(0, 1) };
}

/** The passages behind "More", from their references; out of date if the corpus changed. */
export function replyMore(engine: Engine, refs: readonly string[]): Answer {
  const results = refs.map((ref) => passageAt(engine, ref));
  if (results.length === 0 || results.some((r) => r === null)) return { content: MESSAGES.outOfDate, found: false };
  const page = results as Result[];
  return { ...renderMore(engine, page), found: true, shown: page };
}

/** The whole paragraph around a referenced passage, for "Context". */
export function replyContext(engine: Engine, ref: string): Answer {
  const passage = passageAt(engine, ref);
  const paragraph = passage && paragraphOf(engine, passage);
  if (!paragraph) return { content: MESSAGES.outOfDate, found: false };
  return { ...renderParagraph(engine, paragraph), found: true };
}

export function replyQuotes(engine: Engine, speaker?: string, offset = 0): Answer {
  const quotes = listQuotes(engine, speaker);
  return { ...renderQuotes(engine, quotes, speaker, offset), found: quotes.length > 0 };
}

export function replySpeakers(engine: Engine): Answer {
  const speakers = listSpeakers(engine);
  return { ...renderSpeakers(speakers), found: speakers.length > 0 };
}

export function replyArticle(engine: Engine): Answer {
  const articles = describeArticles(engine);
  return { ...renderArticles(articles), found: articles.length > 0 };
}

/** The commands, as `/help` lists them. */
export const HELP = [
  '**verbatim** answers questions about the article with its own words: direct quotes and who said them, never generated text.',
  '`/ask question` — the passages that best answer a question',
  '`/whosaid quote` — who said a quote (it may be partial or misspelt)',
  '`/quotes [speaker]` — the quotes, all or one speaker’s',
  '`/speakers` — who is quoted, with roles and counts',
  '`/article` — title, source, date and length of the article',
  '`/help` — this list',
].join('\n');

export function replyHelp(): Answer {
  return { content: HELP, found: true };
}
