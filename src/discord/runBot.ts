import { Client, Events, GatewayIntentBits, type ClientOptions } from 'discord.js';
import type { Engine } from '../engine/engine.js';
import type { Config } from '../config/env.js';
import type { Logger } from '../log/logger.js';
import type { BotContext, Command } from '../interactions/command.js';
import { RateLimiter } from '../interactions/rateLimit.js';
import { fromGateway } from './gatewayInteraction.js';
import { inviteUrl } from './invite.js';
import { fatalClose } from './loginFailure.js';

/** The discord.js client options: the Guilds intent only (no privileged intents), and no pings by default. */
function clientOptions(config: Pick<Config, 'DISCORD_API_BASE'>): ClientOptions {
  return {
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    ...(config.DISCORD_API_BASE ? { rest: { api: config.DISCORD_API_BASE } } : {}),
  };
}

export interface Bot {
  client: Client;
  /** Logs out and closes the gateway connection. */
  stop(): Promise<void>;
}

/**
 * Connects to Discord and answers interactions until stopped. discord.js reconnects and
 * resumes the session after a dropped connection; the events are logged.
 */
export interface BotOptions {
  /** False while the corpus is still loading; absent means always ready. */
  ready?: () => boolean;
  /**
   * The gateway closed with a code discord.js does not recover from (a reset token,
   * sharding or intents refused) after login; the line saying what to fix is logged.
   * Staying up would answer nothing, so the caller should stop with a failure status.
   */
  onFatalClose?: (reason: string) => void;
}

export async function startBot(
  config: Config & { DISCORD_TOKEN: string },
  engine: () => Engine,
  logger: Logger,
  { ready, onFatalClose = () => {} }: BotOptions = {},
): Promise<Bot> {
  const client = new Client(clientOptions(config));
  // The commands and all they answer with load while the client logs in; the bot is started once both are done.
  const handling = Promise.all([
    import('../../commands/index.js'),
    import('../interactions/handleInteraction.js'),
  ]).then(([{ commands }, { handleInteraction }]) => ({
    byName: new Map<string, Command>(commands.map((c) => [c.data.name, c])),
    handleInteraction,
  }));
  handling.catch(() => {}); // a failure is thrown below, once the login is done
  const context: BotContext = {
    engine,
    logger,
    ...(ready ? { ready } : {}),
    rateLimiter: new RateLimiter(config.RATE_LIMIT_COMMANDS, config.RATE_LIMIT_WINDOW_SECONDS * 1000),
  };

  client.on(Events.InteractionCreate, (interaction) => {
    const incoming = fromGateway(interaction);
    if (incoming) void handling.then(({ byName, handleInteraction }) => handleInteraction(incoming, byName, context));
  });
  client.once(Events.ClientReady, (ready) => {
    logger.info(
      {
        user: ready.user.tag,
        guilds: ready.guilds.cache.size,
        invite: inviteUrl(config.DISCORD_CLIENT_ID ?? ready.application.id),
      },
      'connected to Discord',
    );
  });
  let lastCloseCode: number | null = null;
  let running = false;
  client.on(Events.ShardDisconnect, (event, shard) => {
    lastCloseCode = event.code;
    const fatal = running ? fatalClose(event.code) : null;
    if (fatal === null) {
      logger.warn({ shard, code: event.code }, 'gateway disconnected');
      return;
    }
    running = false;
    logger.fatal({ shard, code: event.code }, fatal);
    logger.flush();
    onFatalClose(fatal);
  });
  client.on(Events.ShardReconnecting, (shard) => logger.info({ shard }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shard, replayed) => logger.info({ shard, replayed }, 'gateway session resumed'));
  client.on(Events.Warn, (message) => logger.warn(message));
  client.on(Events.Error, (error) => logger.error({ err: error }, 'client error'));

  try {
    await client.login(config.DISCORD_TOKEN);
  } catch (error) {
    await client.destroy();
    // discord.js reports a refused gateway login as a plain Error; the close code says why.
    throw lastCloseCode === null ? error : new GatewayRefusedError(lastCloseCode, error);
  }
  running = true;
  await handling;
  return {
    client,
    stop: async () => {
      await client.destroy();
      logger.info('logged out');
    },
  };
}

/** The gateway closed the connection during login, with `code` saying why (4004 bad token, 4014 intents). */
export class GatewayRefusedError extends Error {
  constructor(
    readonly code: number,
    cause: unknown,
  ) {
    super(`the Discord gateway closed the connection with code ${code}`, { cause });
    this.name = 'GatewayRefusedError';
  }
}
