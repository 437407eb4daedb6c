import { ReadOnlyMap } from './readOnlyMap.js';

/**
 * MiniSearch's posting lists, read-only and packed into one array of numbers.
 *
 * MiniSearch keeps, per term, a `Map` from field id to a `Map` from document to term
 * frequency. On 924 news articles that is 16,000 terms, 20,000 maps and 425,000 map
 * entries: about 26 MB of heap, most of it the maps' own tables. Here every term's postings
 * sit in one shared `Int32Array` (under 4 MB), and a term's value in MiniSearch's index is a
 * small object that reads them as MiniSearch reads its maps (`get`, `size`, `keys`,
 * iteration). A loaded index is never changed, so writing through these throws.
 */

/** A growing `Int32Array` of every term's postings, trimmed to its length once loaded. */
export class PostingStore {
  data = new Int32Array(1 << 16);
  length = 0;

  /**
   * Appends one term's compact postings (see `CompactPostings`: per field its id, the
   * number of documents, then pairs of document and frequency), keeping only documents
   * `kept` holds, and returns the term's value for MiniSearch's index. Documents must come
   * in increasing order in each field; a list that does not add up or is out of order throws
   * a `RangeError`.
   */
  add(list: readonly number[], kept: (doc: number) => boolean): TermPostings {
    const start = this.length;
    this.reserve(1);
    this.data[this.length++] = 0;
    let fields = 0;
    for (let at = 0; at < list.length;) {
      const count = list[at + 1] ?? -1;
      if (!(count >= 0) || at + 2 + 2 * count > list.length) throw new RangeError('postings do not add up');
      this.reserve(2 + 2 * count);
      const head = this.length;
      this.data[head] = list[at]!;
      this.length += 2;
      let previous = -1;
      for (let k = 0; k < count; k++) {
        const doc = list[at + 2 + 2 * k]!;
        if (!(doc > previous)) throw new RangeError('postings are out of order');
        previous = doc;
        if (!kept(doc)) continue;
        this.data[this.length++] = doc;
        this.data[this.length++] = list[at + 3 + 2 * k]!;
      }
      const documents = (this.length - head - 2) / 2;
      if (documents > 0) {
        this.data[head + 1] = documents;
        fields++;
      } else this.length = head;
      at += 2 + 2 * count;
    }
    this.data[start] = fields;
    return new TermPostings(this, start);
  }

  /** Gives back the room the array grew beyond what it holds. */
  trim(): void {
    this.data = this.data.slice(0, this.length);
  }

  /** Room for `count` more numbers: the array doubles when it is full, so that reading a file of terms copies it only a few times. */
  private reserve(count: number): void {
    if (this.length + count <= this.data.length) return;
    const grown = new Int32Array(Math.max(this.data.length * 2, this.length + count));
    grown.set(this.data.subarray(0, this.length));
    this.data = grown;
  }
}

/** One term's postings by field id, read from the store: what MiniSearch's index holds per term. */
export class TermPostings extends ReadOnlyMap<number, Map<number, number>> {
  constructor(
    private readonly store: PostingStore,
    private readonly start: number,
  ) {
    super();
  }

  override get size(): number {
    return this.store.data[this.start]!;
  }

  override get(fieldId: number): FieldPostings | undefined {
    for (const field of this.fields()) if (field.fieldId === fieldId) return field;
    return undefined;
  }

  override *entries(): MapIterator<[number, Map<number, number>]> {
    for (const field of this.fields()) yield [field.fieldId, field];
  }

  private *fields(): Generator<FieldPostings, undefined, undefined> {
    const { data } = this.store;
    let at = this.start + 1;
    for (let f = 0; f < data[this.start]!; f++) {
      const count = data[at + 1]!;
      yield new FieldPostings(this.store, data[at]!, at + 2, count);
      at += 2 + 2 * count;
    }
  }
}

/**
 * One field's postings of a term: document to term frequency, in increasing order of
 * document. MiniSearch reads a frequency right after `keys` gave its document, so `get`
 * looks there first, and otherwise searches the sorted documents.
 */
export class FieldPostings extends ReadOnlyMap<number, number> {
  /** Where `keys` last was: the pair `get` is most likely asked for next. */
  private cursor = 0;

  constructor(
    private readonly store: PostingStore,
    readonly fieldId: number,
    private readonly start: number,
    private readonly count: number,
  ) {
    super();
  }

  override get size(): number {
    return this.count;
  }

  override get(doc: number): number | undefined {
    const { data } = this.store;
    if (data[this.start + 2 * this.cursor] === doc) return data[this.start + 2 * this.cursor + 1];
    let [lo, hi] = [0, this.count];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const at = data[this.start + 2 * mid]!;
      if (at === doc) return data[this.start + 2 * mid + 1];
      if (at < doc) lo = mid + 1;
      else hi = mid;
    }
    return undefined;
  }

  override *keys(): MapIterator<number> {
    for (let k = 0; k < this.count; k++) {
      this.cursor = k;
      yield this.store.data[this.start + 2 * k]!;
    }
  }

  override *entries(): MapIterator<[number, number]> {
    for (let k = 0; k < this.count; k++)
      yield [this.store.data[this.start + 2 * k]!, this.store.data[this.start + 2 * k + 1]!];
  }
}
