import type { CorpusDocument } from '../corpus/types.js';
import type { Engine } from '../engine/engine.js';
import type { Quote } from '../quotes/types.js';
import { quoteAt, type Catalog, type Range } from '../search/catalog.js';
import { articleEngine, foldedWords } from './articles.js';
import { listSpeakers, speakerMatches } from './listings.js';
import { quoteResult } from './results.js';
import type { Result } from './types.js';
import { whoSaid } from './whoSaid.js';

/**
 * Every quote's words, folded (see {@link foldedWords}) and joined by spaces, one quote a
 * line in catalog order, with where each quote's line starts: a search for typed words
 * is then one `indexOf` over one string, a millisecond or two on a thousand articles.
 */
interface QuoteLines {
  text: string;
  starts: Int32Array;
}

const linesOf = new WeakMap<Catalog, QuoteLines>();

function quoteLines(catalog: Catalog): QuoteLines {
  const cached = linesOf.get(catalog);
  if (cached) return cached;
  const starts = new Int32Array(catalog.quotes.length + 1);
  const parts: string[] = [];
  let at = 1;
  catalog.quotes.forEach((q, i) => {
    const line = foldedWords(q.text).join(' ');
    starts[i] = at;
    parts.push(line);
    at += line.length + 1;
  });
  starts[catalog.quotes.length] = at;
  const lines = { text: `\n${parts.join('\n')}\n`, starts };
  linesOf.set(catalog, lines);
  return lines;
}

/** The quote whose line holds text offset `at`. */
function quoteAtOffset(starts: Int32Array, at: number): number {
  let lo = 0;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Catalog positions of the quotes whose words start with the typed words, then of those
 * that contain them as a phrase, each in corpus order, at most `limit` in all. The last
 * typed word may be unfinished; case, accents, quotation marks, brackets and other
 * punctuation do not count. Within `range` (one article's quotes) when given.
 */
export function quotesWithPhrase(catalog: Catalog, typed: string, limit: number, range?: Range): number[] {
  const phrase = foldedWords(typed).join(' ');
  if (phrase === '' || limit <= 0) return [];
  const { text, starts } = quoteLines(catalog);
  const from = range ? starts[range.first]! - 1 : 0;
  const to = range ? starts[range.end]! : text.length;
  const found: number[] = [];
  for (const before of ['\n', ' ']) {
    const needle = before + phrase;
    for (let at = text.indexOf(needle, from); at >= 0 && at < to; at = text.indexOf(needle, at + 1)) {
      const quote = quoteAtOffset(starts, at + 1);
      if (found[found.length - 1] !== quote && !found.includes(quote)) found.push(quote);
      if (found.length >= limit) return found;
    }
  }
  return found;
}

/**
 * The quotes a typed text may be the start of, best first: those that start with it,
 * then those that contain it as a phrase, then the closest fuzzy matches (see
 * {@link whoSaid}), with no quote twice. Only `article`'s quotes when given. When no
 * quote matches, the closest sentence of narration (no speaker) may be the only result.
 */
export function matchTyped(engine: Engine, typed: string, limit: number, article?: CorpusDocument): Result[] {
  const { catalog } = engine;
  const range = article ? catalog.entriesOf.get(article.id)?.quotes : undefined;
  const phrased = quotesWithPhrase(catalog, typed, limit, range).map((id) => quoteResult(catalog.quotes[id]!, 1));
  if (phrased.length >= limit) return phrased;
  const fuzzy = whoSaid(article ? articleEngine(engine, article) : engine, typed, { limit });
  const seen = new Set(phrased.map((r) => `${r.doc}:${r.start}:${r.end}`));
  const rest = fuzzy.filter((r) => !seen.has(`${r.doc}:${r.start}:${r.end}`));
  if (phrased.length > 0) return [...phrased, ...rest.filter((r) => r.kind !== null)].slice(0, limit);
  return rest.slice(0, limit);
}

/**
 * Quotes to offer while someone types part of one, in the order of {@link matchTyped},
 * or the first quotes (of the article, when one is chosen) when nothing is typed yet.
 */
export function suggestQuotes(engine: Engine, typed: string, limit: number, article?: CorpusDocument): Quote[] {
  const { quotes, entriesOf } = engine.catalog;
  if (typed.trim() === '') {
    const range = article ? entriesOf.get(article.id)?.quotes : undefined;
    return range ? quotes.slice(range.first, Math.min(range.end, range.first + limit)) : quotes.slice(0, limit);
  }
  const found: Quote[] = [];
  for (const r of matchTyped(engine, typed, limit, article)) {
    const quote = quoteAt(engine.catalog, r.doc, r.start, r.end);
    if (quote >= 0) found.push(quotes[quote]!);
  }
  return found;
}

/** Speaker names to offer while someone types one: every speaker whose name has all the typed words (or starts with them). */
export function suggestSpeakers(engine: Engine, typed: string, limit: number, article?: CorpusDocument): string[] {
  const speakers = [...new Set(listSpeakers(engine, article).map((s) => s.name))];
  const words = typed.trim().toLowerCase();
  if (words === '') return speakers.slice(0, limit);
  return speakers.filter((name) => speakerMatches(name, typed) || name.toLowerCase().includes(words)).slice(0, limit);
}
