import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eventually, FakeDiscord } from '../fakeDiscord/fakeDiscord.js';
import { autocomplete, PERSON, slashCommand } from '../fakeDiscord/payloads.js';
import { FAKE_TOKEN, msg, readyBotFor, startBotFor, type BotProcess } from '../helpers/botProcess.js';
import { quotedLines } from '../helpers/replies.js';
import { writeSyntheticCorpus } from '../helpers/syntheticCorpus.js';

/**
 * Discord faults injected into the fake Discord while the real bot process runs: REST
 * rate limits and server errors, dropped and invalidated gateway sessions, a zombie
 * connection, and the close codes that must stop the bot with a clear message.
 */
const CALLBACK = /^\/api\/v10\/interactions\/\d+\/[\w-]+\/callback$/u;
const QUESTION = 'How many foreigners joined ISIS?';

/** Asks the standard question and checks the answer came back whole. */
async function expectAnswer(discord: FakeDiscord, timeoutMs = 5000): Promise<void> {
  const response = await discord.interact(slashCommand(discord.guilds[0]!, 'ask', { question: QUESTION }), timeoutMs);
  expect(quotedLines(response.data.content).join(' ')).toMatch(/30,000 foreigners/u);
}

describe('REST faults', () => {
  let discord: FakeDiscord;
  let bot: BotProcess;

  beforeAll(async () => {
    discord = await FakeDiscord.start({ token: FAKE_TOKEN });
    bot = await readyBotFor(discord, { RATE_LIMIT_COMMANDS: '0' });
  }, 20_000);
  afterAll(async () => {
    await bot?.stop('SIGKILL');
    await discord?.stop();
  });

  it('answers after a global 429 on the interaction callback, once the retry-after has passed', async () => {
    discord.inject({
      method: 'POST',
      path: CALLBACK,
      status: 429,
      headers: { 'retry-after': '1', 'x-ratelimit-global': 'true', 'x-ratelimit-scope': 'global' },
      body: { message: 'You are being rate limited.', retry_after: 1, global: true },
      times: 1,
    });
    const before = discord.calls.length;
    const started = Date.now();
    await expectAnswer(discord, 8000);
    const attempts = discord.calls.slice(before).filter((c) => CALLBACK.test(c.path));
    expect(attempts.map((c) => c.status)).toEqual([429, 204]);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(900);
    expect(Date.now() - started).toBeLessThan(8000);
  }, 10_000);

  it.each([500, 502, 503])('retries a callback that fails with %i and still answers', async (status) => {
    discord.inject({ method: 'POST', path: CALLBACK, status, times: 2 });
    const before = discord.calls.length;
    await expectAnswer(discord);
    expect(
      discord.calls
        .slice(before)
        .filter((c) => CALLBACK.test(c.path))
        .map((c) => c.status),
    ).toEqual([status, status, 204]);
  });

  it('gives up on a callback that keeps failing, logs it, and goes on serving others', async () => {
    discord.inject({ method: 'POST', path: CALLBACK, status: 503, times: 50 });
    const failing = slashCommand(discord.guilds[0]!, 'ask', { question: QUESTION });
    await expect(discord.interact(failing, 3000)).rejects.toThrow(/timed out/u);
    await bot.waitForLog(
      (l) => l.msg === 'interaction failed' && l.interaction === failing.id,
      5000,
      'the failure to be logged',
    );
    const attempts = discord.calls.filter((c) => c.path.includes(`/interactions/${failing.id}/`));
    // discord.js retries a 5xx three times; the failure notice tries once more, with its own retries.
    expect(attempts.length).toBeGreaterThanOrEqual(2);
    expect(attempts.length).toBeLessThanOrEqual(8);
    discord.clearFaults();
    await expectAnswer(discord);
  }, 15_000);
});

describe('gateway faults', () => {
  let discord: FakeDiscord;
  let bot: BotProcess;
  const count = (text: string): number => bot.logs().filter(msg(text)).length;

  beforeAll(async () => {
    discord = await FakeDiscord.start({ token: FAKE_TOKEN, heartbeatIntervalMs: 1000 });
    bot = await readyBotFor(discord, { RATE_LIMIT_COMMANDS: '0' });
  }, 20_000);
  afterAll(async () => {
    await bot?.stop('SIGKILL');
    await discord?.stop();
  });
  afterEach(() => {
    discord.gateway.zombie = false;
  });

  it('resumes after an invalid session that may be resumed (op 9, true)', async () => {
    const resumes = discord.gateway.log.resumes.length;
    discord.gateway.invalidateSessions(true);
    await eventually(
      () => discord.gateway.log.resumes.length > resumes && discord.gateway.liveSessions() === 1,
      10_000,
      'a resume',
    );
    await expectAnswer(discord);
  }, 15_000);

  it.each([
    ['an invalid session that may not be resumed (op 9, false)', () => discord.gateway.invalidateSessions(false)],
    ['close 4009 (session timed out)', () => discord.gateway.close(4009)],
  ])(
    'identifies again after %s',
    async (_, fault) => {
      const identifies = discord.gateway.log.identifies.length;
      fault();
      await eventually(
        () => discord.gateway.log.identifies.length > identifies && discord.gateway.liveSessions() === 1,
        15_000,
        'a new session',
      );
      await expectAnswer(discord);
    },
    20_000,
  );

  it('reconnects when heartbeats stop being acknowledged (zombie connection)', async () => {
    const connections = discord.gateway.log.connections;
    const resumed = count('gateway session resumed');
    discord.gateway.zombie = true;
    await eventually(() => discord.gateway.log.connections > connections, 10_000, 'a new connection');
    discord.gateway.zombie = false;
    await bot.waitForLog(() => count('gateway session resumed') > resumed, 10_000, 'the session to resume');
    await expectAnswer(discord);
  }, 25_000);

  it('never writes its token to any output', () => {
    expect(bot.output()).not.toContain('LEAKCHECK');
  });
});

