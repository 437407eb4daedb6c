import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import { PostingStore } from './frozenPostings.js';
import { readOnly } from './readOnlyMap.js';
import { IdentityMap, isIdentity } from './identityMap.js';

/**
 * A MiniSearch index as flat arrays of numbers, for the prebuilt index file.
 *
 * MiniSearch's own plain form keeps every posting list as an object keyed by document
 * id: parsed from JSON, a 30,000-sentence index becomes hundreds of thousands of small
 * objects, all garbage once MiniSearch has made its maps, which more than doubles the
 * memory a process needs at start. Here a term's postings are one array of numbers, read
 * from the file one term at a time into one shared array that the loaded index searches
 * (see {@link loadCompactIndex}).
 */
export interface CompactHead {
  documentCount: number;
  nextId: number;
  fieldIds: Record<string, number>;
  averageFieldLength: number[];
  dirtCount: number;
  serializationVersion: number;
  /** Pairs of MiniSearch short id and document id. */
  documentIds: number[];
  /** Per document: its short id, then the length of each field in the order of `fieldIds`. */
  fieldLength: number[];
}

/**
 * A term's postings: for each field that holds it, the field id, the number of
 * documents, then that many pairs of short document id and term frequency.
 */
export type CompactPostings = number[];

type PlainPostings = AsPlainObject['index'][number][1];

/** Everything but the terms of MiniSearch's plain form (`miniSearch.toJSON()`). Document ids must be numbers, as catalog positions are. */
export function compactHead(plain: AsPlainObject): CompactHead {
  const fieldCount = Object.keys(plain.fieldIds).length;
  const documentIds: number[] = [];
  for (const [shortId, id] of Object.entries(plain.documentIds)) documentIds.push(Number(shortId), id as number);
  const fieldLength: number[] = [];
  for (const [shortId, lengths] of Object.entries(plain.fieldLength)) {
    fieldLength.push(Number(shortId));
    for (let f = 0; f < fieldCount; f += 1) fieldLength.push(lengths[f] ?? 0);
  }
  const { documentCount, nextId, fieldIds, averageFieldLength, serializationVersion } = plain;
  return {
    documentCount,
    nextId,
    fieldIds,
    averageFieldLength,
    dirtCount: plain.dirtCount ?? 0,
    serializationVersion,
    documentIds,
    fieldLength,
  };
}

/** One term's postings of the plain form in compact form. */
export function compactPostings(fields: PlainPostings): CompactPostings {
  const list: number[] = [];
  for (const [fieldId, entry] of Object.entries(fields)) {
    const docs = Object.entries(entry as Record<string, number>);
    list.push(Number(fieldId), docs.length);
    for (const [doc, frequency] of docs) list.push(Number(doc), frequency);
  }
  return list;
}

/**
 * A MiniSearch index loaded from its compact form. MiniSearch keeps its state in protected
 * fields for subclasses; this one sets them as `MiniSearch.loadJS` would, except that each
 * term's postings are a read-only view of one shared array (see `frozenPostings`) instead
 * of maps of their own, and documents numbered as they were added share one map of
 * numbers to themselves for their ids (see `IdentityMap`). Searching it gives exactly
 * what searching the index it was stored from gives.
 */
class LoadedIndex extends MiniSearch<number> {
  static load(
    head: CompactHead,
    terms: Iterable<[term: string, postings: CompactPostings]>,
    options: Options,
  ): MiniSearch {
    if (head.serializationVersion !== 2) throw new RangeError(`unknown index version ${head.serializationVersion}`);
    const index = new LoadedIndex(options);
    index._documentCount = head.documentCount;
    index._nextId = head.nextId;
    index._fieldIds = head.fieldIds;
    index._avgFieldLength = head.averageFieldLength;
    if (isIdentity(head.documentIds)) {
      const ids = new IdentityMap(head.documentIds.length / 2);
      index._documentIds = ids;
      index._idToShortId = ids;
    } else {
      for (let i = 0; i < head.documentIds.length; i += 2) {
        index._documentIds.set(head.documentIds[i]!, head.documentIds[i + 1]!);
        index._idToShortId.set(head.documentIds[i + 1]!, head.documentIds[i]!);
      }
    }
    // Documents with the same field lengths share one array: a corpus has a few hundred
    // distinct pairs of sentence and speaker length across tens of thousands of sentences.
    // MiniSearch writes a document's lengths only while adding that document.
    const fieldCount = Object.keys(head.fieldIds).length;
    const sameLengths = new Map<string, number[]>();
    for (let i = 0; i < head.fieldLength.length; i += fieldCount + 1) {
      const lengths = head.fieldLength.slice(i + 1, i + 1 + fieldCount);
      const key = lengths.join(',');
      index._fieldLength.set(head.fieldLength[i]!, sameLengths.get(key) ?? (sameLengths.set(key, lengths), lengths));
    }
    // Postings of documents removed before the index was stored are left out, as
    // MiniSearch's vacuuming would; none is then left to clean up.
    const store = new PostingStore();
    const present = (doc: number): boolean => index._documentIds.has(doc);
    for (const [term, list] of terms) {
      const postings = store.add(list, present);
      if (postings.size > 0) index._index.set(term, postings);
    }
    store.trim();
    index._dirtCount = 0;
    return index;
  }

  override add(): never {
    return readOnly();
  }

  override addAll(): never {
    return readOnly();
  }

  override addAllAsync(): never {
    return readOnly();
  }

  override remove(): never {
    return readOnly();
  }

  override removeAll(): never {
    return readOnly();
  }

  override discard(): never {
    return readOnly();
  }

  override discardAll(): never {
    return readOnly();
  }

  override replace(): never {
    return readOnly();
  }
}

/**
 * A MiniSearch index loaded from its compact form (see {@link LoadedIndex}). `terms` is
 * read once, in order, so the terms can come from a file one at a time. Postings that do
 * not add up, or whose documents are out of order, throw a `RangeError`.
 */
export function loadCompactIndex(
  head: CompactHead,
  terms: Iterable<[term: string, postings: CompactPostings]>,
  options: Options,
): MiniSearch {
  return LoadedIndex.load(head, terms, options);
}
