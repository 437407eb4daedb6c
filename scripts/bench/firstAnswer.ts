import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEngine } from '../../src/engine/openEngine.js';
import { FakeDiscord } from '../../test/fakeDiscord/fakeDiscord.js';
import { slashCommand } from '../../test/fakeDiscord/payloads.js';
import { BARE_CLIENT, run, TOKEN } from './processes.js';
import { percentile } from './stats.js';

/** The bare client of `discord.ts`, answering every command with one constant reply. */
const BARE_ANSWERING = `${BARE_CLIENT.replace(
  'await client.login',
  "client.on('interactionCreate', (i) => i.isChatInputCommand() && i.reply({ content: 'A constant reply.', allowedMentions: { parse: [] } }));\nawait client.login",
)}`;

export interface FirstAnswer {
  /** `npm start` to the first `/ask` answered, with the prebuilt index current. */
  botMs: number;
  /** `npm start` of a bare discord.js bot that answers with a constant reply, to its first answer. */
  bareMs: number;
}

/**
 * Medians of `rounds` starts, each through `npm start` as a self-hoster runs it, from
 * the process starting to the callback of the first `/ask`, sent once the process says it
 * is ready. The reference is a bare discord.js bot in a package of its own inside the
 * project (so it finds the project's discord.js), also started with `npm start`.
 */
export async function firstAnswer(root: string, corpusDir: string, rounds: number): Promise<FirstAnswer> {
  const work = mkdtempSync(join(tmpdir(), 'verbatim-bench-first-'));
  const bare = join(root, '.verbatim', 'bench-bare-bot');
  mkdirSync(bare, { recursive: true });
  writeFileSync(join(bare, 'package.json'), JSON.stringify({ private: true, scripts: { start: 'node bot.mjs' } }));
  writeFileSync(join(bare, 'bot.mjs'), BARE_ANSWERING);
  const indexFile = join(work, 'index');
  await openEngine(corpusDir, { indexFile });
  const discord = await FakeDiscord.start({ token: TOKEN });
  const guild = discord.guilds[0]!;
  const untilAnswered = async (cwd: string, env: Record<string, string>, readyWhen: RegExp): Promise<number> => {
    const started = performance.now();
    const process = run(['start', '--silent'], env, readyWhen, cwd, 'npm');
    try {
      await process.ready;
      await discord.interact(slashCommand(guild, 'ask', { question: 'Who warned of the threat?' }), 30_000);
      return performance.now() - started;
    } finally {
      process.stop();
    }
  };
  const botTimes: number[] = [];
  const bareTimes: number[] = [];
  try {
    for (let i = 0; i < rounds; i += 1) {
      botTimes.push(
        await untilAnswered(
          root,
          {
            DISCORD_TOKEN: TOKEN,
            DISCORD_API_BASE: discord.apiBase,
            CORPUS_DIR: corpusDir,
            INDEX_FILE: indexFile,
            LOG_LEVEL: 'info',
          },
          /ready to answer/u,
        ),
      );
      bareTimes.push(await untilAnswered(bare, { API: discord.apiBase, TOKEN }, /ready/u));
    }
  } finally {
    await discord.stop();
    rmSync(work, { recursive: true, force: true });
    rmSync(bare, { recursive: true, force: true });
  }
  const median = (times: number[]): number =>
    percentile(
      times.sort((a, b) => a - b),
      50,
    );
  return { botMs: median(botTimes), bareMs: median(bareTimes) };
}
