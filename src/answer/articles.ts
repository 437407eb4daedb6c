import type { CorpusDocument } from '../corpus/types.js';
import type { Engine } from '../engine/engine.js';
import type { Quote } from '../quotes/types.js';
import { buildCatalog, documentQuotes } from '../search/catalog.js';
import { buildIndex } from '../search/searchIndex.js';

/** Lower-case words of a text, without accents or punctuation: how typed text and titles are compared. */
export function foldedWords(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/['’]/gu, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** What an article answers to when typed: its title, file id and source. */
const searchableWords = (doc: CorpusDocument): string[] =>
  foldedWords([doc.meta.title, doc.id, doc.meta.source ?? ''].join(' '));

/**
 * Articles whose title, file id or source has every typed word (the last one possibly
 * unfinished), in corpus order; the first articles when nothing is typed.
 */
export function suggestArticles(engine: Engine, typed: string, limit: number): CorpusDocument[] {
  const want = foldedWords(typed);
  const { documents } = engine.corpus;
  if (want.length === 0) return documents.slice(0, limit);
  const found: CorpusDocument[] = [];
  for (const doc of documents) {
    const have = searchableWords(doc);
    const matches = want.every((w, i) =>
      i === want.length - 1 ? have.some((h) => h.startsWith(w)) : have.includes(w),
    );
    if (matches && found.push(doc) >= limit) break;
  }
  return found;
}

/**
 * The article an `article` option names: its file id (what a suggestion sends), its exact
 * title, or the only article that matches the words typed. Null when none or several do.
 */
export function findArticle(engine: Engine, value: string): CorpusDocument | null {
  const typed = value.trim();
  if (typed === '') return null;
  const byId = engine.catalog.byId.get(typed);
  if (byId) return byId;
  const lower = typed.toLowerCase();
  const exact = engine.corpus.documents.filter(
    (d) => d.id.toLowerCase() === lower || d.meta.title.toLowerCase() === lower,
  );
  if (exact.length === 1) return exact[0]!;
  const matching = suggestArticles(engine, typed, 2);
  return matching.length === 1 ? matching[0]! : null;
}

/** Scoped engines kept per engine, most recently used last; a reload brings a new engine and new scopes. */
const SCOPES_KEPT = 16;
const scopes = new WeakMap<Engine, Map<string, Engine>>();

/**
 * An engine over one article of `engine`, so that every passage and quote it returns
 * comes from that article. It reuses the article's quotes and indexes only its sentences
 * (milliseconds for a news article); the last few are kept. Results name the article by
 * its id, as `engine`'s do, so they render and are referenced through `engine`.
 */
export function articleEngine(engine: Engine, doc: CorpusDocument): Engine {
  let kept = scopes.get(engine);
  if (!kept) scopes.set(engine, (kept = new Map<string, Engine>()));
  const cached = kept.get(doc.id);
  if (cached) {
    kept.delete(doc.id);
    kept.set(doc.id, cached);
    return cached;
  }
  const corpus = { ...engine.corpus, documents: [doc], issues: [] };
  const quotes = new Map<string, readonly Quote[]>([[doc.id, documentQuotes(engine.catalog, doc.id)]]);
  const catalog = buildCatalog(corpus, quotes);
  const scoped: Engine = { corpus, catalog, index: buildIndex(catalog) };
  kept.set(doc.id, scoped);
  if (kept.size > SCOPES_KEPT) kept.delete(kept.keys().next().value!);
  return scoped;
}
