import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../fakeDiscord/fakeDiscord.js';
import { autocomplete, buttonClick, messageCommand, slashCommand } from '../fakeDiscord/payloads.js';
import { bundledEngine } from '../helpers/bundled.js';
import { FAKE_TOKEN, msg, readyBotFor, type BotProcess } from '../helpers/botProcess.js';
import { quotedLines } from '../helpers/replies.js';

/**
 * The real bot process (`node dist/src/main.js`, as `npm start` runs it) against a fake
 * Discord on 127.0.0.1, used the way a person uses it in a server.
 */
const engine = await bundledEngine();
const body = engine.corpus.documents[0]!.body;
const CALLBACK = { message: 4, autocomplete: 8 } as const;

let discord: FakeDiscord;
let bot: BotProcess;
const guild = (): string => discord.guilds[0]!;

/** Checks what every message reply must be: pings nobody, and quotes only the article. */
function expectSafeMessage(data: { content: string; allowed_mentions?: unknown }): void {
  expect(data.allowed_mentions).toEqual({ parse: [] });
  expect(data.content.length).toBeLessThanOrEqual(2000);
  for (const line of quotedLines(data.content)) expect(body).toContain(line);
}

beforeAll(async () => {
  discord = await FakeDiscord.start({ token: FAKE_TOKEN });
  // One person sends every command here; the per-person limit has its own test.
  bot = await readyBotFor(discord, { LOG_LEVEL: 'debug', RATE_LIMIT_COMMANDS: '0' });
}, 20_000);

afterAll(async () => {
  await bot?.stop('SIGKILL');
  await discord?.stop();
});

