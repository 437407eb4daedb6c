/** Worker thread entry for {@link prepareInWorker}: writes the index file, posts the figures. */
import { parentPort, workerData } from 'node:worker_threads';
import { prepareIndex } from './prepareIndex.js';

const { dir, indexFile } = workerData as { dir: string; indexFile: string };
parentPort!.postMessage(await prepareIndex(dir, indexFile));
