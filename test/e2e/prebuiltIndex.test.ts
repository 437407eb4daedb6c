import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../fakeDiscord/fakeDiscord.js';
import { slashCommand } from '../fakeDiscord/payloads.js';
import { FAKE_TOKEN, msg, readyBotFor, type BotProcess } from '../helpers/botProcess.js';
import { quotedLines } from '../helpers/replies.js';

/**
 * `npm start` with a prebuilt index that is missing or cannot be written: the index is
 * brought up to date in a child process while the bot connects, or, when that fails,
 * the engine is built in the bot itself. Either way the bot answers.
 */
let discord: FakeDiscord;
let bot: BotProcess | undefined;
const work = mkdtempSync(join(tmpdir(), 'verbatim-prebuilt-'));

beforeAll(async () => {
  discord = await FakeDiscord.start({ token: FAKE_TOKEN });
});
afterEach(async () => {
  await bot?.stop('SIGKILL');
  bot = undefined;
});
afterAll(async () => {
  await discord?.stop();
  rmSync(work, { recursive: true, force: true });
});

async function expectAnswer(): Promise<void> {
  const response = await discord.interact(
    slashCommand(discord.guilds[0]!, 'ask', { question: 'How many foreigners joined ISIS?' }),
  );
  expect(quotedLines(response.data.content).join(' ')).toMatch(/30,000 foreigners/u);
}

describe('the prebuilt index at start', () => {
  it('is written by a child process when missing, and the bot then starts from it', async () => {
    const indexFile = join(work, 'fresh', 'index.json');
    bot = await readyBotFor(discord, { INDEX_FILE: indexFile });
    expect(existsSync(indexFile)).toBe(true);
    expect(
      bot
        .logs()
        .filter(msg('corpus loaded'))
        .map((line) => line.prebuiltIndex),
    ).toEqual(['current']);
    await expectAnswer();
  }, 20_000);

  it('is skipped with a warning that says why when it cannot be written, and the bot builds its engine itself', async () => {
    const notAFolder = join(work, 'not-a-folder');
    writeFileSync(notAFolder, 'a file where the index folder should be\n');
    bot = await readyBotFor(discord, { INDEX_FILE: join(notAFolder, 'index.json') });
    const warning = bot.logs().find(msg('could not update the prebuilt index; building the engine in memory'));
    const reason = (warning?.err as { message?: string } | undefined)?.message;
    expect(reason).toMatch(/^the index process exited with code 1: /u);
    expect(reason).toContain(notAFolder);
    expect(
      bot
        .logs()
        .filter(msg('corpus loaded'))
        .map((line) => line.prebuiltIndex),
    ).toEqual(['none']);
    await expectAnswer();
  }, 20_000);
});
