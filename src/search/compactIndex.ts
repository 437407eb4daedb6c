import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';

/**
 * A MiniSearch index as flat arrays of numbers, for the prebuilt index file.
 *
 * MiniSearch's own plain form keeps every posting list as an object keyed by document
 * id: parsed from JSON, a 30,000-sentence index becomes hundreds of thousands of small
 * objects, all garbage once MiniSearch has made its maps, which more than doubles the
 * memory a process needs at start. Here a term's postings are one array of numbers, and
 * the plain form is rebuilt one term at a time while MiniSearch loads it, so the terms
 * can be read from the file one at a time too.
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
 * A MiniSearch index loaded from its compact form: the one place that calls
 * `MiniSearch.loadJS` (public in minisearch 7.2, though left out of its documentation;
 * the version is pinned). Its term list is `terms` mapped on demand: `loadJS` reads the
 * list once, in order, with `for … of`, so each term's objects live only until MiniSearch
 * has turned them into its maps, and the terms can be read from a file one at a time.
 * Postings that do not add up throw a `RangeError`.
 */
export function loadCompactIndex(
  head: CompactHead,
  terms: Iterable<[term: string, postings: CompactPostings]>,
  options: Options,
): MiniSearch {
  const fieldCount = Object.keys(head.fieldIds).length;
  const documentIds: Record<string, number> = {};
  for (let i = 0; i < head.documentIds.length; i += 2) documentIds[head.documentIds[i]!] = head.documentIds[i + 1]!;
  // Documents with the same field lengths share one array: a corpus has a few hundred
  // distinct pairs of sentence and speaker length across tens of thousands of sentences.
  // MiniSearch writes a document's lengths only while adding that document, so a loaded
  // document's array is never changed.
  const fieldLength: Record<string, number[]> = {};
  const sameLengths = new Map<string, number[]>();
  for (let i = 0; i < head.fieldLength.length; i += fieldCount + 1) {
    const lengths = head.fieldLength.slice(i + 1, i + 1 + fieldCount);
    const key = lengths.join(',');
    fieldLength[head.fieldLength[i]!] = sameLengths.get(key) ?? (sameLengths.set(key, lengths), lengths);
  }
  const { documentCount, nextId, fieldIds, averageFieldLength, dirtCount, serializationVersion } = head;
  const plain: AsPlainObject = {
    documentCount,
    nextId,
    fieldIds,
    averageFieldLength,
    dirtCount,
    serializationVersion,
    documentIds,
    fieldLength,
    storedFields: {},
    index: new TermStream(expandTerms(terms)),
  };
  return MiniSearch.loadJS(plain, options);
}

/**
 * The term list of a plain index, handed over as it is read: an array whose iteration
 * yields from `source` and that holds nothing itself. Only iteration is meant for it,
 * which is all `loadJS` does with the list.
 */
class TermStream<T> extends Array<T> {
  constructor(private readonly source: Iterable<T>) {
    super();
  }

  override *[Symbol.iterator](): Generator<T, undefined, unknown> {
    yield* this.source;
  }
}

function* expandTerms(terms: Iterable<[string, CompactPostings]>): Generator<AsPlainObject['index'][number]> {
  for (const [term, list] of terms) yield [term, expandPostings(list)];
}

function expandPostings(list: CompactPostings): PlainPostings {
  const fields: Record<string, Record<string, number>> = {};
  for (let at = 0; at < list.length;) {
    const fieldId = list[at]!;
    const count = list[at + 1] ?? -1;
    if (!(count >= 0) || at + 2 + 2 * count > list.length) throw new RangeError('postings do not add up');
    const entry: Record<string, number> = {};
    for (let k = 0; k < count; k += 1) entry[list[at + 2 + 2 * k]!] = list[at + 3 + 2 * k]!;
    fields[fieldId] = entry;
    at += 2 + 2 * count;
  }
  return fields;
}
