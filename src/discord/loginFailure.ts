/**
 * What to fix for each gateway close code that discord.js does not recover from: the
 * bot cannot go on until someone changes its settings.
 * https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-gateway-close-event-codes
 */
const FATAL_CLOSES: ReadonlyMap<number, string> = new Map([
  [
    4004,
    'Discord rejected the bot token (DISCORD_TOKEN). Reset it in the developer portal (Bot → Reset Token) and update .env.',
  ],
  [4010, 'Discord refused the shard settings (close 4010, invalid shard). Check SHARDS, or unset it to run one shard.'],
  [4011, 'Discord requires sharding for this bot (close 4011). Set SHARDS=auto and restart.'],
  [4012, 'Discord refused the gateway API version (close 4012). Update discord.js (npm update discord.js).'],
  [4013, 'Discord refused the gateway intents as invalid (close 4013). verbatim needs only the Guilds intent.'],
  [
    4014,
    'Discord refused the gateway intents. verbatim needs only the Guilds intent; check that the application is not restricted.',
  ],
]);

/** The exit status after a fatal gateway close while running; a shard manager stops every shard on it. */
export const FATAL_EXIT = 1;

/** One line that says what to fix after a fatal gateway close, or null for codes that are recovered from. */
export function fatalClose(code: number): string | null {
  return FATAL_CLOSES.get(code) ?? null;
}

/**
 * One line that says what to fix when Discord refuses the bot, or null for other errors.
 * Discord closes the gateway with 4004 for a bad token and 4014 for intents the
 * application may not use; discord.js reports them as these error codes. The token
 * itself is never part of the message.
 */
export function loginFailure(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'TokenInvalid') return fatalClose(4004);
  if (code === 'DisallowedIntents') return fatalClose(4014);
  return typeof code === 'number' ? fatalClose(code) : null;
}
