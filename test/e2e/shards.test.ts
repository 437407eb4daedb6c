import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, FakeDiscord } from '../fakeDiscord/fakeDiscord.js';
import { slashCommand } from '../fakeDiscord/payloads.js';
import { shardOf } from '../fakeDiscord/snowflake.js';
import { FAKE_TOKEN, msg, startBotFor, type BotProcess } from '../helpers/botProcess.js';
import { quotedLines } from '../helpers/replies.js';

/**
 * SHARDS=auto: the shard manager asks the configured API how many shards to run, then
 * starts one process per shard; each connects for its own guilds and answers them.
 */
const FIRST = 1180000000000000100n;
// Guild ids one apart in the bits above 22 fall on different shards of two.
const GUILDS = [FIRST, FIRST + (1n << 22n)].map(String);

let discord: FakeDiscord;
let bot: BotProcess;

beforeAll(async () => {
  discord = await FakeDiscord.start({ token: FAKE_TOKEN, guilds: GUILDS, shards: 2 });
  bot = startBotFor(discord, { SHARDS: 'auto' });
  await bot.waitForLog(msg('all shards connected'), 40_000, 'both shards to connect');
  await bot.waitForLog(
    () => bot.logs().filter(msg('ready to answer')).length === 2,
    20_000,
    'both shards to load their articles',
  );
}, 45_000);

afterAll(async () => {
  await bot?.stop('SIGKILL');
  await discord?.stop();
});

describe('sharding', () => {
  it('starts the shard count the API recommends, each identifying as its own shard', () => {
    expect(new Set(GUILDS.map((g) => shardOf(g, 2)))).toEqual(new Set([0, 1]));
    expect(discord.gateway.log.identifies.map((i) => i.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(discord.gateway.log.identifies.every((i) => i.intents === 1)).toBe(true);
    // The manager wrote the index once, before the shards started, and each shard read it.
    expect(
      bot
        .logs()
        .filter(msg('prebuilt index ready for the shards'))
        .map((l) => l.written),
    ).toEqual([true]);
    expect(
      bot
        .logs()
        .filter(msg('corpus loaded'))
        .map((l) => l.prebuiltIndex),
    ).toEqual(['current', 'current']);
  });

  it('answers on both shards', async () => {
    for (const guild of GUILDS) {
      const response = await discord.interact(
        slashCommand(guild, 'ask', { question: 'How many foreigners joined ISIS?' }),
      );
      expect(quotedLines(response.data.content).join(' ')).toMatch(/30,000 foreigners/u);
    }
  });

  it('stops every shard and exits 0 on SIGTERM, without the token in any output', async () => {
    expect(await bot.stop('SIGTERM', 12_000)).toBe(0);
    await eventually(() => discord.gateway.liveSessions() === 0, 5000, 'the shards to disconnect');
    expect(bot.output()).not.toContain('LEAKCHECK');
  }, 15_000);
});

describe('a fatal gateway close on one shard', () => {
  it('stops every shard and exits 1, with one line that says what to fix', async () => {
    const fake = await FakeDiscord.start({ token: FAKE_TOKEN, guilds: GUILDS, shards: 2 });
    const manager = startBotFor(fake, { SHARDS: 'auto' });
    try {
      await manager.waitForLog(msg('all shards connected'), 40_000, 'both shards to connect');
      fake.gateway.close(4014, 1);
      const exit = await Promise.race([
        manager.exited,
        new Promise((r) => setTimeout(() => r('still running'), 20_000)),
      ]);
      expect(exit, manager.output()).toBe(1);
      const fatal = manager.logs().filter((l) => l.level === 60);
      expect(fatal).toHaveLength(1);
      expect(String(fatal[0]!.msg)).toMatch(/intents/u);
      expect(manager.logs().some(msg('shards stopped'))).toBe(true);
      await eventually(() => fake.gateway.liveSessions() === 0, 5000, 'the other shard to disconnect');
    } finally {
      await manager.stop('SIGKILL');
      await fake.stop();
    }
  }, 70_000);
});
