import { Worker } from 'node:worker_threads';
import type { PreparedIndex } from './prepareIndex.js';

/**
 * Brings the prebuilt index up to date in a worker thread: finding quotes and indexing a
 * large corpus takes seconds of CPU, and on the main thread that would stall the gateway
 * connection and leave interactions unanswered. The main thread then only reads the file.
 * Rejects when the worker fails (for example, a read-only index location).
 */
export function prepareInWorker(dir: string, indexFile: string): Promise<PreparedIndex> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./prepareWorker.js', import.meta.url), { workerData: { dir, indexFile } });
    worker.once('message', (prepared: PreparedIndex) => resolve(prepared));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`index worker exited with code ${code}`));
    });
  });
}
