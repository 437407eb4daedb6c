import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/**
 * V8 flags belong to the whole process, so each case runs in a fresh `node` that imports
 * the built module (dist/, made by the test setup) before it allocates anything.
 */
const MODULE = new URL('../dist/src/runtime/youngGeneration.js', import.meta.url).href;

/**
 * Young generation size in MB after keeping 400,000 small objects: while held, after a
 * worker thread has run (and, with `holdAgain`, after holding again), and after release.
 */
const probeScript = (holdAgain: boolean): string => `
import { getHeapSpaceStatistics } from 'node:v8';
import { Worker } from 'node:worker_threads';
const { holdYoungGeneration, releaseYoungGeneration } = await import(${JSON.stringify(MODULE)});
const youngMB = () => getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size / 2 ** 20;
const kept = [];
const keep = (n) => { for (let i = 0; i < n; i += 1) kept.push({ i, list: [i] }); };
keep(400000);
const held = youngMB();
await new Promise((resolve) => new Worker('', { eval: true }).once('exit', resolve));
if (${holdAgain}) holdYoungGeneration();
keep(400000);
const afterWorker = youngMB();
releaseYoungGeneration();
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

function probe({ nodeOptions = '', holdAgain = true } = {}): Sizes {
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', probeScript(holdAgain)], { env: { PATH: process.env.PATH, NODE_OPTIONS: nodeOptions }, encoding: 'utf8' });
  return JSON.parse(output) as Sizes;
}

describe('the young generation while the process starts', () => {
  // Held, the young generation is 2 MB (two 1 MB semi-spaces), or 4 MB when a collection
  // falls while the worker has the flags set back; grown freely, it reaches 32 MB.
  it('stays at its smallest while everything allocated survives, and grows again once released', () => {
    const { held, afterWorker, released } = probe();
    expect(held).toBeLessThanOrEqual(HELD_MB);
    expect(afterWorker).toBeLessThanOrEqual(HELD_MB);
    expect(released).toBeGreaterThan(2 * HELD_MB);
  });

  it('grows again after a worker thread starts unless it is held again', () => {
    const { held, afterWorker } = probe({ holdAgain: false });
    expect(held).toBeLessThanOrEqual(HELD_MB);
    expect(afterWorker).toBeGreaterThan(2 * HELD_MB);
  });

  it('is left alone in a process started with its own semi-space flags', () => {
    const { held } = probe({ nodeOptions: '--max-semi-space-size=8' });
    expect(held).toBeGreaterThan(HELD_MB);
  });
});
