import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';

/**
 * The bot's settings, from the environment (and `.env`, which never overrides a variable
 * already set). Validated here once; the rest of the program reads typed values.
 * Errors name the variable and say what is wrong, never its value: it may be a secret.
 */
const EnvSchema = z.object({
  /** Bot token from the developer portal. Absent: `npm start` opens the local console instead. */
  DISCORD_TOKEN: z
    .string()
    .regex(
      /^[\w.-]{50,100}$/u,
      'does not look like a Discord bot token (letters, digits, "-", "_" and "." in three parts)',
    )
    .optional(),
  /** Application id ("client id") from the developer portal; needed to register commands. */
  DISCORD_CLIENT_ID: z
    .string()
    .regex(/^\d{17,20}$/u, 'must be the numeric application id from the developer portal')
    .optional(),
  /** Register commands to this one server only (they update at once); unset registers them globally. */
  GUILD_ID: z
    .string()
    .regex(/^\d{17,20}$/u, 'must be a numeric server (guild) id')
    .optional(),
  /** Folder of articles to answer from. */
  CORPUS_DIR: z.string().min(1, 'must not be empty').default('corpus'),
  /**
   * The prebuilt index: read at start while it matches the corpus and the code, written
   * otherwise. Unset: one file per corpus folder in `.verbatim/`.
   */
  INDEX_FILE: z.string().min(1, 'must not be empty').optional(),
  /** 1: reload the corpus whenever a file in CORPUS_DIR changes (SIGHUP always reloads it). */
  CORPUS_WATCH: z
    .enum(['0', '1'], { error: 'must be 0 or 1' })
    .default('0')
    .transform((v) => v === '1'),
  /** pino log level. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Commands one person may run in RATE_LIMIT_WINDOW_SECONDS; 0 turns the limit off. */
  RATE_LIMIT_COMMANDS: z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(0, 'must be 0 or more')
    .default(5),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce
    .number({ error: 'must be a number of seconds' })
    .positive('must be more than 0')
    .default(10),
  /** The application's public key (hex), for `npm run serve` to verify that requests come from Discord. */
  DISCORD_PUBLIC_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/u, 'must be the 64-character hex public key from the developer portal')
    .optional(),
  /** Where `npm run serve` listens. */
  HTTP_PORT: z.coerce
    .number({ error: 'must be a port number' })
    .int('must be a port number')
    .min(0, 'must be a port number')
    .max(65535, 'must be a port number')
    .default(8080),
  HTTP_HOST: z.string().min(1, 'must not be empty').default('0.0.0.0'),
  /**
   * Run the bot as several shards, one process each: a number, or "auto" for the count
   * Discord recommends. Unset: one process (enough below about 2,000 servers).
   */
  SHARDS: z
    .string()
    .regex(/^(?:auto|[1-9]\d{0,4})$/u, 'must be "auto" or a number of shards from 1')
    .optional(),
  /** Discord REST base URL, for a REST proxy or tests; the gateway URL then comes from its /gateway/bot. */
  DISCORD_API_BASE: z.url({ protocol: /^https?$/u, error: 'must be an http(s) URL' }).optional(),
});

export type Config = z.infer<typeof EnvSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`configuration error:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the configuration; empty variables count as unset. */
export function readConfig(env: NodeJS.ProcessEnv = process.env, dotenvPath?: string): Config {
  if (env === process.env) loadDotenv({ quiet: true, ...(dotenvPath ? { path: dotenvPath } : {}) });
  const present = Object.fromEntries(
    Object.entries(env).filter(([k, v]) => v !== undefined && v.trim() !== '' && !(k === 'SHARDS' && isShard(env))),
  );
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    // Name the variable and the rule; zod's messages here never include the input value.
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || 'environment'}: ${i.message}`));
  }
  return parsed.data;
}

/**
 * Whether this process is one shard started by the sharding manager. discord.js then
 * sets SHARDS to this shard's id for the client to read, so it is not the setting above.
 */
export function isShard(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.SHARDING_MANAGER === 'true';
}

/** A setting that this command cannot run without; the error names the variable and why it is needed. */
export function requireSetting<K extends keyof Config>(
  config: Config,
  name: K,
  purpose: string,
): NonNullable<Config[K]> {
  const value = config[name];
  if (value === undefined || value === null)
    throw new ConfigError([`${String(name)}: is required ${purpose} (see .env.example)`]);
  return value;
}
