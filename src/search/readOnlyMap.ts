/** What every change to a loaded search index does. */
export const readOnly = (): never => {
  throw new TypeError('a loaded search index is read-only');
};

/**
 * A `Map` that reads its entries from elsewhere, for MiniSearch's loaded index: a subclass
 * gives `size`, `get` and `entries`, and every other read is made of those. Its own map
 * table stays empty, and every change throws a `TypeError`.
 */
export abstract class ReadOnlyMap<K, V> extends Map<K, V> {
  abstract override get size(): number;

  abstract override get(key: K): V | undefined;

  abstract override entries(): MapIterator<[K, V]>;

  override has(key: K): boolean {
    return this.get(key) !== undefined;
  }

  override *keys(): MapIterator<K> {
    for (const [key] of this.entries()) yield key;
  }

  override *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  override [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  override forEach(callback: (value: V, key: K, map: Map<K, V>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }

  override set(): never {
    return readOnly();
  }

  override delete(): never {
    return readOnly();
  }

  override clear(): never {
    return readOnly();
  }
}
