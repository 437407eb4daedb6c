import type { AsPlainObject } from 'minisearch';

/**
 * A MiniSearch index as flat arrays of numbers, for the prebuilt index file.
 *
 * MiniSearch's own plain form keeps every posting list as an object keyed by document
 * id: parsed from JSON, a 30,000-sentence index becomes hundreds of thousands of small
 * objects, all garbage once MiniSearch has made its maps, which more than doubles the
 * memory a process needs at start. Here a term's postings are one array of numbers
 * (packed by the JSON parser), and the plain form is rebuilt one term at a time while
 * MiniSearch loads it.
 */
export interface CompactIndex {
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
  terms: string[];
  /**
   * Per term (same order as `terms`): for each field that holds it, the field id, the
   * number of documents, then that many pairs of short document id and term frequency.
   */
  postings: number[][];
}

/** The compact form of MiniSearch's plain form (`miniSearch.toJSON()`). Document ids must be numbers, as catalog positions are. */
export function compactIndex(plain: AsPlainObject): CompactIndex {
  const fieldCount = Object.keys(plain.fieldIds).length;
  const documentIds: number[] = [];
  for (const [shortId, id] of Object.entries(plain.documentIds)) documentIds.push(Number(shortId), id as number);
  const fieldLength: number[] = [];
  for (const [shortId, lengths] of Object.entries(plain.fieldLength)) {
    fieldLength.push(Number(shortId));
    for (let f = 0; f < fieldCount; f += 1) fieldLength.push(lengths[f] ?? 0);
  }
  const terms: string[] = [];
  const postings: number[][] = [];
  for (const [term, fields] of plain.index) {
    const list: number[] = [];
    for (const [fieldId, entry] of Object.entries(fields)) {
      const docs = Object.entries(entry as Record<string, number>);
      list.push(Number(fieldId), docs.length);
      for (const [doc, frequency] of docs) list.push(Number(doc), frequency);
    }
    terms.push(term);
    postings.push(list);
  }
  const { documentCount, nextId, fieldIds, averageFieldLength, serializationVersion } = plain;
  return { documentCount, nextId, fieldIds, averageFieldLength, dirtCount: plain.dirtCount ?? 0, serializationVersion, documentIds, fieldLength, terms, postings };
}

/**
 * MiniSearch's plain form of a compact index, for `MiniSearch.loadJS`. Its term list is
 * made on demand: `loadJS` reads it once, in order, with `for … of`, so each term's
 * objects live only until MiniSearch has turned them into its maps. (The round trip is
 * covered by the tests that answer from a restored index.)
 */
export function expandIndex(compact: CompactIndex): AsPlainObject {
  const fieldCount = Object.keys(compact.fieldIds).length;
  const documentIds: Record<string, number> = {};
  for (let i = 0; i < compact.documentIds.length; i += 2) documentIds[compact.documentIds[i]!] = compact.documentIds[i + 1]!;
  const fieldLength: Record<string, number[]> = {};
  for (let i = 0; i < compact.fieldLength.length; i += fieldCount + 1) fieldLength[compact.fieldLength[i]!] = compact.fieldLength.slice(i + 1, i + 1 + fieldCount);
  const { documentCount, nextId, fieldIds, averageFieldLength, dirtCount, serializationVersion } = compact;
  return {
    documentCount,
    nextId,
    fieldIds,
    averageFieldLength,
    dirtCount,
    serializationVersion,
    documentIds,
    fieldLength,
    storedFields: {},
    index: termsOf(compact) as unknown as AsPlainObject['index'],
  };
}

function* termsOf(compact: CompactIndex): Generator<AsPlainObject['index'][number]> {
  for (const [i, term] of compact.terms.entries()) {
    const list = compact.postings[i]!;
    const fields: Record<string, Record<string, number>> = {};
    for (let at = 0; at < list.length; ) {
      const fieldId = list[at]!;
      const count = list[at + 1]!;
      const entry: Record<string, number> = {};
      for (let k = 0; k < count; k += 1) entry[list[at + 2 + 2 * k]!] = list[at + 3 + 2 * k]!;
      fields[fieldId] = entry;
      at += 2 + 2 * count;
    }
    yield [term, fields];
  }
}
