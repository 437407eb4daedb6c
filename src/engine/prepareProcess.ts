/** Child process entry for {@link prepareInChildProcess}: writes the index file and sends back the figures. */
import { prepareIndex } from './prepareIndex.js';

// When the bot goes away (stopped or killed), nobody waits for the index: end at the next pause.
process.once('disconnect', () => process.exit());

const [dir, indexFile] = process.argv.slice(2);
try {
  const prepared = await prepareIndex(dir!, indexFile!);
  process.send!(prepared, () => process.disconnect());
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
  process.disconnect();
}