describe('refused logins', () => {
  it.each([
    ['a token the gateway rejects (close 4004)', 4004, /DISCORD_TOKEN/u, 1],
    ['disallowed intents (close 4014)', 4014, /intents/u, 1],
    ['a token the REST API rejects (401)', null, /DISCORD_TOKEN/u, 0],
  ])(
    'exits 1 with one line that says what to fix after %s',
    async (_, code, hint, identifies) => {
      const discord = await FakeDiscord.start({ token: code === null ? 'another-token'.padEnd(60, 'x') : FAKE_TOKEN });
      discord.gateway.refuseIdentify = code;
      const bot = startBotFor(discord);
      try {
        const exit = await Promise.race([bot.exited, new Promise((r) => setTimeout(() => r('still running'), 15_000))]);
        expect(exit, bot.output()).toBe(1);
        const fatal = bot.logs().filter((l) => l.level === 60);
        expect(fatal).toHaveLength(1);
        expect(String(fatal[0]!.msg)).toMatch(hint);
        expect(discord.gateway.log.identifies.length).toBe(identifies);
        expect(bot.output()).not.toContain('LEAKCHECK');
      } finally {
        await bot.stop('SIGKILL');
        await discord.stop();
      }
    },
    20_000,
  );
});

describe('fatal gateway closes while running', () => {
  it.each([
    [4004, /DISCORD_TOKEN/u],
    [4010, /SHARDS/u],
    [4011, /SHARDS=auto/u],
    [4012, /discord\.js/u],
    [4013, /intents/u],
    [4014, /intents/u],
  ])(
    'exits 1 with one line that says what to fix after close %i once connected',
    async (code, hint) => {
      const discord = await FakeDiscord.start({ token: FAKE_TOKEN });
      const bot = await readyBotFor(discord);
      try {
        discord.gateway.close(code);
        const exit = await Promise.race([bot.exited, new Promise((r) => setTimeout(() => r('still running'), 10_000))]);
        expect(exit, bot.output()).toBe(1);
        const fatal = bot.logs().filter((l) => l.level === 60);
        expect(fatal).toHaveLength(1);
        expect(String(fatal[0]!.msg)).toMatch(hint);
        expect(discord.gateway.log.identifies).toHaveLength(1);
        expect(bot.output()).not.toContain('LEAKCHECK');
      } finally {
        await bot.stop('SIGKILL');
        await discord.stop();
      }
    },
    25_000,
  );
});

describe('per-person rate limit', () => {
  it('answers a person who floods commands with a short private notice, and others as usual', async () => {
    const discord = await FakeDiscord.start({ token: FAKE_TOKEN });
    const bot = await readyBotFor(discord, { RATE_LIMIT_COMMANDS: '3', RATE_LIMIT_WINDOW_SECONDS: '60' });
    try {
      const replies = [];
      for (let i = 0; i < 4; i++)
        replies.push(await discord.interact(slashCommand(discord.guilds[0]!, 'ask', { question: QUESTION })));
      for (const r of replies.slice(0, 3)) expect(quotedLines(r.data.content).join(' ')).toMatch(/30,000/u);
      expect(replies[3]!.data.flags & 64).toBe(64);
      expect(replies[3]!.data.content).toMatch(/faster than I can answer/u);
      expect(quotedLines(replies[3]!.data.content)).toEqual([]);
      const other = slashCommand(discord.guilds[0]!, 'ask', { question: QUESTION });
      (other.member as { user: typeof PERSON }).user = { ...PERSON, id: '1180000000000000778', username: 'another' };
      expect(quotedLines((await discord.interact(other)).data.content).join(' ')).toMatch(/30,000/u);
    } finally {
      await bot.stop('SIGKILL');
      await discord.stop();
    }
  }, 20_000);
});

describe('while the articles load', () => {
  it('answers at once with a short "starting up" notice, then with the articles once loaded', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-slow-corpus-'));
    writeSyntheticCorpus(dir, 1500);
    const discord = await FakeDiscord.start({ token: FAKE_TOKEN });
    const bot = startBotFor(discord, { CORPUS_DIR: dir, RATE_LIMIT_COMMANDS: '0' });
    try {
      await bot.waitForLog(msg('connected to Discord'), 15_000, 'the bot to connect');
      expect(bot.logs().some(msg('ready to answer'))).toBe(false);
      const early = slashCommand(discord.guilds[0]!, 'ask', { question: 'When did the ferry close?' });
      const reply = await discord.interact(early, 3000);
      expect(reply.data.content).toMatch(/starting up/u);
      expect(reply.data.flags & 64).toBe(64);
      const typed = await discord.interact(autocomplete(discord.guilds[0]!, 'whosaid', 'quote', 'nobody told'), 3000);
      expect(typed.data.choices).toEqual([]);
      await bot.waitForLog(msg('ready to answer'), 60_000, 'the articles to load');
      const later = await discord.interact(slashCommand(discord.guilds[0]!, 'whosaid', { quote: 'nobody told us' }));
      expect(quotedLines(later.data.content)[0]).toMatch(/nobody told us/u);
    } finally {
      await bot.stop('SIGKILL');
      await discord.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
