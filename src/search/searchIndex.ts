import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import type { Catalog } from './catalog.js';
import { speakerText } from './catalog.js';
import { termOf, termsOf, tokenizeText } from './analyzer.js';
import {
  compactHead,
  compactPostings,
  loadCompactIndex,
  type CompactHead,
  type CompactPostings,
} from './compactIndex.js';

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
export function misspellings(
  index: SearchIndex,
  minLength: number,
  fuzziness: number,
): (term: string) => number | false {
  return (term) => (term.length >= minLength && !index.sentenceFrequency.has(term) ? fuzziness : false);
}

/**
 * Those of `terms`, words the corpus never uses, that a search matched to words it does
 * use (see {@link misspellings}): misspelt, as far as the search can tell.
 */
export function matchedOtherwise(terms: readonly string[], hits: readonly SearchResult[]): Set<string> {
  const wanted = new Set(terms);
  const found = new Set<string>();
  for (const hit of hits) {
    if (found.size === wanted.size) break;
    for (const t of hit.queryTerms) if (wanted.has(t)) found.add(t);
  }
  return found;
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
      return field === 'text'
        ? entry.doc.body.slice(entry.start, entry.end)
        : speakerText(entry.quote?.speaker ?? null);
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
  return {
    ...options,
    idField: 'id',
    extractField: (doc: number, field: string): unknown => (field === 'id' ? doc : extract(doc, field)),
  };
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
 * One term of a search index as written to the prebuilt file: the term, how many
 * sentences contain it (0 for a term only found in speakers' names), and its postings
 * (none for a term MiniSearch does not hold).
 */
export type StoredTerm = [term: string, sentences: number, postings: CompactPostings];

/**
 * A search index as plain data for a file: one head, then one entry per term, so that
 * a reader can hand the terms to MiniSearch one at a time instead of holding them all.
 */
export interface StoredIndex {
  head: CompactHead;
  terms: StoredTerm[];
}

export function storeIndex(index: SearchIndex): StoredIndex {
  const plain = index.sentences.toJSON();
  const terms: StoredTerm[] = plain.index.map(([term, fields]) => [
    term,
    index.sentenceFrequency.get(term) ?? 0,
    compactPostings(fields),
  ]);
  const indexed = new Set(plain.index.map(([term]) => term));
  for (const [term, sentences] of index.sentenceFrequency) if (!indexed.has(term)) terms.push([term, sentences, []]);
  return { head: compactHead(plain), terms };
}

/**
 * Restores an index stored by {@link storeIndex} for the same catalog. `terms` is read
 * once, in order, while MiniSearch builds its maps; an error it throws is thrown from here.
 */
export function loadIndex(head: CompactHead, terms: Iterable<StoredTerm>, catalog: Catalog): SearchIndex {
  const sentenceFrequency = new Map<string, number>();
  function* postings(): Generator<[string, CompactPostings]> {
    for (const [term, sentences, list] of terms) {
      if (sentences > 0) sentenceFrequency.set(term, sentences);
      if (list.length > 0) yield [term, list];
    }
  }
  return {
    sentences: loadCompactIndex(head, postings(), withIds(sentenceOptions(catalog))),
    sentenceFrequency,
  };
}

export type { CompactHead };
export { BOOST };
