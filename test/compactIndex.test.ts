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

  it('leaves out the postings of documents removed before it was stored, as vacuuming does', async () => {
    const original = built();
    original.discard(1);
    const { head, terms } = compact(original);
    const restored = loadCompactIndex(head, terms, options);
    await original.vacuum();
    expect(normalised(restored)).toEqual(normalised(original));
    for (const query of ['harbour', 'gulls', 'ferry storm'])
      expect(restored.search(query)).toEqual(original.search(query));
    expect(restored.search('gulls')).toEqual([]);
  });

  it('keeps document ids that are not the order they were added in', () => {
    const original = new MiniSearch(options);
    original.addAll(notes.map((note, i) => ({ ...note, id: [7, 3, 5][i]! })));
    const { head, terms } = compact(original);
    const restored = loadCompactIndex(head, terms, options);
    expect(normalised(restored)).toEqual(normalised(original));
    expect(restored.search('harbour varga')).toEqual(original.search('harbour varga'));
    expect(restored.has(3)).toBe(true);
    expect(restored.has(1)).toBe(false);
  });

  it('numbers documents added in order by their positions', () => {
    const { head, terms } = compact(built());
    const restored = loadCompactIndex(head, terms, options);
    expect([0, 1, 2, 3, -1, 0.5].map((id) => restored.has(id))).toEqual([true, true, true, false, false, false]);
    expect(restored.search('storm').map((r) => Number(r.id))).toEqual([2]);
  });

  it('refuses to change once loaded', () => {
    const { head, terms } = compact(built());
    const restored = loadCompactIndex(head, terms, options);
    expect(() => restored.add({ id: 3, text: 'A second ferry.', speaker: '' })).toThrow(TypeError);
    expect(() => restored.discard(0)).toThrow(TypeError);
    expect(restored.search('ferry').map((r) => Number(r.id))).toEqual([0, 1]);
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

  it('refuses postings whose documents are out of order', () => {
    const { head } = compact(built());
    expect(() => loadCompactIndex(head, [['harbour', [0, 2, 1, 2, 0, 1]]], options)).toThrow(RangeError);
  });
});
