import { ReadOnlyMap } from './readOnlyMap.js';

/**
 * The read-only map of 0 … size − 1 each to itself. An index whose documents are catalog
 * positions, added in order, gives each document MiniSearch's next short id, its position:
 * both of MiniSearch's id maps (short id to id and back) are then this one map, which holds
 * nothing, instead of two maps of 33,000 entries (3.5 MB) on 924 news articles.
 */
export class IdentityMap extends ReadOnlyMap<number, number> {
  constructor(private readonly count: number) {
    super();
  }

  override get size(): number {
    return this.count;
  }

  override has(key: number): boolean {
    return Number.isInteger(key) && key >= 0 && key < this.count;
  }

  override get(key: number): number | undefined {
    return this.has(key) ? key : undefined;
  }

  override *keys(): MapIterator<number> {
    for (let k = 0; k < this.count; k++) yield k;
  }

  override *entries(): MapIterator<[number, number]> {
    for (let k = 0; k < this.count; k++) yield [k, k];
  }
}

/** Whether pairs of short id and id (flattened) are exactly 0 … n − 1 each paired with itself, in order. */
export function isIdentity(pairs: readonly number[]): boolean {
  for (let i = 0; i < pairs.length; i += 2) if (pairs[i] !== i / 2 || pairs[i + 1] !== i / 2) return false;
  return pairs.length % 2 === 0;
}
