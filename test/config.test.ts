import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig, requireSetting } from '../src/config/env.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.Gabcde.fakefakefakefakefakefakefakefakefakefake12';

describe('configuration', () => {
  it('has working defaults with nothing set', () => {
    expect(readConfig({})).toMatchObject({
      CORPUS_DIR: 'corpus',
      LOG_LEVEL: 'info',
      RATE_LIMIT_COMMANDS: 5,
      RATE_LIMIT_WINDOW_SECONDS: 10,
    });
    expect(readConfig({}).DISCORD_TOKEN).toBeUndefined();
  });

  it('treats empty variables as unset', () => {
    expect(readConfig({ DISCORD_TOKEN: '  ', GUILD_ID: '' }).DISCORD_TOKEN).toBeUndefined();
  });

  it('names each bad variable and what is wrong, never its value', () => {
    const bad = {
      DISCORD_TOKEN: 'secret-but-malformed token',
      GUILD_ID: 'my server',
      LOG_LEVEL: 'loud',
      DISCORD_API_BASE: 'ftp://proxy',
      RATE_LIMIT_COMMANDS: 'lots',
    };
    let error: unknown;
    try {
      readConfig(bad);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    for (const name of Object.keys(bad)) expect(message).toContain(`${name}:`);
    for (const value of Object.values(bad)) expect(message).not.toContain(value);
  });

  it('accepts a well-formed token and ids', () => {
    expect(
      readConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '123456789012345678', GUILD_ID: '876543210987654321' }),
    ).toMatchObject({ GUILD_ID: '876543210987654321' });
  });

  it('says which setting a command needs', () => {
    expect(() => requireSetting(readConfig({}), 'DISCORD_CLIENT_ID', 'to register commands')).toThrow(
      /DISCORD_CLIENT_ID: is required to register commands/u,
    );
  });
});
