import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { findArticle } from '../answer/articles.js';
import type { CorpusDocument } from '../corpus/types.js';
import type { Engine } from '../engine/engine.js';
import { MESSAGES } from '../render/renderAnswer.js';
import type { Result } from '../answer/types.js';
import {
  closestAnswer,
  replyArticle,
  replyArticleCard,
  replyAsk,
  replyHelp,
  replyQuotes,
  replySpeakers,
  replyWhoSaid,
  type Answer,
} from '../replies/replies.js';

/**
 * What the console remembers between lines, for `/more`: the last question and its
 * article, and when it had no answer, the passages that came closest.
 */
interface Session {
  lastQuestion: string | null;
  offset: number;
  article?: CorpusDocument;
  closest?: Result[];
}

/** `article:ID` anywhere in a command's text, as the Discord option; the text without it. */
const ARTICLE_OPTION = /(?:^|\s)article:(\S+)/u;

function withoutArticle(rest: string): { text: string; article: string | null } {
  const match = ARTICLE_OPTION.exec(rest);
  if (!match) return { text: rest, article: null };
  return { text: (rest.slice(0, match.index) + rest.slice(match.index + match[0].length)).trim(), article: match[1]! };
}

const RESULTS_PER_PAGE = 3;

/**
 * One console line to a reply, as Discord would answer it: plain text asks, and
 * `/ask`, `/whosaid`, `/quotes`, `/speakers`, `/article`, `/help` work as the slash
 * commands do (`article:ID` limits them to one article); `/more` shows the next results
 * of the last question, or the passages that come closest to it when it had no answer
 * (Discord's "Closest passages" button). Returns null for `/quit`.
 */
export function consoleReply(engine: Engine, line: string, session: Session): Answer | null {
  const text = line.trim();
  const command = /^\/(\w+)\s*([\s\S]*)$/u.exec(text);
  if (!command) return ask(engine, text, session);
  const [, name = '', given = ''] = command;
  const { text: rest, article: articleId } = withoutArticle(given);
  const article = articleId === null ? undefined : findArticle(engine, articleId);
  if (article === null) return { content: MESSAGES.noArticle, found: false };
  const scope = article ? { article } : {};
  switch (name.toLowerCase()) {
    case 'ask':
      return ask(engine, rest, session, article);
    case 'whosaid':
      return replyWhoSaid(engine, rest, { ...scope, typed: true });
    case 'quotes':
      return replyQuotes(engine, rest.trim() === '' ? undefined : rest.trim(), scope);
    case 'speakers':
      return replySpeakers(engine, scope);
    case 'article': {
      const titled = rest.trim() === '' ? undefined : findArticle(engine, rest);
      if (titled === null) return { content: MESSAGES.noArticle, found: false };
      const card = titled ?? article;
      return card ? replyArticleCard(engine, card) : replyArticle(engine);
    }
    case 'help':
      return replyHelp();
    case 'more':
      if (session.lastQuestion === null)
        return { content: 'Ask a question first; `/more` shows its next results.', found: false };
      if (session.closest) return closestAnswer(engine, session.closest);
      session.offset += RESULTS_PER_PAGE;
      return replyAsk(
        engine,
        session.lastQuestion,
        session.offset,
        session.article ? { article: session.article } : {},
      );
    case 'quit':
    case 'exit':
      return null;
    default:
      return { content: `Unknown command \`/${name.replace(/`/gu, '')}\`. Type \`/help\` for the list.`, found: false };
  }
}

function ask(engine: Engine, question: string, session: Session, article?: CorpusDocument): Answer {
  session.lastQuestion = question;
  session.offset = 0;
  if (article) session.article = article;
  else delete session.article;
  const answer = replyAsk(engine, question, 0, article ? { article } : {});
  if (!answer.closest?.length) {
    delete session.closest;
    return answer;
  }
  session.closest = answer.closest;
  return { ...answer, content: `${answer.content}\n${MESSAGES.closestInConsole}` };
}

/**
 * The local console: the bot's answers in a terminal, without Discord. On a terminal it
 * shows a prompt; otherwise it answers each line read and ends with the input, so
 * `echo "How many fighters came back?" | npm start` works.
 */
export async function runConsole(
  engine: Engine,
  input: Readable,
  output: Writable,
  interactive: boolean,
): Promise<void> {
  const session: Session = { lastQuestion: null, offset: 0 };
  const lines = createInterface({
    input,
    output: interactive ? output : undefined,
    terminal: interactive,
    crlfDelay: Infinity,
  });
  if (interactive) {
    const titles = engine.corpus.documents.map((d) => d.meta.title).join('; ');
    output.write(`verbatim: ask about ${titles}\nType a question, or /help. /quit to leave.\n\n`);
    lines.setPrompt('verbatim> ');
    lines.prompt();
  }
  for await (const line of lines) {
    if (line.trim() !== '') {
      const reply = consoleReply(engine, line, session);
      if (reply === null) break;
      output.write(`${reply.content}\n\n`);
    }
    if (interactive) lines.prompt();
  }
  lines.close();
}
