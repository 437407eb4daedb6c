/** `npm run invite`: prints the address that adds the bot to a server. */
import { warnIfBuildIsStale } from '../src/runtime/staleBuild.js';
import { ConfigError, readConfig, requireSetting } from '../src/config/env.js';
import { inviteUrl } from '../src/discord/invite.js';

warnIfBuildIsStale();

try {
  process.stdout.write(
    `${inviteUrl(requireSetting(readConfig(), 'DISCORD_CLIENT_ID', 'to build the invite address'))}\n`,
  );
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 2;
}
