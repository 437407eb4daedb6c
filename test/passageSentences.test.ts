import { describe, expect, it } from 'vitest';
import { passageRuns } from '../src/answer/passageSentences.js';
import { createEngine } from '../src/engine/engine.js';
import { documentOf } from './helpers/document.js';

// Sentences 0–2 share a paragraph; sentence 3 stands in the next one.
const body =
  'The Marlow harbour was dredged in 1871. The work cost the town forty thousand pounds. ' +
  'A ferry to Seaview left twice a day.\n\nThe ferry was sold in 1902.';
const { catalog } = createEngine({ dir: '.', documents: [documentOf(body, 'harbour')], issues: [] });
const ranked = (...scored: [id: number, score: number][]) =>
  scored.map(([id, score]) => {
    const s = catalog.sentences[id]!;
    return { id, score, text: s.doc.body.slice(s.start, s.end) };
  });

describe('which sentences /ask shows for its candidates', () => {
  it('shows a candidate with the sentence beside it when that is a candidate at least half as likely', () => {
    expect(catalog.sentences).toHaveLength(4);
    // Sentence 1 is ranked third, but ln 2 of the best: it is shown with sentence 0.
    expect(passageRuns(catalog, ranked([0, 5], [3, 4.9], [1, 4.4]), 3)).toEqual([
      { first: 0, last: 1, candidate: 0 },
      { first: 3, last: 3, candidate: 1 },
    ]);
  });

  it('shows each alone when the neighbour is less likely than that, or neighbours are not asked for', () => {
    expect(passageRuns(catalog, ranked([0, 5], [1, 4.2]), 3)).toEqual([
      { first: 0, last: 0, candidate: 0 },
      { first: 1, last: 1, candidate: 1 },
    ]);
    expect(passageRuns(catalog, ranked([0, 5], [1, 4.9]), 3, { neighbours: false })).toHaveLength(2);
  });

  it('never joins sentences of two paragraphs, and shows no sentence twice', () => {
    expect(passageRuns(catalog, ranked([2, 5], [3, 4.9]), 3)).toEqual([
      { first: 2, last: 2, candidate: 0 },
      { first: 3, last: 3, candidate: 1 },
    ]);
    // Sentence 1 joins sentence 2; sentence 0, beside the already shown 1, stays alone.
    expect(passageRuns(catalog, ranked([2, 5], [1, 4.9], [0, 4.8]), 3)).toEqual([
      { first: 1, last: 2, candidate: 0 },
      { first: 0, last: 0, candidate: 2 },
    ]);
  });

  it('stops at the limit', () => {
    expect(passageRuns(catalog, ranked([0, 5], [2, 2], [3, 1]), 2)).toHaveLength(2);
  });
});
