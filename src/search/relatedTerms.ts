import { wordNeighbours, type WordNeighbours } from './wordNeighbours.js';

/** A term a question does not use but means nearly the same as one it does. */
export interface RelatedTerm {
  /** The question's term it stands in for. */
  from: string;
  /** Cosine similarity of the two terms' word vectors. */
  similarity: number;
}

/**
 * The terms related to a question's terms (see `wordNeighbours`) that the corpus uses
 * and the question does not, each with the question term it is closest to. A term
 * related to several question terms stands in for the closest.
 */
export function relatedTerms(
  terms: readonly string[],
  inCorpus: (term: string) => boolean,
  minSimilarity: number,
  table: WordNeighbours = wordNeighbours(),
): Map<string, RelatedTerm> {
  const related = new Map<string, RelatedTerm>();
  for (const from of terms) {
    for (const { term, similarity } of table.of(from)) {
      if (similarity < minSimilarity || terms.includes(term) || !inCorpus(term)) continue;
      if ((related.get(term)?.similarity ?? 0) < similarity) related.set(term, { from, similarity });
    }
  }
  return related;
}
