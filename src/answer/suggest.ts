import type { Quote } from '../quotes/types.js';
import { quoteAt } from '../search/catalog.js';
import type { Engine } from '../engine/engine.js';
import { listSpeakers, speakerMatches } from './listings.js';
import { whoSaid } from './whoSaid.js';

/**
 * Quotes to offer while someone types part of one: the closest matches for what is typed
 * so far (misspellings and an unfinished last word included), or the first quotes of the
 * corpus when nothing is typed yet.
 */
export function suggestQuotes(engine: Engine, typed: string, limit: number): Quote[] {
  const { quotes } = engine.catalog;
  if (typed.trim() === '') return quotes.slice(0, limit);
  const found: Quote[] = [];
  for (const r of whoSaid(engine, typed, { limit })) {
    const quote = quoteAt(engine.catalog, r.doc, r.start, r.end);
    if (quote >= 0) found.push(quotes[quote]!);
  }
  return found;
}

/** Speaker names to offer while someone types one: every speaker whose name has all the typed words (or starts with them). */
export function suggestSpeakers(engine: Engine, typed: string, limit: number): string[] {
  const speakers = listSpeakers(engine).map((s) => s.name);
  const words = typed.trim().toLowerCase();
  if (words === '') return speakers.slice(0, limit);
  return speakers.filter((name) => speakerMatches(name, typed) || name.toLowerCase().includes(words)).slice(0, limit);
}
