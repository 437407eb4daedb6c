import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { FakeDiscord } from '../fakeDiscord/fakeDiscord.js';
import { APPLICATION_ID } from '../fakeDiscord/payloads.js';
import { FAKE_TOKEN, startBot } from '../helpers/botProcess.js';

/** `npm run deploy` (the built script) registering the commands with the fake Discord. */
const DEPLOY = fileURLToPath(new URL('../../dist/scripts/deploy-commands.js', import.meta.url));

let discord: FakeDiscord;
beforeAll(async () => {
  discord = await FakeDiscord.start({ token: FAKE_TOKEN });
});
afterAll(async () => {
  await discord?.stop();
});

async function deploy(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const run = startBot(
    { DISCORD_TOKEN: FAKE_TOKEN, DISCORD_CLIENT_ID: APPLICATION_ID, DISCORD_API_BASE: discord.apiBase, ...env },
    DEPLOY,
  );
  const code = await run.exited;
  return { code, output: run.output() };
}

describe('npm run deploy', () => {
  it('registers every command to one server when GUILD_ID is set', async () => {
    const guild = discord.guilds[0]!;
    const { code, output } = await deploy({ GUILD_ID: guild });
    expect(code).toBe(0);
    expect(output).toMatch(new RegExp(`Registered ${commands.length} commands to server ${guild}`, 'u'));
    const registered = discord.commands.get(guild) as { name: string; type: number }[];
    expect(registered.map((c) => c.name).sort()).toEqual(commands.map((c) => c.data.name).sort());
    expect(registered.find((c) => c.name === 'Who said this?')?.type).toBe(3);
    const optionsOf = (name: string): unknown =>
      (discord.commands.get(guild) as { name: string; options?: { name: string; autocomplete?: boolean }[] }[])
        .find((c) => c.name === name)
        ?.options?.map((o) => `${o.name}${o.autocomplete ? '*' : ''}`);
    expect(optionsOf('ask')).toEqual(['question', 'article*', 'private', 'target']);
    expect(optionsOf('whosaid')).toEqual(['quote*', 'article*', 'private', 'target']);
    expect(optionsOf('quotes')).toEqual(['speaker*', 'article*']);
    expect(optionsOf('speakers')).toEqual(['article*']);
    expect(optionsOf('article')).toEqual(['title*']);
  });

  it('registers globally without GUILD_ID', async () => {
    const { code } = await deploy({});
    expect(code).toBe(0);
    expect(discord.commands.get('global')).toHaveLength(commands.length);
  });

  it('says which setting to check when Discord refuses, without the token', async () => {
    const { code, output } = await deploy({ DISCORD_CLIENT_ID: '1180000000000000999' });
    expect(code).toBe(1);
    expect(output).toMatch(/check DISCORD_CLIENT_ID/u);
    expect(output).not.toContain('LEAKCHECK');
  });
});
