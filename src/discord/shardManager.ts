import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { ShardingManager, type Shard } from 'discord.js';
import { z } from 'zod';
import { defaultIndexFile } from '../engine/indexLocation.js';
import { prepareInChildProcess } from '../engine/prepareInChildProcess.js';
import type { Config } from '../config/env.js';
import type { Logger } from '../log/logger.js';
import { FATAL_EXIT } from './loginFailure.js';

/** The entry point each shard runs: the same `npm start` program, told by discord.js which shard it is. */
const ENTRY = fileURLToPath(new URL('../main.js', import.meta.url));
/** Discord allows one IDENTIFY per 5 seconds per rate-limit bucket: shards start this far apart. */
const SPAWN_DELAY_MS = 5500;
/** Longest wait for one shard to load the corpus and connect. */
const SPAWN_TIMEOUT_MS = 120_000;
/** Wait before restarting a shard that stopped unexpectedly. */
const RESPAWN_DELAY_MS = 5000;
/** Longest wait for the shards to log out on shutdown. */
const SHUTDOWN_TIMEOUT_MS = 8000;
/**
 * A shard exits with this code when Discord refused it, at login or later (bad token,
 * intents, sharding): restarting cannot help.
 */
const REFUSED = FATAL_EXIT;

const GatewayBot = z.object({ shards: z.number().int().positive() });

/** The shard count Discord recommends for this bot, from `GET /gateway/bot` of the configured API. */
async function recommendedShards(token: string, apiBase = 'https://discord.com/api'): Promise<number> {
  const response = await fetch(`${apiBase}/v10/gateway/bot`, {
    headers: { authorization: `Bot ${token}` },
    signal: AbortSignal.timeout(15_000),
  });
  if (response.status === 401)
    throw Object.assign(new Error('Discord rejected the bot token'), { code: 'TokenInvalid' });
  if (!response.ok) throw new Error(`GET /gateway/bot answered ${response.status}`);
  return GatewayBot.parse(await response.json()).shards;
}

/**
 * Runs the bot as SHARDS processes with discord.js's ShardingManager. The prebuilt index
 * is brought up to date once, before the shards start, so every shard starts by reading
 * it instead of building its own. That is done in a child process: the manager lives as
 * long as the shards, and building on 1,000 articles would leave it holding some 100 MB
 * more than it needs (the shards report the corpus's issues as they load it). Resolves
 * with the exit code: 0 after SIGINT/SIGTERM, 1 when Discord refused a shard (at login or later).
 */
export async function runShards(
  config: Config & { DISCORD_TOKEN: string; SHARDS: string },
  logger: Logger,
): Promise<number> {
  const count =
    config.SHARDS === 'auto'
      ? await recommendedShards(config.DISCORD_TOKEN, config.DISCORD_API_BASE)
      : Number(config.SHARDS);
  const indexFile = config.INDEX_FILE ?? (await defaultIndexFile(config.CORPUS_DIR));
  const prepared = await prepareInChildProcess(config.CORPUS_DIR, indexFile);
  logger.info(
    { documents: prepared.documents, indexFile, written: prepared.written },
    'prebuilt index ready for the shards',
  );

  const manager = new ShardingManager(ENTRY, {
    token: config.DISCORD_TOKEN,
    totalShards: count,
    mode: 'process',
    respawn: false,
  });
  let stopping = false;
  return new Promise<number>((resolve) => {
    const stopAll = async (code: number): Promise<void> => {
      if (stopping) return;
      stopping = true;
      await Promise.race([
        Promise.all([...manager.shards.values()].map(stopShard)),
        new Promise((r) => setTimeout(r, SHUTDOWN_TIMEOUT_MS)),
      ]);
      logger.info({ shards: manager.shards.size }, 'shards stopped');
      resolve(code);
    };
    manager.on('shardCreate', (shard) => {
      logger.info({ shard: shard.id, of: count }, 'shard starting');
      shard.on('death', (child) => {
        if (stopping) return;
        const exitCode = 'exitCode' in child ? child.exitCode : null;
        if (exitCode === REFUSED) {
          logger.error(
            { shard: shard.id },
            'Discord refused a shard; stopping every shard (the reason is logged above)',
          );
          void stopAll(1);
          return;
        }
        logger.error({ shard: shard.id, exitCode }, 'shard stopped unexpectedly; restarting it');
        setTimeout(
          () =>
            void (stopping
              ? undefined
              : shard
                  .spawn(SPAWN_TIMEOUT_MS)
                  .catch((err: unknown) => logger.error({ err, shard: shard.id }, 'shard restart failed'))),
          RESPAWN_DELAY_MS,
        );
      });
    });
    process.once('SIGINT', () => void stopAll(0));
    process.once('SIGTERM', () => void stopAll(0));
    manager.spawn({ amount: count, delay: SPAWN_DELAY_MS, timeout: SPAWN_TIMEOUT_MS }).then(
      () => logger.info({ shards: count }, 'all shards connected'),
      (err: unknown) => {
        if (stopping) return;
        logger.error({ err }, 'shards could not all start');
        void stopAll(1);
      },
    );
  });
}

/** Asks one shard to log out (SIGTERM) and waits for its process to end. */
async function stopShard(shard: Shard): Promise<void> {
  const child = shard.process;
  if (!child || child.exitCode !== null) return;
  child.kill('SIGTERM');
  await once(child, 'exit');
}
