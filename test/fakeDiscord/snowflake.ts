/** Discord's epoch (2015-01-01), from which snowflake ids count milliseconds. */
const DISCORD_EPOCH = 1420070400000n;
let increment = 0n;

/** A fresh snowflake id for the current time, as Discord sends them (a decimal string). */
export function snowflake(): string {
  increment = (increment + 1n) % 4096n;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | increment).toString();
}

/** The shard that receives a guild's events: `(guild_id >> 22) % shard_count`. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}
