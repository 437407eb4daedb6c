import { readFileSync } from 'node:fs';
import { Client, GatewayIntentBits } from 'discord.js';
import MiniSearch from 'minisearch';

/**
 * The reference bot of the benchmark: a discord.js client and nothing else but a plain
 * MiniSearch index of a corpus's sentences (`PLAIN_INDEX`, written by the benchmark with
 * `JSON.stringify`, loaded with `MiniSearch.loadJSON`) and the articles' texts
 * (`PLAIN_TEXTS`, a JSON list), which any bot quoting them has to hold.
 *
 * `/ask` runs a plain search of its question; every other command does nothing. Both
 * get the same constant reply, so the difference between the two is the cost of one
 * MiniSearch search inside a bot, and its memory is what the bare index costs.
 */

/** The same for every command, so only the search differs between `/ask` and the others. */
const REPLY = { content: 'A constant reply of the reference bot.', allowedMentions: { parse: [] } };

const texts = JSON.parse(readFileSync(process.env.PLAIN_TEXTS!, 'utf8')) as string[];
const index = MiniSearch.loadJSON(readFileSync(process.env.PLAIN_INDEX!, 'utf8'), { fields: ['text'] });

const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: process.env.DISCORD_API_BASE! } });
client.on('interactionCreate', (interaction) => {
  if (!interaction.isChatInputCommand()) return;
  if (interaction.commandName === 'ask') index.search(interaction.options.getString('question', true));
  interaction.reply(REPLY).catch((error: unknown) => console.error(error));
});
client.once('clientReady', () =>
  console.log(`ready to answer (${texts.length} texts, ${index.documentCount} sentences)`),
);
await client.login(process.env.DISCORD_TOKEN);
