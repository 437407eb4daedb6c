/**
 * A SQuAD set's questions asked article by article, each of a corpus of its own article
 * alone: the shape of a server with one article, and of the held-out SQuAD sets. Figures
 * on one article move with its writing more than any change moves them, so the set is
 * reported by each article, their mean and their worst, as PolNeAR train is by folds.
 */

/** The figures of score-ask.mjs --json that the articles report. */
export interface AskScore {
  questions: number;
  hit1: number;
  hit3: number;
  noResults: number;
  topLengthMedian: number;
  verbatimViolations: number;
}

export interface ArticleScore extends AskScore {
  doc: string;
}

const MEASURES = ['hit1', 'hit3'] as const;

const percent = (x: number): string => `${(100 * x).toFixed(1)}%`.padStart(7);

/** Questions by the article they are about (their `doc`), as JSON lines, in the order met. */
export function questionsByArticle(lines: readonly string[]): Map<string, string[]> {
  const byDoc = new Map<string, string[]>();
  for (const line of lines) {
    const { doc } = JSON.parse(line) as { doc?: unknown };
    if (typeof doc !== 'string') throw new Error(`a question has no "doc" to say which article it is about: ${line}`);
    const questions = byDoc.get(doc);
    if (questions) questions.push(line);
    else byDoc.set(doc, [line]);
  }
  return byDoc;
}

/** One line per article, then the mean and the worst article of each measure, and the questions refused. */
export function articleSummary(scores: readonly ArticleScore[], asJson: boolean): string {
  const mean = Object.fromEntries(MEASURES.map((m) => [m, scores.reduce((a, s) => a + s[m], 0) / scores.length]));
  const worst = Object.fromEntries(MEASURES.map((m) => [m, Math.min(...scores.map((s) => s[m]))]));
  const sum = (key: 'questions' | 'noResults' | 'verbatimViolations'): number => scores.reduce((a, s) => a + s[key], 0);
  const totals = { questions: sum('questions'), noResults: sum('noResults'), violations: sum('verbatimViolations') };
  if (asJson) return JSON.stringify({ articles: scores, mean, worst, ...totals });
  const width = Math.max(8, ...scores.map((s) => s.doc.length));
  const row = (label: string, r: Record<string, number>, extra = ''): string =>
    `${label.padEnd(width)} ${MEASURES.map((m) => percent(r[m] ?? 0)).join('  ')}${extra}`;
  return (
    [
      `${'article'.padEnd(width)}   Hit@1    Hit@3`,
      ...scores.map((s) =>
        row(
          s.doc,
          { hit1: s.hit1, hit3: s.hit3 },
          `   (${s.questions} questions, ${s.noResults} no result, median ${s.topLengthMedian} chars)`,
        ),
      ),
      row('mean', mean),
      row('worst', worst),
      `no results           ${totals.noResults} of ${totals.questions}`,
      `verbatim violations  ${totals.violations}`,
    ].join('\n') + '\n'
  );
}
