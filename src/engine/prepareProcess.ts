/** Child process entry for {@link prepareInChildProcess}: writes the index file and sends back the figures. */
import { openEngine } from './openEngine.js';
import type { PreparedIndex } from './prepareInChildProcess.js';

// When the parent goes away (stopped or killed), nobody waits for the index: end at the next pause.
process.once('disconnect', () => process.exit());

const [dir, indexFile] = process.argv.slice(2);
try {
  const { engine, written } = await openEngine(dir!, {
    indexFile: indexFile!,
    onIndexError: (error) => {
      throw error;
    },
  });
  const prepared: PreparedIndex = {
    documents: engine.corpus.documents.length,
    written,
    quotes: engine.catalog.quotes.length,
    sentences: engine.catalog.sentences.length,
  };
  process.send!(prepared, () => process.disconnect());
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
  process.disconnect();
}
