import type { APIActionRowComponent, APIButtonComponent } from 'discord.js';
import type { Engine } from '../engine/engine.js';
import { MESSAGES } from '../render/renderAnswer.js';
import { replyArticle, replyQuotes, replySpeakers, type Answer } from '../replies/replies.js';
import { pageButtons, type ListingState } from './components.js';

/** A page of a listing with its Previous and Next buttons. */
export interface ListingPage {
  answer: Answer;
  components: APIActionRowComponent<APIButtonComponent>[];
}

/**
 * The page a listing's state asks for: from a command's options or from the custom id
 * of a button pressed under an earlier page. An article position no longer in the
 * corpus (it changed since) gives the "out of date" notice.
 */
export function listingPage(engine: Engine, state: ListingState): ListingPage {
  const article = state.article === null ? undefined : engine.corpus.documents[state.article];
  if (state.article !== null && !article)
    return { answer: { content: MESSAGES.outOfDate, found: false }, components: [] };
  const options = { ...(article ? { article } : {}), page: state.page };
  const answer =
    state.listing === 'q'
      ? replyQuotes(engine, state.speaker ?? undefined, options)
      : state.listing === 's'
        ? replySpeakers(engine, options)
        : replyArticle(engine, options);
  const { listing, speaker } = state;
  return {
    answer,
    components: answer.page ? pageButtons({ listing, article: state.article, speaker }, answer.page) : [],
  };
}
