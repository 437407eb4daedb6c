import { parseDocumentFile } from '../../src/corpus/loadCorpus.js';
import { createEngine, type Engine } from '../../src/engine/engine.js';

/** An engine over one article with the body `text`, read as the corpus loader reads `<id>.md`. */
export function engineOfText(text: string, id = 'harbour'): Engine {
  return createEngine({
    dir: '.',
    documents: [parseDocumentFile(`${id}.md`, id, new TextEncoder().encode(text))],
    issues: [],
  });
}
