/**
 * How people put a question to a bot, beyond the question itself: a request around it,
 * words pointing at the article, an instruction, a contraction. Set aside or spelt out
 * before the question is read (see `analyzeQuestion`), so that they are not searched for.
 */

/**
 * A request around a question, as people put one to a bot: "Hi, can you tell me who …",
 * "Do you know when …", "I want to know …", "…, please", "… thx". It asks nothing of the
 * article, and its words ("tell", "know", "hey") would be searched for and, unused by the
 * article, weigh as its rarest words. "Please" and "thanks" are set aside only after a
 * comma or a question mark, as "vote as they please" means what it says.
 */
const REQUEST_BEFORE = new RegExp(
  `^\\s*(?:(?:hey|hi|hello|ok|okay|so|um+|quick\\s+question)[\\s,:!.]+)*(?:please[\\s,]+)?` +
    `(?:(?:(?:can|could|would|will)\\s+(?:you|u)\\s+(?:please\\s+)?(?:tell|show|give)\\s+me` +
    `|(?:tell|show|give)\\s+me|(?:do|does)\\s+(?:you|u|anyone|anybody)\\s+know` +
    `|i(?:\\s+(?:want|would\\s+like)\\s+to|['’]d\\s+like\\s+to|\\s+wanna)\\s+know|i\\s+wonder|i['’]m\\s+wondering)\\b[\\s,:]*)?`,
  'iu',
);
const REQUEST_AFTER = /(?:\s*[,?!]\s*(?:please|thanks|thank\s+you)|\s+(?:pls|plz|thx|ty))[\s.!?]*$/iu;

/**
 * Words pointing at the article itself: "according to the article", "in the story", "does
 * the text say". Every passage is from the article, so they ask nothing of it; as words
 * an article seldom uses they would weigh as its rarest.
 */
const THE_ARTICLE = new RegExp(
  `\\b(?:(?:according\\s+to|in|from)\\s+(?:the|this)\\s+(?:article|text|story|piece)` +
    `|(?:the|this)\\s+(?:article|text|story|piece)\\s+(?:says?|said|states?|mentions?|tells?\\s+us))\\b[\\s,]*`,
  'giu',
);

/** "What's", "who's": a wh-word's "'s", read as "is" by the patterns that find what is asked. */
const WH_IS = /\b(what|which|who|where|when|why|how)['’]s\b/giu;

/** A question put as an instruction: "Explain why …" and "Describe how …" ask what the wh-word asks. */
const EXPLAIN = /^(?:explain|describe)\s+(?=(?:what|which|who|whom|whose|when|where|why|how)\b)/iu;

/**
 * The question without a request around it (see {@link REQUEST_BEFORE}), or the question
 * itself when nothing else is left, and put as a question when it was an instruction.
 */
export function withoutRequest(question: string): string {
  const asked = question.replace(REQUEST_BEFORE, '').replace(REQUEST_AFTER, '');
  return (/\p{L}/u.test(asked) ? asked : question).replace(EXPLAIN, '');
}

/**
 * The question as `analyzeQuestion` reads what it asks: without words pointing at the
 * article (see {@link THE_ARTICLE}) and with a wh-word's "'s" spelt out. Not for the words
 * of a quotation, which are looked for as typed.
 */
export const plainWords = (text: string): string => text.replace(THE_ARTICLE, ' ').replace(WH_IS, '$1 is');
