import { describe, expect, it } from 'vitest';
import type { Engine } from '../src/engine/engine.js';
import { paragraphScores } from '../src/answer/paragraphContext.js';
import { whoSaid } from '../src/answer/whoSaid.js';
import { ask } from '../src/answer/ask.js';
import { engineOfText } from './helpers/engine.js';

const engineOf = (text: string): Engine => engineOfText(text, 'valley');

const valley = engineOf(
  [
    'The orchard cooperative met in the old mill on Tuesday. Its members voted on the cider price.',
    '',
    'A new bridge over the river opened in spring. The bridge carries a cycle lane.',
    '',
    '“The orchard will outlive every one of us,” said Mara Quill, who chairs the cooperative. She planted the first pear trees herself.',
  ].join('\n'),
);

/** Paragraph scores for a search of the sentence index, every term weighing 1. */
function scoresFor(engine: Engine, query: string): Map<number, number> {
  const hits = engine.index.sentences.search(query, { combineWith: 'OR' });
  const matches = paragraphScores(engine.catalog, hits, () => 1);
  return new Map(
    matches.best(matches.size).map((id) => [engine.catalog.paragraphs[id]!.paragraph, matches.scoreOf(id)]),
  );
}

describe('paragraph context from sentence matches', () => {
  it('scores only the paragraphs whose sentences match', () => {
    expect([...scoresFor(valley, 'bridge').keys()]).toEqual([2]);
  });

  it('scores a paragraph higher when more of its sentences hold the term', () => {
    // "bridge" is in both sentences of paragraph 2; "orchard" in one sentence of paragraphs 1 and 3.
    const scores = scoresFor(valley, 'bridge orchard');
    expect(scores.get(2)!).toBeGreaterThan(scores.get(1)!);
  });

  it('counts a term once for each sentence, with diminishing returns', () => {
    const once = scoresFor(engineOf('The kiln cracked. The roof leaked.'), 'kiln').get(1)!;
    const twice = scoresFor(engineOf('The kiln cracked. The kiln leaked.'), 'kiln').get(1)!;
    expect(twice).toBeGreaterThan(once);
    expect(twice).toBeLessThan(2 * once);
  });

  it('does not count a match on the name of a speaker as a match of the paragraph', () => {
    const engine = engineOf(
      ['Mara Quill chairs the cooperative.', '', '“We planted these pears for our grandchildren,” Quill said.'].join(
        '\n',
      ),
    );
    const hits = engine.index.sentences.search('Mara', { combineWith: 'OR' });
    // The quote's sentence matches through its speaker's full name, which the sentence itself does not hold.
    expect(hits.map((h) => engine.catalog.sentences[h.id as number]!.paragraph).sort()).toEqual([1, 2]);
    const matches = paragraphScores(engine.catalog, hits, () => 1);
    expect(matches.best(matches.size).map((id) => engine.catalog.paragraphs[id]!.paragraph)).toEqual([1]);
  });

  it('records which query terms a paragraph holds exactly', () => {
    const hits = valley.index.sentences.search('cider mill bri', { combineWith: 'OR', prefix: true });
    const matches = paragraphScores(valley.catalog, hits, () => 1);
    const idOf = (paragraph: number): number => valley.catalog.paragraphs.findIndex((p) => p.paragraph === paragraph);
    const held = (paragraph: number): string[] =>
      ['cider', 'mill', 'bri'].filter((term) => matches.holdsExactly(idOf(paragraph), term));
    expect(held(1)).toEqual(['cider', 'mill']);
    // "bri" is found only as the start of "bridge": its paragraph matches, but not exactly.
    expect(matches.scoreOf(idOf(2))).toBeGreaterThan(0);
    expect(held(2)).toEqual([]);
  });
});

describe('the paragraphs a search matches', () => {
  it('ranks them by score, equal scores by their order in the catalog, as many as asked for', () => {
    const engine = engineOf(
      ['The kiln cracked.', '', 'The kiln cracked again and again.', '', 'The kiln cracked.'].join('\n'),
    );
    const matches = paragraphScores(engine.catalog, engine.index.sentences.search('kiln'), () => 1);
    const paragraphs = (ids: number[]): number[] => ids.map((id) => engine.catalog.paragraphs[id]!.paragraph);
    // The longer paragraph scores lower; the two short ones tie.
    expect(paragraphs(matches.best(3))).toEqual([1, 3, 2]);
    expect(paragraphs(matches.best(2))).toEqual([1, 3]);
    expect(matches.best(0)).toEqual([]);
    expect(matches.scoreOf(0)).toBe(matches.scoreOf(2));
  });

  it('scores a paragraph no sentence of which matches 0, whatever was searched before', () => {
    const bridge = scoresFor(valley, 'bridge');
    expect([...scoresFor(valley, 'orchard').keys()].sort()).toEqual([1, 3]);
    expect(scoresFor(valley, 'bridge')).toEqual(bridge);
    const hits = valley.index.sentences.search('bridge');
    expect(paragraphScores(valley.catalog, hits, () => 1).scoreOf(0)).toBe(0);
  });
});

describe('quotes found through their sentences', () => {
  it('finds a quote that is only part of a long sentence', () => {
    const [best] = whoSaid(valley, 'outlive every one of us');
    expect(best?.text).toBe('“The orchard will outlive every one of us,”');
    expect(best?.speaker?.name).toBe('Mara Quill');
  });

  it('finds a quote whose words run over two sentences', () => {
    const engine = engineOf('“We close at dusk. Nobody fishes after dark,” the warden, Ilse Marron, said.');
    const [best] = whoSaid(engine, 'close at dusk nobody fishes');
    expect(best?.text).toBe('“We close at dusk. Nobody fishes after dark,”');
    expect(best?.speaker?.name).toBe('Ilse Marron');
  });

  it('lifts a sentence whose paragraph is about what the question names', () => {
    const town = engineOf(
      [
        'The Quarry Lane bakery opened in a former forge. Its ovens burn beech from the valley. Customers queue before dawn for rye loaves.',
        '',
        'The council debated the bus timetable again. Customers queue before dawn.',
      ].join('\n'),
    );
    const texts = ask(town, 'Do customers of the Quarry Lane bakery queue before dawn?').map((r) => r.text);
    // The council's sentence matches the question's words better on its own, but says nothing of the bakery.
    const bakery = texts.findIndex((t) => t.includes('Customers queue before dawn for rye loaves.'));
    expect(bakery).toBeGreaterThanOrEqual(0);
    expect(bakery).toBeLessThan(texts.indexOf('Customers queue before dawn.'));
  });
});