describe('the bot against a fake Discord', () => {
  it('finds the gateway through DISCORD_API_BASE and identifies with the Guilds intent only', () => {
    expect(discord.calls.some((c) => c.method === 'GET' && c.path === '/api/v10/gateway/bot')).toBe(true);
    expect(discord.gateway.log.identifies).toHaveLength(1);
    expect(discord.gateway.log.identifies[0]!.intents).toBe(1);
  });

  it('answers /ask with verbatim block quotes, attribution and buttons', async () => {
    const response = await discord.interact(
      slashCommand(guild(), 'ask', { question: 'How many ISIS fighters have returned to Canada?' }),
    );
    expect(response.type).toBe(CALLBACK.message);
    expectSafeMessage(response.data);
    expect(quotedLines(response.data.content).join(' ')).toMatch(/about 60/u);
    expect(response.data.content).toMatch(/The Canadian government/u);
    const buttons = response.data.components[0]!.components as { custom_id: string }[];
    expect(buttons.some((b) => b.custom_id.startsWith('context:'))).toBe(true);
  });

  it('keeps a private answer to the person who asked', async () => {
    const response = await discord.interact(
      slashCommand(guild(), 'ask', { question: 'What did the UN report note?', private: true }),
    );
    expect(response.data.flags & 64).toBe(64);
  });

  it('finds the speaker of a misspelt quote with /whosaid', async () => {
    const response = await discord.interact(
      slashCommand(guild(), 'whosaid', { quote: 'this thret must be takin seriusly' }),
    );
    expectSafeMessage(response.data);
    expect(quotedLines(response.data.content)[0]).toMatch(/^“This threat must be taken seriously/u);
    expect(response.data.content).toMatch(/Jean-Charles Brisard/u);
    expect(response.data.content).toMatch(/president of the French Centre for the Analysis of Terrorism/u);
  });

  it('suggests quotes as someone types, and answers the one picked', async () => {
    const suggestion = await discord.interact(autocomplete(guild(), 'whosaid', 'quote', 'real threat'));
    expect(suggestion.type).toBe(CALLBACK.autocomplete);
    const choices = suggestion.data.choices as { name: string; value: string }[];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const c of choices) {
      expect(c.name.length).toBeGreaterThan(0);
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
    const picked = choices.find((c) => /real threat/u.test(c.name))!;
    const response = await discord.interact(slashCommand(guild(), 'whosaid', { quote: picked.value }));
    expectSafeMessage(response.data);
    expect(quotedLines(response.data.content)[0]).toMatch(/still poses a real threat/u);
    expect(response.data.content).toMatch(/Jean-Charles Brisard/u);
  });

  it('answers the "Who said this?" message command on a message that paraphrases a quote', async () => {
    const response = await discord.interact(
      messageCommand(
        guild(),
        'Who said this?',
        'lol apparently "ISIS will launch one or several attacks in the West to prove it still exists" ??',
      ),
    );
    expectSafeMessage(response.data);
    expect(quotedLines(response.data.content)[0]).toMatch(/^“We know for a fact that ISIS will launch/u);
    expect(response.data.content).toMatch(/Jean-Charles Brisard/u);
  });

  it('shows the whole paragraph when the Context button is clicked', async () => {
    const asked = slashCommand(guild(), 'ask', { question: 'How many foreigners joined ISIS?' });
    const response = await discord.interact(asked);
    const original = discord.webhookMessagesOf(asked)[0]!;
    const context = (response.data.components[0]!.components as { custom_id: string }[]).find((b) =>
      b.custom_id.startsWith('context:'),
    )!;
    const clicked = await discord.interact(buttonClick(guild(), context.custom_id, original));
    expectSafeMessage(clicked.data);
    const paragraph = quotedLines(clicked.data.content).join('\n');
    expect(paragraph).toMatch(/^A UN report from July noted/u);
    expect(paragraph).toMatch(/international concern for the foreseeable future/u);
  });

  it('shows the passages that come closest, privately, when Closest passages is clicked under a refusal', async () => {
    const asked = slashCommand(guild(), 'ask', { question: 'Is the organisation still a menace?' });
    const response = await discord.interact(asked);
    expectSafeMessage(response.data);
    expect(quotedLines(response.data.content)).toEqual([]);
    const original = discord.webhookMessagesOf(asked)[0]!;
    const [button] = response.data.components[0]!.components as { custom_id: string; label: string }[];
    expect(button?.label).toBe('Closest passages');
    const clicked = await discord.interact(buttonClick(guild(), button!.custom_id, original));
    expectSafeMessage(clicked.data);
    expect(clicked.data.flags & 64).toBe(64);
    expect(clicked.data.content).toMatch(/^\*\*Closest passages\*\*/u);
    expect(quotedLines(clicked.data.content).some((line) => line.includes('still poses a real threat'))).toBe(true);
  });

  it('echoes mentions in a question without pinging anyone', async () => {
    const response = await discord.interact(
      slashCommand(guild(), 'ask', { question: '@everyone <@1180000000000000777> what is ISIS planning?' }),
    );
    expectSafeMessage(response.data);
  });

  it('answers /speakers, /article and /help', async () => {
    for (const name of ['speakers', 'article', 'help']) {
      const response = await discord.interact(slashCommand(guild(), name));
      expect(response.type).toBe(CALLBACK.message);
      expect(response.data.allowed_mentions).toEqual({ parse: [] });
    }
  });

  it('resumes its session after the gateway closes, and keeps answering', async () => {
    for (const code of [4000, 1006]) {
      const resumed = discord.gateway.log.resumes.length;
      const logged = bot.logs().filter(msg('gateway session resumed')).length;
      discord.gateway.close(code);
      await bot.waitForLog(
        () => bot.logs().filter(msg('gateway session resumed')).length > logged,
        15_000,
        `a resume after close ${code}`,
      );
      expect(discord.gateway.log.resumes.length).toBe(resumed + 1);
      const response = await discord.interact(
        slashCommand(guild(), 'ask', { question: 'How many foreigners joined ISIS?' }),
      );
      expect(quotedLines(response.data.content).join(' ')).toMatch(/30,000 foreigners/u);
    }
    expect(discord.gateway.log.identifies).toHaveLength(1);
  }, 40_000);

  it('never writes its token to any output', () => {
    expect(bot.output().length).toBeGreaterThan(0);
    expect(bot.output()).not.toContain(FAKE_TOKEN);
    expect(bot.output()).not.toContain('LEAKCHECK');
  });

  it('logs out and exits 0 soon after SIGTERM', async () => {
    const started = Date.now();
    const code = await bot.stop('SIGTERM');
    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(6000);
    expect(bot.logs().some(msg('logged out'))).toBe(true);
    expect(bot.output()).not.toContain('LEAKCHECK');
  }, 10_000);
});
