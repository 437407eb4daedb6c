import { setFlagsFromString } from 'node:v8';

/**
 * Keeps V8's young generation at its smallest while the process starts.
 *
 * V8 doubles the young generation (up to two 16 MB semi-spaces) each time much of what
 * it holds survives a collection. Importing modules and loading an index are exactly
 * that: nearly everything made is kept for the life of the process. The young
 * generation then grows to its maximum and stays there until V8's memory reducer
 * returns it, about fifteen seconds after the process goes idle. On 1,000 articles the
 * bot was ready at 175 MB; held, at 150-160 MB.
 *
 * Importing this module first stops that growth (`--semi-space-growth-factor=1`);
 * {@link releaseYoungGeneration} allows it again once loading is done, so that
 * answering, which makes short-lived objects, gets a young generation sized to its load.
 * Neither touches a process started with its own semi-space flags.
 */

/** V8's default: the young generation doubles when it grows. */
const DEFAULT_GROWTH_FACTOR = 2;

const ownFlags = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((arg) => arg.includes('semi-space'));

holdYoungGeneration();

/**
 * Stops the young generation from growing. Importing this module does it; starting a
 * worker thread undoes it (V8's flags go back to the process's own), so call it again
 * after a worker has started and before loading.
 */
export function holdYoungGeneration(): void {
  if (!ownFlags) setFlagsFromString('--semi-space-growth-factor=1');
}

/** Lets the young generation grow again, as V8 does by default. Call once the engine is loaded. */
export function releaseYoungGeneration(): void {
  if (!ownFlags) setFlagsFromString(`--semi-space-growth-factor=${DEFAULT_GROWTH_FACTOR}`);
}
