import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeDiscord } from '../../test/fakeDiscord/fakeDiscord.js';
import { slashCommand } from '../../test/fakeDiscord/payloads.js';
import { scriptArgs } from './commandLine.js';
import { percentile } from './stats.js';
import { BARE_CLIENT, median, memoryOf, run, TOKEN, type Memory } from './processes.js';

export type { Memory };

/**
 * Figures that need Discord: the bot process against the fake Discord of the end-to-end
 * tests on 127.0.0.1, so the network is a loopback and what is measured is the bot.
 */

export interface ColdStart {
  /** Process start to connected, building the engine from the articles' text. */
  fromTextMs: number;
  /** The same with a current prebuilt index (`npm run index`). */
  prebuiltMs: number;
  /** The bot's memory once ready, started from text and from the prebuilt index. */
  fromTextMemory: Memory;
  prebuiltMemory: Memory;
}

/**
 * Median cold start of the bot on one corpus folder, from text and from a prebuilt index.
 * The last prebuilt start then answers `questions` as `/ask`, and its memory is read again.
 */
export async function botColdStart(
  root: string,
  corpusDir: string,
  rounds: number,
  questions: readonly string[] = [],
): Promise<ColdStart> {
  const discord = await FakeDiscord.start({ token: TOKEN });
  const work = mkdtempSync(join(tmpdir(), 'verbatim-bench-'));
  const env = {
    DISCORD_TOKEN: TOKEN,
    DISCORD_API_BASE: discord.apiBase,
    CORPUS_DIR: corpusDir,
    LOG_LEVEL: 'info',
    RATE_LIMIT_COMMANDS: '0',
  };
  // `indexFile` null: a fresh path each round, so every start builds from text.
  // The last round also measures memory.
  const time = async (indexFile: string | null, load: readonly string[] = []): Promise<[number, Memory]> => {
    const times: number[] = [];
    let memory: Memory = { readyMB: null, settledMB: null };
    for (let i = 0; i < rounds; i += 1) {
      const bot = run(
        scriptArgs(root, 'start'),
        { ...env, INDEX_FILE: indexFile ?? join(work, `fresh-${i}`, 'index.json') },
        /ready to answer/u,
        work,
      );
      try {
        times.push(await bot.ready);
        if (i === rounds - 1) {
          memory = await memoryOf(bot);
          if (load.length > 0) {
            for (const question of load)
              await discord.interact(
                slashCommand(discord.guilds[0]!, 'ask', { question: question.slice(0, 300) }),
                30_000,
              );
            memory.loadedMB = bot.rssMB();
          }
        }
      } finally {
        bot.stop();
      }
    }
    return [median(times), memory];
  };
  try {
    const [fromTextMs, fromTextMemory] = await time(null);
    const prebuilt = join(work, 'index.json');
    await new Promise<void>((resolve, reject) => {
      const index = spawn(process.execPath, [join(root, 'dist', 'scripts', 'index.js')], {
        env: { PATH: process.env.PATH, CORPUS_DIR: corpusDir, INDEX_FILE: prebuilt },
        stdio: 'ignore',
      });
      index.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`npm run index exited with ${code}`))));
    });
    const [prebuiltMs, prebuiltMemory] = await time(prebuilt, questions);
    return { fromTextMs, prebuiltMs, fromTextMemory, prebuiltMemory };
  } finally {
    await discord.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

/** Median time for a bare discord.js client to log in to the fake Discord, and its memory once logged in. */
export async function bareLogin(root: string, rounds: number): Promise<{ ms: number; memory: Memory }> {
  const discord = await FakeDiscord.start({ token: TOKEN });
  try {
    const times: number[] = [];
    let memory: Memory = { readyMB: null, settledMB: null };
    for (let i = 0; i < rounds; i += 1) {
      const client = run(['--input-type=module', '-e', BARE_CLIENT], { API: discord.apiBase, TOKEN }, /ready/u, root);
      try {
        times.push(await client.ready);
        if (i === rounds - 1) memory = await memoryOf(client);
      } finally {
        client.stop();
      }
    }
    return { ms: median(times), memory };
  } finally {
    await discord.stop();
  }
}

export interface InteractionLatency {
  ask: { p50: number; p99: number };
  constant: { p50: number; p99: number };
  count: number;
}

/**
 * Time from the fake Discord sending INTERACTION_CREATE to receiving the bot's callback,
 * for `/ask` over generated questions and for `/help` (a constant reply) in the same
 * process: the difference is what answering costs end to end.
 */
export async function interactionLatency(
  root: string,
  corpusDir: string,
  questions: readonly string[],
): Promise<InteractionLatency> {
  const discord = await FakeDiscord.start({ token: TOKEN });
  const work = mkdtempSync(join(tmpdir(), 'verbatim-bench-'));
  const bot = run(
    scriptArgs(root, 'start'),
    {
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_BASE: discord.apiBase,
      CORPUS_DIR: corpusDir,
      INDEX_FILE: join(work, 'index.json'),
      LOG_LEVEL: 'info',
      RATE_LIMIT_COMMANDS: '0',
    },
    /ready to answer/u,
    work,
  );
  try {
    await bot.ready;
    return await alternate(discord, questions);
  } finally {
    bot.stop();
    await discord.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

/** `/ask` with each question and `/help`, one after the other, timed from INTERACTION_CREATE to callback. */
async function alternate(discord: FakeDiscord, questions: readonly string[]): Promise<InteractionLatency> {
  const guild = discord.guilds[0]!;
  const askTimes: number[] = [];
  const constantTimes: number[] = [];
  // Alternate the two so both see the same machine load.
  for (const question of questions) {
    for (const [interaction, times] of [
      [slashCommand(guild, 'ask', { question: question.slice(0, 300) }), askTimes],
      [slashCommand(guild, 'help'), constantTimes],
    ] as const) {
      await discord.interact(interaction, 10_000);
      times.push(discord.responseTime(interaction)!);
    }
  }
  const summary = (times: number[]): { p50: number; p99: number } => {
    const sorted = [...times].sort((a, b) => a - b);
    return { p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
  };
  return { ask: summary(askTimes), constant: summary(constantTimes), count: questions.length };
}

/** A plain MiniSearch index of a corpus's sentences and the articles' texts, as files for the reference bot (`plainBot.ts`). */
export interface PlainFiles {
  index: string;
  texts: string;
}

/** What the reference bot measures: its memory, and, given questions, its latency for a plain search against a constant reply. */
export interface PlainBot {
  memory: Memory;
  latency: InteractionLatency | null;
}

/**
 * The reference bot on the fake Discord: a bare discord.js client holding a plain
 * MiniSearch index of the same sentences. Its memory once ready is what the index alone
 * costs; with `questions`, `/ask` (a plain search, constant reply) against `/help` (the
 * same reply) is what one MiniSearch search costs end to end.
 */
export async function plainBot(root: string, files: PlainFiles, questions: readonly string[] = []): Promise<PlainBot> {
  const discord = await FakeDiscord.start({ token: TOKEN });
  const bot = run(
    [join(root, 'dist', 'scripts', 'bench', 'plainBot.js')],
    { DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: discord.apiBase, PLAIN_INDEX: files.index, PLAIN_TEXTS: files.texts },
    /ready to answer/u,
    root,
  );
  try {
    await bot.ready;
    const memory = await memoryOf(bot);
    return { memory, latency: questions.length > 0 ? await alternate(discord, questions) : null };
  } finally {
    bot.stop();
    await discord.stop();
  }
}
