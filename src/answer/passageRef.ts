import type { Span } from '../corpus/types.js';
import { quoteAt, sentenceRunAt } from '../search/catalog.js';
import type { Engine } from '../engine/engine.js';
import { joinable } from './passageSentences.js';
import { paragraphResult, quoteResult, sentenceRunResult } from './results.js';
import type { Result } from './types.js';

/**
 * A short, stable reference to a passage the engine returned: document position and
 * offsets in base 36 ("0.1x.2k"), about a dozen characters, so that a button or an
 * autocomplete choice can carry it within Discord's 100-character limits and the answer
 * can be shown again without keeping any state.
 */
export function passageRef(engine: Engine, passage: Span & { doc: string }): string {
  const docIndex = engine.catalog.entriesOf.get(passage.doc)?.position ?? -1;
  return [docIndex, passage.start, passage.end].map((n) => n.toString(36)).join('.');
}

const REF = /^([0-9a-z]{1,8})\.([0-9a-z]{1,8})\.([0-9a-z]{1,8})$/u;

/**
 * The passage a reference points to, with its speaker, if it is still a sentence,
 * sentences /ask may show as one passage (see `joinable`), a quote or a paragraph of the
 * corpus (a corpus that changed since may no longer have it).
 */
export function passageAt(engine: Engine, ref: string): Result | null {
  const match = REF.exec(ref);
  if (!match) return null;
  const [docIndex, start, end] = match.slice(1).map((part) => parseInt(part, 36)) as [number, number, number];
  const doc = engine.corpus.documents[docIndex];
  if (!doc) return null;
  const { catalog } = engine;
  const quote = quoteAt(catalog, doc.id, start, end);
  if (quote >= 0) return quoteResult(catalog.quotes[quote]!, 1);
  const run = sentenceRunAt(catalog, doc.id, start, end);
  if (run !== null && (run.end - run.first === 1 || joinable(catalog, run.first, run.end - 1))) {
    return sentenceRunResult(catalog.sentences[run.first]!, catalog.sentences[run.end - 1]!, 1);
  }
  const paragraph = doc.paragraphs.find((p) => p.start === start && p.end === end);
  if (paragraph) return paragraphResult(doc, paragraph, 1);
  return null;
}

/** The whole paragraph a result stands in, as a result of its own. */
export function paragraphOf(engine: Engine, passage: { doc: string; paragraph: number }): Result | null {
  const doc = engine.catalog.byId.get(passage.doc);
  const paragraph = doc?.paragraphs[passage.paragraph - 1];
  if (!doc || !paragraph) return null;
  return paragraphResult(doc, paragraph, 1);
}
