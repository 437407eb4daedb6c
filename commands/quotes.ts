import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { suggestSpeakers } from '../src/answer/suggest.js';
import type { SlashCommand } from '../src/interactions/command.js';
import { toMessage } from '../src/interactions/messages.js';
import { DISCORD_LIMITS } from '../src/render/limits.js';
import { truncateVerbatim } from '../src/render/markdown.js';
import { replyQuotes } from '../src/replies/replies.js';

export const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'quotes',
  description: 'List the quotes in the article, all or one speaker’s',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'speaker',
      description: 'Only this speaker’s quotes',
      max_length: 100,
      autocomplete: true,
    },
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const execute: SlashCommand['execute'] = async (interaction, { engine }) => {
  const speaker = interaction.options.getString('speaker')?.trim() || undefined;
  await interaction.reply(toMessage(replyQuotes(engine(), speaker)));
};

export const autocomplete: SlashCommand['autocomplete'] = async (interaction, { engine }) => {
  const names = suggestSpeakers(engine(), interaction.options.getFocused(true).value, DISCORD_LIMITS.choices);
  const choices = names
    .map((name) => truncateVerbatim(name, DISCORD_LIMITS.choiceName, (s) => s))
    .filter((name) => name.length > 0);
  await interaction.respond(choices.map((name) => ({ name, value: name })));
};
