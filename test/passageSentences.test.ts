import { describe, expect, it } from 'vitest';
import { passageAt, passageRef } from '../src/answer/passageRef.js';
import { passageRuns } from '../src/answer/passageSentences.js';
import { createEngine } from '../src/engine/engine.js';
import type { SentenceEntry } from '../src/search/catalog.js';
import { documentOf } from './helpers/document.js';

// Sentences 0–3 share a paragraph; sentence 4 stands in the next one.
const body =
  'The Marlow harbour was dredged in 1871. The work cost the town forty thousand pounds. ' +
  'A ferry to Seaview left twice a day. The captain kept a tally of every crossing.\n\nThe ferry was sold in 1902.';
const engine = createEngine({ dir: '.', documents: [documentOf(body, 'harbour')], issues: [] });
const { catalog } = engine;
const ranked = (...scored: [id: number, score: number][]) =>
  scored.map(([id, score]) => {
    const s = catalog.sentences[id]!;
    return { id, score, text: s.doc.body.slice(s.start, s.end) };
  });

describe('which sentences /ask shows for its candidates', () => {
  it('shows a candidate with the sentence beside it when that is a candidate at least half as likely', () => {
    expect(catalog.sentences).toHaveLength(5);
    // Sentence 1 is ranked third, but ln 2 of the best: it is shown with sentence 0.
    expect(passageRuns(catalog, ranked([0, 5], [4, 4.9], [1, 4.4]), 3)).toEqual([
      { first: 0, last: 1, candidate: 0 },
      { first: 4, last: 4, candidate: 1 },
    ]);
  });

  it('shows each alone when the neighbour is less likely than that, or neighbours are not asked for', () => {
    expect(passageRuns(catalog, ranked([0, 5], [1, 4.2]), 3)).toEqual([
      { first: 0, last: 0, candidate: 0 },
      { first: 1, last: 1, candidate: 1 },
    ]);
    expect(passageRuns(catalog, ranked([0, 5], [1, 4.9]), 3, { neighbours: false })).toHaveLength(2);
  });

  it('shows a candidate further along its paragraph with it, and the sentences between, when at least half as likely', () => {
    // Sentence 1, between the two, is shown within the passage and not again.
    expect(passageRuns(catalog, ranked([0, 5], [2, 4.6], [1, 1]), 3)).toEqual([{ first: 0, last: 2, candidate: 0 }]);
    // The button that shows the passage again finds it from its reference.
    const [dredged, , ferry] = catalog.sentences as [SentenceEntry, SentenceEntry, SentenceEntry];
    expect(ferry.end).toBeLessThan(catalog.paragraphs[0]!.end);
    const passage = { doc: 'harbour', start: dredged.start, end: ferry.end };
    expect(passageAt(engine, passageRef(engine, passage))?.text).toBe(body.slice(dredged.start, ferry.end));
    // A sentence between that is already shown keeps the two apart.
    expect(passageRuns(catalog, ranked([1, 9], [0, 5], [2, 4.6]), 3)).toEqual([
      { first: 1, last: 1, candidate: 0 },
      { first: 0, last: 0, candidate: 1 },
      { first: 2, last: 2, candidate: 2 },
    ]);
  });

  it('never joins sentences of two paragraphs, and shows no sentence twice', () => {
    expect(passageRuns(catalog, ranked([3, 5], [4, 4.9]), 3)).toEqual([
      { first: 3, last: 3, candidate: 0 },
      { first: 4, last: 4, candidate: 1 },
    ]);
    // Sentence 1 joins sentence 2; sentence 0, beside the already shown 1, stays alone.
    expect(passageRuns(catalog, ranked([2, 5], [1, 4.9], [0, 4.8]), 3)).toEqual([
      { first: 1, last: 2, candidate: 0 },
      { first: 0, last: 0, candidate: 2 },
    ]);
  });

  it('stops at the limit', () => {
    expect(passageRuns(catalog, ranked([0, 5], [2, 2], [4, 1]), 2)).toHaveLength(2);
  });
});
