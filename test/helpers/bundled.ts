import { fileURLToPath } from 'node:url';
import { openEngine } from '../../src/engine/openEngine.js';
import type { Engine } from '../../src/engine/engine.js';
import type { Result } from '../../src/answer/types.js';

/** The bundled corpus folder. */
export const BUNDLED_CORPUS = fileURLToPath(new URL('../../corpus', import.meta.url));

let bundled: Promise<Engine> | undefined;

/** The engine over the bundled article, built once per test file. */
export function bundledEngine(): Promise<Engine> {
  bundled ??= openEngine(BUNDLED_CORPUS).then((opened) => opened.engine);
  return bundled;
}

/** True when a result's text and offsets agree with its document body. */
export function isVerbatim(engine: Engine, r: Pick<Result, 'doc' | 'start' | 'end' | 'text'>): boolean {
  const doc = engine.catalog.byId.get(r.doc);
  return doc !== undefined && r.start < r.end && doc.body.slice(r.start, r.end) === r.text;
}
