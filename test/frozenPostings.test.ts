import { describe, expect, it } from 'vitest';
import { PostingStore } from '../src/search/frozenPostings.js';

// Field 0 holds the term in documents 2 (once), 5 (three times) and 9 (twice); field 1 in document 5.
const LIST = [0, 3, 2, 1, 5, 3, 9, 2, 1, 1, 5, 1];
const everyDocument = (): boolean => true;

describe('frozen postings', () => {
  it('read as the maps of field and document they replace', () => {
    const store = new PostingStore();
    const term = store.add(LIST, everyDocument);
    store.trim();
    expect(term.size).toBe(2);
    expect([...term.keys()]).toEqual([0, 1]);
    const text = term.get(0)!;
    expect(new Map(text)).toEqual(
      new Map([
        [2, 1],
        [5, 3],
        [9, 2],
      ]),
    );
    expect(text.size).toBe(3);
    // Asked out of the order the documents are listed in, and for documents that are not there.
    expect([9, 2, 5, 4, 0, 10].map((doc) => text.get(doc))).toEqual([2, 1, 3, undefined, undefined, undefined]);
    expect(text.has(5)).toBe(true);
    expect(text.has(4)).toBe(false);
    expect(new Map(term.get(1))).toEqual(new Map([[5, 1]]));
    expect(term.get(2)).toBeUndefined();
  });

  it('keeps terms apart in one store', () => {
    const store = new PostingStore();
    const first = store.add(LIST, everyDocument);
    const second = store.add([1, 1, 4, 7], everyDocument);
    expect(first.get(1)!.get(5)).toBe(1);
    expect(first.get(1)!.get(4)).toBeUndefined();
    expect([...second.entries()].map(([field, docs]) => [field, [...docs]])).toEqual([[1, [[4, 7]]]]);
  });

  it('leaves out documents it is told to, and a field with none left', () => {
    const store = new PostingStore();
    const term = store.add(LIST, (doc) => doc !== 5);
    expect([...term.keys()]).toEqual([0]);
    expect([...term.get(0)!]).toEqual([
      [2, 1],
      [9, 2],
    ]);
  });

  it('cannot be written to', () => {
    // As MiniSearch sees them: maps.
    const term: Map<number, Map<number, number>> = new PostingStore().add(LIST, everyDocument);
    const field: Map<number, number> = term.get(0)!;
    expect(() => term.set(3, new Map())).toThrow(TypeError);
    expect(() => field.set(3, 1)).toThrow(TypeError);
    expect(() => field.delete(2)).toThrow(TypeError);
    expect(() => term.clear()).toThrow(TypeError);
  });
});
