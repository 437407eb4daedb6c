import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/**
 * V8 flags belong to the whole process, so each case runs in a fresh `node` that imports
 * the built module (dist/, made by the test setup) before it allocates anything.
 */
const MODULE = new URL('../dist/src/runtime/startupHeap.js', import.meta.url).href;

/**
 * Young generation size in MB after keeping 400,000 small objects: while held, after a
 * worker thread has run and the heap is held again, and after release.
 */
const PROBE = `
import { getHeapSpaceStatistics } from 'node:v8';
import { Worker } from 'node:worker_threads';
const { holdStartupHeap, releaseStartupHeap } = await import(${JSON.stringify(MODULE)});
const youngMB = () => getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size / 2 ** 20;
const kept = [];
const keep = (n) => { for (let i = 0; i < n; i += 1) kept.push({ i, list: [i] }); };
keep(400000);
const held = youngMB();
await new Promise((resolve) => new Worker('', { eval: true }).once('exit', resolve));
holdStartupHeap();
keep(400000);
const afterWorker = youngMB();
releaseStartupHeap();
keep(400000);
console.log(JSON.stringify({ held, afterWorker, released: youngMB() }));
`;

interface Sizes {
  held: number;
  afterWorker: number;
  released: number;
}

/** The most a held young generation may measure, in MB. */
const HELD_MB = 4;
/** The most a young generation measures while V8 favours memory over speed (`--optimize-for-size` halves the semi-spaces). */
const SIZE_OPTIMIZED_MB = 16;

function probe({ nodeOptions = '' } = {}): Sizes {
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', PROBE], {
    env: { PATH: process.env.PATH, NODE_OPTIONS: nodeOptions },
    encoding: 'utf8',
  });
  return JSON.parse(output) as Sizes;
}

describe('the heap while the process starts', () => {
  // Held, the young generation is 1 or 2 MB, or 4 MB when a collection falls while the
  // worker has the flags set back; grown freely with V8's defaults, it reaches 32 MB.
  it('keeps the young generation at its smallest while everything allocated survives, and gives V8 its defaults back once released', () => {
    const { held, afterWorker, released } = probe();
    expect(held).toBeLessThanOrEqual(HELD_MB);
    expect(afterWorker).toBeLessThanOrEqual(HELD_MB);
    // Larger than V8 allows while it optimizes for size: that flag is off again too.
    expect(released).toBeGreaterThan(SIZE_OPTIMIZED_MB);
  });

  it('is left alone in a process started with heap flags of its own', () => {
    const { held } = probe({ nodeOptions: '--max-semi-space-size=8' });
    expect(held).toBeGreaterThan(HELD_MB);
  });
});
