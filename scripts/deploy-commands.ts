/**
 * `npm run deploy`: registers the commands in `commands/` with Discord, to one server
 * when GUILD_ID is set (changes appear at once) or globally otherwise. Registration
 * replaces the whole list, so commands removed from `commands/` disappear too.
 */
import { warnIfBuildIsStale } from '../src/runtime/staleBuild.js';
import { REST, Routes } from 'discord.js';
import { commands } from '../commands/index.js';
import { ConfigError, readConfig, requireSetting } from '../src/config/env.js';

warnIfBuildIsStale();

async function deploy(): Promise<void> {
  const config = readConfig();
  const token = requireSetting(config, 'DISCORD_TOKEN', 'to register commands');
  const clientId = requireSetting(config, 'DISCORD_CLIENT_ID', 'to register commands');
  const rest = new REST({
    version: '10',
    ...(config.DISCORD_API_BASE ? { api: config.DISCORD_API_BASE } : {}),
  }).setToken(token);
  const body = commands.map((c) => c.data);
  const route = config.GUILD_ID
    ? Routes.applicationGuildCommands(clientId, config.GUILD_ID)
    : Routes.applicationCommands(clientId);
  const registered = (await rest.put(route, { body })) as unknown[];
  const where = config.GUILD_ID ? `to server ${config.GUILD_ID}` : 'globally';
  process.stdout.write(
    `Registered ${registered.length} commands ${where}: ${commands.map((c) => c.data.name).join(', ')}\n`,
  );
}

deploy().catch((error: unknown) => {
  const status = (error as { status?: number }).status;
  const hint =
    status === 401
      ? ' (DISCORD_TOKEN was rejected)'
      : status === 403 || status === 404
        ? ' (check DISCORD_CLIENT_ID and GUILD_ID, and that the bot is in that server)'
        : '';
  process.stderr.write(
    `${error instanceof ConfigError ? '' : 'error: '}${error instanceof Error ? error.message : String(error)}${hint}\n`,
  );
  process.exitCode = error instanceof ConfigError ? 2 : 1;
});
