import MiniSearch, { type Options, type SearchOptions, type SearchResult } from 'minisearch';
import type { Catalog } from './catalog.js';
import { speakerText } from './catalog.js';
import { termOf, termsOf, tokenizeText } from './analyzer.js';
import { compactIndex, expandIndex, type CompactIndex } from './compactIndex.js';

/**
 * The full-text index over a {@link Catalog}: its sentences, with the speaker of the
 * quote each belongs to. Paragraph matches and quotes are found through their sentences
 * (see `paragraphScores` and `whoSaid`), so one index serves every command. Index ids
 * are catalog positions; no text is stored in the index.
 */
export interface SearchIndex {
  sentences: MiniSearch;
  /** How many sentences contain each term: for weighting query terms by rarity. */
  sentenceFrequency: Map<string, number>;
}

/**
 * MiniSearch's `fuzzy` option for possible misspellings: words of at least `minLength`
 * letters that the corpus never uses, matched within `fuzziness` edits per letter. A
 * word the corpus uses is taken as meant, which also spares the index the costly search
 * for its near spellings.
 */
export function misspellings(index: SearchIndex, minLength: number, fuzziness: number): (term: string) => number | false {
  return (term) => (term.length >= minLength && !index.sentenceFrequency.has(term) ? fuzziness : false);
}

/** Field weights: the words of a passage count more than the name of who said it. */
const BOOST = { text: 2, speaker: 1 };

/**
 * BM25+ tuned for sentence-length passages: weaker length normalisation than the
 * document-length default (b = 0.7), since one long sentence is not "less about" a
 * word than a short one the way a long document is.
 */
export const SENTENCE_BM25 = { k: 1.2, b: 0.5, d: 0.5 };

const analysis = { tokenize: tokenizeText, processTerm: termOf };

function sentenceOptions(catalog: Catalog): Options {
  return {
    ...analysis,
    fields: ['text', 'speaker'],
    extractField: (id: number, field: string) => {
      const entry = catalog.sentences[id]!;
      return field === 'text' ? entry.doc.body.slice(entry.start, entry.end) : speakerText(entry.quote?.speaker ?? null);
    },
  };
}

/**
 * A MiniSearch index whose documents are catalog positions: the id field of document
 * `n` is `n` itself, the other fields are read from the catalog.
 */
function positionIndex(options: Options, count: number): MiniSearch {
  const index = new MiniSearch(withIds(options));
  index.addAll(Array.from({ length: count }, (_, i) => i));
  return index;
}

function withIds(options: Options): Options {
  const extract = options.extractField!;
  return { ...options, idField: 'id', extractField: (doc: number, field: string) => (field === 'id' ? doc : extract(doc, field)) };
}

export function buildIndex(catalog: Catalog): SearchIndex {
  const sentenceFrequency = new Map<string, number>();
  for (const entry of catalog.sentences) {
    for (const term of new Set(termsOf(entry.doc.body.slice(entry.start, entry.end)))) {
      sentenceFrequency.set(term, (sentenceFrequency.get(term) ?? 0) + 1);
    }
  }
  return {
    sentences: positionIndex(sentenceOptions(catalog), catalog.sentences.length),
    sentenceFrequency,
  };
}

/**
 * A search index as plain data for a JSON file. The MiniSearch index is kept in its
 * compact form (not a JSON string inside JSON), so loading parses the file once, holds
 * no second copy of the index as text, and makes little garbage.
 */
export interface SerializedIndex {
  sentences: CompactIndex;
  sentenceFrequency: [string, number][];
}

export function indexToJSON(index: SearchIndex): SerializedIndex {
  return {
    sentences: compactIndex(index.sentences.toJSON()),
    sentenceFrequency: [...index.sentenceFrequency],
  };
}

/** Restores an index saved by {@link indexToJSON} for the same catalog. */
export function indexFromJSON(json: SerializedIndex, catalog: Catalog): SearchIndex {
  return {
    sentences: MiniSearch.loadJS(expandIndex(json.sentences), withIds(sentenceOptions(catalog))),
    sentenceFrequency: new Map(json.sentenceFrequency),
  };
}

export type { CompactIndex, SearchOptions, SearchResult };
export { BOOST };
