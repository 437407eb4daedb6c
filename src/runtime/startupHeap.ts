import { setFlagsFromString } from 'node:v8';

/**
 * Keeps V8's heap lean while the process starts, then gives answering V8's defaults.
 *
 * Importing modules and loading an index make objects that nearly all live as long as
 * the process. V8's defaults are tuned for the opposite, a heap that churns:
 * - it doubles the young generation (up to two 16 MB semi-spaces) each time much of
 *   what it holds survives a collection, and then keeps it at its maximum until its
 *   memory reducer returns it, about fifteen seconds after the process goes idle;
 * - it lets the old generation grow well past what is live before it collects it, so
 *   much of what loading throws away is still held when loading ends.
 *
 * Importing this module first stops the young generation's growth
 * (`--semi-space-growth-factor=1`) and has V8 favour memory over speed
 * (`--optimize-for-size`), which collects the old generation sooner (9 full collections
 * while loading 924 articles instead of 2). With the prebuilt index of those articles
 * the bot was ready at 173–188 MB with neither, 150–163 MB with the first alone, and
 * 136–151 MB with both, about half a second later.
 * {@link releaseStartupHeap} sets both back once loading is done, so that answering,
 * which makes short-lived objects, runs as V8 would run it by default. A process started
 * with heap flags of its own (`--max-semi-space-size` and the like, `--optimize-for-size`)
 * is left as it is.
 */

/** V8's default: the young generation doubles when it grows. */
const DEFAULT_GROWTH_FACTOR = 2;

const ownFlags = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((arg) =>
  /semi[-_]space|optimize[-_]for[-_]size/u.test(arg),
);

holdStartupHeap();

/**
 * Keeps the heap lean. Importing this module does it; starting a worker thread undoes
 * part of it (the young generation's growth factor goes back to the process's own), so
 * call it again after a worker has started and before loading.
 */
export function holdStartupHeap(): void {
  if (ownFlags) return;
  setFlagsFromString('--semi-space-growth-factor=1');
  setFlagsFromString('--optimize-for-size');
}

/** Gives V8 its default heap policy back. Call once the engine is loaded. */
export function releaseStartupHeap(): void {
  if (ownFlags) return;
  setFlagsFromString(`--semi-space-growth-factor=${DEFAULT_GROWTH_FACTOR}`);
  setFlagsFromString('--no-optimize-for-size');
}
