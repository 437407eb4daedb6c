import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { percentile } from './stats.js';

/**
 * Processes the benchmark starts and watches: the bot, the bare and reference bots, on
 * the fake Discord of the end-to-end tests on 127.0.0.1.
 */

/** A token in Discord's shape; the fake Discord accepts only this one. */
export const TOKEN = `MTE4MDAwMDAwMDAwMDAwMDAwMQ.bench.${'x'.repeat(40)}`;

export interface Running {
  ready: Promise<number>;
  /** Resident memory of the process now, in MB; null where /proc is not available. */
  rssMB: () => number | null;
  stop: () => void;
}

/**
 * How long a process is left idle before its memory is read again: V8 gives back the
 * pages that loading used only once the process has been idle for a few seconds.
 */
const SETTLE_MS = 30_000;

/** Resident memory at a moment and after {@link SETTLE_MS} idle, in MB. */
export interface Memory {
  readyMB: number | null;
  settledMB: number | null;
  /** After answering a run of `/ask` interactions back to back (prebuilt index only): the heap grows between collections. */
  loadedMB?: number | null;
}

export async function memoryOf(process: Running): Promise<Memory> {
  const readyMB = process.rssMB();
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  return { readyMB, settledMB: process.rssMB() };
}

function rssOf(pid: number | undefined): number | null {
  try {
    const kb = /^VmRSS:\s+(?<kb>\d+) kB$/mu.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.groups?.kb;
    return kb === undefined ? null : Number(kb) / 1024;
  } catch {
    return null;
  }
}

/** The middle of a few timings. */
export const median = (values: readonly number[]): number =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );

/**
 * Starts a process (Node by default; `npm` for a start through npm, in a process group of
 * its own so that stopping it stops the Node process npm started) and resolves `ready`
 * with the milliseconds until it prints `readyWhen` (the bot: "ready to answer").
 */
export function run(
  args: string[],
  env: Record<string, string>,
  readyWhen: RegExp,
  cwd: string,
  command = process.execPath,
): Running {
  const started = performance.now();
  const group = command !== process.execPath;
  const child = spawn(command, args, {
    cwd,
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: group,
  });
  let output = '';
  const ready = new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready after 120 s:\n${output}`)), 120_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (readyWhen.test(output)) {
        clearTimeout(timer);
        resolve(performance.now() - started);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`exited with ${code} before ready:\n${output}`)));
  });
  ready.catch(() => {});
  const stop = (): void => {
    if (group && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    else child.kill('SIGKILL');
  };
  return { ready, rssMB: () => rssOf(child.pid), stop };
}

/** A discord.js client that does nothing but log in: the floor for the bot's start. */
export const BARE_CLIENT = `
import { Client, GatewayIntentBits } from 'discord.js';
const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: process.env.API } });
client.once('clientReady', () => console.log('ready'));
await client.login(process.env.TOKEN);
`;
