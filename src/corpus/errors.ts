import type { CorpusIssue } from './types.js';

/**
 * The corpus errors every front end recognises, in a module of their own so that a
 * front end can tell them apart without loading the corpus reader itself.
 */

/** The corpus folder itself cannot be read; nothing can load. */
export class CorpusError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CorpusError';
  }
}

/** Thrown when a corpus folder has no document that loads: the one error every front end recognises for it. */
export class EmptyCorpusError extends Error {
  constructor(
    readonly dir: string,
    readonly issues: readonly CorpusIssue[],
  ) {
    super(`no article could be loaded from ${dir}`);
    this.name = 'EmptyCorpusError';
  }
}

/** "file:line: message", the form every corpus problem is shown in. */
export function formatIssue(issue: CorpusIssue): string {
  return `${issue.file}${issue.line === null ? '' : `:${issue.line}`}: ${issue.message}`;
}
