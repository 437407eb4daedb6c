import type { Corpus } from '../corpus/types.js';
import { findQuotes } from '../quotes/findQuotes.js';
import type { Quote } from '../quotes/types.js';
import { buildCatalog, type Catalog } from '../search/catalog.js';
import { buildIndex, type SearchIndex } from '../search/searchIndex.js';

/**
 * A loaded corpus with its quotes and search index: everything `ask`, `whoSaid` and
 * the listings read. Built once; every query is a pure function of the engine and input.
 */
export interface Engine {
  corpus: Corpus;
  catalog: Catalog;
  index: SearchIndex;
}

/**
 * Finds the quotes of every document and indexes the corpus, for a corpus already in
 * memory and with no index file. Front ends open their engine with `openEngine`.
 */
export function createEngine(corpus: Corpus): Engine {
  const quotesByDoc = new Map<string, Quote[]>(corpus.documents.map((doc) => [doc.id, findQuotes(doc)]));
  const catalog = buildCatalog(corpus, quotesByDoc);
  return { corpus, catalog, index: buildIndex(catalog) };
}
