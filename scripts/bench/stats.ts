/** Percentile of a sample (nearest rank), in the sample's unit. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export interface Latency {
  p50: number;
  p99: number;
  mean: number;
  count: number;
}

/**
 * Times `run` once per input, after a warm-up pass, and summarises in milliseconds.
 * Repeats the whole pass `rounds` times and keeps the median of each percentile, which is
 * steadier than one pass on a shared machine.
 */
export function timeEach<T>(inputs: readonly T[], run: (input: T) => unknown, rounds = 3): Latency {
  for (const input of inputs.slice(0, Math.min(200, inputs.length))) run(input);
  const passes: Latency[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const times: number[] = [];
    for (const input of inputs) {
      const start = process.hrtime.bigint();
      run(input);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    times.sort((a, b) => a - b);
    passes.push({
      p50: percentile(times, 50),
      p99: percentile(times, 99),
      mean: times.reduce((a, b) => a + b, 0) / times.length,
      count: times.length,
    });
  }
  const median = (key: keyof Latency): number =>
    passes.map((p) => p[key]).sort((a, b) => a - b)[Math.floor(passes.length / 2)]!;
  return { p50: median('p50'), p99: median('p99'), mean: median('mean'), count: inputs.length };
}

/** Median of `rounds` timings of `run` (awaited when it returns a promise), in milliseconds. */
export async function medianTime(run: () => unknown, rounds = 3): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const start = process.hrtime.bigint();
    await run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(rounds / 2)]!;
}

/** A small deterministic pseudo-random generator (mulberry32), so runs use the same inputs. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
