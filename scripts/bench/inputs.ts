import type { Engine } from '../../src/engine/engine.js';
import { seededRandom } from './stats.js';

const FRAMES = ['What did {} ?', 'Who {} ?', 'How many {} ?', 'When did {} ?', 'Why {} ?', '{}'];

/** Questions made of the corpus's own words: word windows from random sentences in question frames, a few misspelt. */
export function questionsFrom(engine: Engine, count: number, seed = 1): string[] {
  const random = seededRandom(seed);
  const { sentences } = engine.catalog;
  const out: string[] = [];
  while (out.length < count && sentences.length > 0) {
    const s = sentences[Math.floor(random() * sentences.length)]!;
    const words = s.doc.body.slice(s.start, s.end).match(/\p{L}[\p{L}'’-]*/gu) ?? [];
    if (words.length < 3) continue;
    const length = 2 + Math.floor(random() * 5);
    const from = Math.floor(random() * Math.max(1, words.length - length));
    let window = words.slice(from, from + length);
    if (random() < 0.2) window = window.map((w) => (w.length > 5 ? w.slice(0, 2) + w.slice(3) : w));
    out.push(FRAMES[Math.floor(random() * FRAMES.length)]!.replace('{}', window.join(' ')));
  }
  return out;
}

/** Parts of quotes as people paste or type them: a window of a quote's words, sometimes cut mid-word. */
export function quoteFragmentsFrom(engine: Engine, count: number, seed = 2): string[] {
  const random = seededRandom(seed);
  const { quotes } = engine.catalog;
  const out: string[] = [];
  while (out.length < count && quotes.length > 0) {
    const words = quotes[Math.floor(random() * quotes.length)]!.text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
    if (words.length < 2) continue;
    const length = 2 + Math.floor(random() * 7);
    const from = Math.floor(random() * Math.max(1, words.length - length));
    const fragment = words.slice(from, from + length).join(' ');
    out.push(random() < 0.3 ? fragment.slice(0, Math.max(3, fragment.length - 2)) : fragment);
  }
  return out;
}
