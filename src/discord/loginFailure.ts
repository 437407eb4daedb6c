/**
 * One line that says what to fix when Discord refuses the bot, or null for other errors.
 * Discord closes the gateway with 4004 for a bad token and 4014 for intents the
 * application may not use; discord.js reports them as these error codes. The token
 * itself is never part of the message.
 */
export function loginFailure(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'TokenInvalid' || code === 4004) {
    return 'Discord rejected the bot token (DISCORD_TOKEN). Reset it in the developer portal (Bot → Reset Token) and update .env.';
  }
  if (code === 'DisallowedIntents' || code === 4014) {
    return 'Discord refused the gateway intents. verbatim needs only the Guilds intent; check that the application is not restricted.';
  }
  return null;
}
