import MiniSearch, { type AsPlainObject } from 'minisearch';
import { describe, expect, it } from 'vitest';
import {
  compactHead,
  compactPostings,
  loadCompactIndex,
  type CompactHead,
  type CompactPostings,
} from '../src/search/compactIndex.js';

const notes = [
  { id: 0, text: 'The ferry left the harbour at dawn.', speaker: '' },
  {
    id: 1,
    text: 'Gulls followed the ferry out of the harbour, the harbour master said.',
    speaker: 'Ines Varga harbour master',
  },
  { id: 2, text: 'Nobody expected the storm.', speaker: 'Ines Varga' },
];
const options = { fields: ['text', 'speaker'] };

function built(): MiniSearch {
  const index = new MiniSearch(options);
  index.addAll(notes);
  return index;
}

/** MiniSearch's plain form with its terms in alphabetical order (its own order depends on how the index was filled). */
/** The compact form of a whole index: its head and each term with its postings. */
const compact = (index: MiniSearch): { head: CompactHead; terms: [string, CompactPostings][] } => {
  const plain = index.toJSON();
  return { head: compactHead(plain), terms: plain.index.map(([term, fields]) => [term, compactPostings(fields)]) };
};

const normalised = (index: MiniSearch): AsPlainObject => {
  const plain = index.toJSON();
  return { ...plain, index: [...plain.index].sort(([a], [b]) => a.localeCompare(b)) };
};

describe('compact index', () => {
  it('loads back into the same MiniSearch index after a trip through JSON', () => {
    const original = built();
    const { head, terms } = JSON.parse(JSON.stringify(compact(original))) as ReturnType<typeof compact>;
    const restored = loadCompactIndex(head, terms, options);
    expect(normalised(restored)).toEqual(normalised(original));
    for (const query of ['harbour ferry', 'varga', 'storm gulls', 'harb']) {
      expect(restored.search(query, { prefix: true, fuzzy: 0.2 })).toEqual(
        original.search(query, { prefix: true, fuzzy: 0.2 }),
      );
    }
  });

  it('keeps an index with removed documents as it was', () => {
    const original = built();
    original.discard(1);
    const { head, terms } = compact(original);
    const restored = loadCompactIndex(head, terms, options);
    expect(normalised(restored)).toEqual(normalised(original));
    expect(restored.search('gulls')).toEqual([]);
  });

  it('keeps each posting list as one list of numbers', () => {
    const harbour = compact(built()).terms.find(([term]) => term === 'harbour')![1];
    // The text field (id 0) holds "harbour" in documents 0 (once) and 1 (twice); the speaker field (id 1) in document 1.
    expect(harbour).toEqual([0, 2, 0, 1, 1, 2, 1, 1, 1, 1]);
  });

  it('refuses postings that do not add up', () => {
    const { head } = compact(built());
    // Field 0 is said to hold the term in two documents, but only one pair follows.
    expect(() => loadCompactIndex(head, [['harbour', [0, 2, 0, 1]]], options)).toThrow(RangeError);
  });
});
