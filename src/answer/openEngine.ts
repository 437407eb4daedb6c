import { loadCorpus } from '../corpus/loadCorpus.js';
import type { CorpusIssue } from '../corpus/types.js';
import { createEngine, type Engine } from './engine.js';

/** Thrown when a corpus folder has no document that loads. */
export class EmptyCorpusError extends Error {
  constructor(readonly dir: string, readonly issues: readonly CorpusIssue[]) {
    super(`no article could be loaded from ${dir}`);
    this.name = 'EmptyCorpusError';
  }
}

/**
 * Loads a corpus folder and builds its engine. Files that fail to load are passed to
 * `onIssue` and skipped; a folder that is missing, or that yields no document, throws.
 */
export async function openEngine(dir: string, onIssue: (issue: CorpusIssue) => void = () => {}): Promise<Engine> {
  const corpus = await loadCorpus(dir);
  for (const issue of corpus.issues) onIssue(issue);
  if (corpus.documents.length === 0) throw new EmptyCorpusError(dir, corpus.issues);
  return createEngine(corpus);
}
