import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { percentile } from './stats.js';

/**
 * The command line of an npm script (its Node flags and entry point, from package.json),
 * so the benchmark runs the code as `npm start` or `npm run cli` does, without npm's own
 * start-up time.
 */
export function scriptArgs(root: string, script: string): string[] {
  const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const [node, ...args] = (scripts[script] ?? '').split(/\s+/u);
  if (node !== 'node') throw new Error(`the ${script} script does not run node: ${scripts[script]}`);
  return args.map((arg) => (arg.startsWith('-') ? arg : join(root, arg)));
}

/** One command as a whole process: wall time and peak resident memory. */
export interface ProcessRun {
  ms: number;
  peakMB: number;
}

function timed(root: string, args: string[]): ProcessRun {
  const peak = pathToFileURL(join(root, 'dist', 'scripts', 'bench', 'peakMemory.js')).href;
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', peak, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = performance.now() - started;
  const kb = /^peak-rss-kb (\d+)$/mu.exec(run.stderr)?.[1];
  if (run.status !== 0 && run.status !== 1)
    throw new Error(`${args.join(' ')} exited with ${run.status}: ${run.stderr}`);
  return { ms, peakMB: Number(kb) / 1024 };
}

export interface CommandLineFigures {
  /** `npm run cli -- ask` once the folder's prebuilt index is written (the first run writes it). */
  verbatim: ProcessRun;
  /** The same question with plain MiniSearch, which builds from text every time (`plainCli.ts`). */
  plain: ProcessRun;
}

/**
 * Medians of `rounds` runs of the command line's `ask` on a corpus folder, each beside a
 * run of the plain reference, taken in turn so that both see the same machine load.
 */
export function commandLine(root: string, folder: string, question: string, rounds: number): CommandLineFigures {
  const verbatim = [...scriptArgs(root, 'cli'), 'ask', question, '--corpus', folder];
  const plain = [join(root, 'dist', 'scripts', 'bench', 'plainCli.js'), folder, question];
  timed(root, verbatim);
  const runs: { verbatim: ProcessRun; plain: ProcessRun }[] = [];
  for (let i = 0; i < rounds; i += 1) runs.push({ verbatim: timed(root, verbatim), plain: timed(root, plain) });
  const median = (pick: (r: (typeof runs)[number]) => ProcessRun): ProcessRun => {
    const of = (key: keyof ProcessRun): number =>
      percentile(
        runs.map((r) => pick(r)[key]).sort((a, b) => a - b),
        50,
      );
    return { ms: of('ms'), peakMB: of('peakMB') };
  };
  return { verbatim: median((r) => r.verbatim), plain: median((r) => r.plain) };
}
