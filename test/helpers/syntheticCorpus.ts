import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../../scripts/bench/stats.js';

const PEOPLE = ['Mara Okafor', 'Tomas Lind', 'Priya Raman', 'Owen Hale', 'Lucia Ferro', 'Daniel Osei'];
const ROLES = ['the harbour master', 'a council member', 'the mill owner', 'a ferry captain'];
const NOUNS = ['bridge', 'ferry', 'harbour', 'mill', 'library', 'market', 'tide', 'council', 'budget', 'road'];
const VERBS = ['opened', 'closed', 'flooded', 'reopened', 'doubled', 'stalled', 'recovered', 'shrank'];

/**
 * Writes `count` invented news articles to `dir`, each with reported and quoted speech,
 * for tests that need a corpus big enough to take seconds to index. Deterministic.
 */
export function writeSyntheticCorpus(dir: string, count: number, paragraphs = 12): void {
  mkdirSync(dir, { recursive: true });
  const random = seededRandom(count);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  for (let i = 0; i < count; i += 1) {
    const lines: string[] = [];
    for (let p = 0; p < paragraphs; p += 1) {
      const who = pick(PEOPLE);
      const a = `The ${pick(NOUNS)} ${pick(VERBS)} in ${1900 + Math.floor(random() * 120)} after the ${pick(NOUNS)} ${pick(VERBS)}.`;
      lines.push(
        p % 3 === 0
          ? `${a} ${who}, ${pick(ROLES)}, said the ${pick(NOUNS)} would be ${pick(VERBS)} by spring.`
          : `“The ${pick(NOUNS)} ${pick(VERBS)} and nobody told us,” ${who} said. ${a}`,
      );
    }
    writeFileSync(join(dir, `story-${String(i).padStart(4, '0')}.txt`), `${lines.join('\n\n')}\n`);
  }
}
