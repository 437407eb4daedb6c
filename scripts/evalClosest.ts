import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A passage as the batch writes it. */
interface Passage {
  doc: string;
  start: number;
  end: number;
  text: string;
}

/** Of a batch's questions with no result: how many have closest passages, how many of those hold an answer, and slices that are not verbatim. */
export interface ClosestCount {
  offered: number;
  held: number;
  violations: number;
}

/**
 * Of the questions with no result, how many have an answer among the passages that come
 * closest (the batch's `closest`, behind Discord's "Closest passages"), and whether each
 * of those is a verbatim slice of its article too.
 */
export function closestCount(questions: string, answers: string, texts: string): ClosestCount {
  const gold = new Map<string, string[]>();
  for (const line of readFileSync(questions, 'utf8').split('\n').filter(Boolean)) {
    const q = JSON.parse(line) as { id: string; answers: string[] };
    gold.set(q.id, q.answers);
  }
  const body = (doc: string): string => readFileSync(join(texts, `${doc}.txt`), 'utf8');
  const count: ClosestCount = { offered: 0, held: 0, violations: 0 };
  for (const line of readFileSync(answers, 'utf8').split('\n').filter(Boolean)) {
    const { id, closest } = JSON.parse(line) as { id: string; closest?: Passage[] };
    if (!closest) continue;
    count.offered++;
    if (closest.some((p) => gold.get(id)?.some((a) => p.text.includes(a)))) count.held++;
    count.violations += closest.filter((p) => body(p.doc).slice(p.start, p.end) !== p.text).length;
  }
  return count;
}

export function closestSummary({ offered, held, violations }: ClosestCount): string {
  return `closest passages    answer among them for ${held} of ${offered} with no results; ${violations} verbatim violations`;
}
