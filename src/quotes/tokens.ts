import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * Word tokens with part-of-speech tags and lemmas, located by offset in the text.
 *
 * wink-nlp tokenizes losslessly (tokens plus their preceding whitespace rebuild the
 * input exactly), so offsets are recovered by walking the input; a token that is
 * not found where expected is dropped rather than given a wrong offset.
 */
export interface Token {
  start: number;
  end: number;
  /** The token as it stands in the text: `text.slice(start, end)`. */
  text: string;
  /** Lower-case form, for lexicon lookups. */
  lower: string;
  /** Universal POS tag from wink's English model (NOUN, PROPN, VERB, PUNCT, ...). */
  pos: string;
  /** Lemma in lower case ("said" → "say", "warning" → "warn"). */
  lemma: string;
}

const nlp = winkNLP(model);
const its = nlp.its;

/** Tokenizes `text`; offsets are UTF-16 indices into `text`. */
export function tokenize(text: string): Token[] {
  if (text.length === 0) return [];
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  const words = tokens.out() as string[];
  const tags = tokens.out(its.pos) as string[];
  // wink types `its.lemma` as needing model add-ons; the English model provides them.
  const lemmas = tokens.out(its.lemma as unknown as typeof its.pos) as string[];
  const out: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    if (word.length === 0) continue;
    const start = text.startsWith(word, cursor) ? cursor : text.indexOf(word, cursor);
    if (start < 0) continue;
    const end = start + word.length;
    cursor = end;
    out.push({
      start,
      end,
      text: word,
      lower: word.toLowerCase(),
      pos: tags[i] ?? 'X',
      lemma: (lemmas[i] ?? word).toLowerCase(),
    });
  }
  return out;
}
