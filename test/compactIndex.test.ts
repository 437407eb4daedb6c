import MiniSearch, { type AsPlainObject } from 'minisearch';
import { describe, expect, it } from 'vitest';
import { compactIndex, expandIndex } from '../src/search/compactIndex.js';

const notes = [
  { id: 0, text: 'The ferry left the harbour at dawn.', speaker: '' },
  { id: 1, text: 'Gulls followed the ferry out of the harbour, the harbour master said.', speaker: 'Ines Varga harbour master' },
  { id: 2, text: 'Nobody expected the storm.', speaker: 'Ines Varga' },
];
const options = { fields: ['text', 'speaker'] };

function built(): MiniSearch {
  const index = new MiniSearch(options);
  index.addAll(notes);
  return index;
}

/** MiniSearch's plain form with its terms in alphabetical order (its own order depends on how the index was filled). */
const normalised = (index: MiniSearch): AsPlainObject => {
  const plain = index.toJSON();
  return { ...plain, index: [...plain.index].sort(([a], [b]) => a.localeCompare(b)) };
};

describe('compact index', () => {
  it('loads back into the same MiniSearch index after a trip through JSON', () => {
    const original = built();
    const restored = MiniSearch.loadJS(expandIndex(JSON.parse(JSON.stringify(compactIndex(original.toJSON())))), options);
    expect(normalised(restored)).toEqual(normalised(original));
    for (const query of ['harbour ferry', 'varga', 'storm gulls', 'harb']) {
      expect(restored.search(query, { prefix: true, fuzzy: 0.2 })).toEqual(original.search(query, { prefix: true, fuzzy: 0.2 }));
    }
  });

  it('keeps an index with removed documents as it was', () => {
    const original = built();
    original.discard(1);
    const restored = MiniSearch.loadJS(expandIndex(compactIndex(original.toJSON())), options);
    expect(normalised(restored)).toEqual(normalised(original));
    expect(restored.search('gulls')).toEqual([]);
  });

  it('keeps each posting list as one list of numbers', () => {
    const compact = compactIndex(built().toJSON());
    const harbour = compact.postings[compact.terms.indexOf('harbour')]!;
    // The text field (id 0) holds "harbour" in documents 0 (once) and 1 (twice); the speaker field (id 1) in document 1.
    expect(harbour).toEqual([0, 2, 0, 1, 1, 2, 1, 1, 1, 1]);
  });
});
