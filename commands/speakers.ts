import { ApplicationCommandType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { toMessage } from '../src/discord/messages.js';
import { replySpeakers } from '../src/replies/replies.js';

export const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'speakers',
  description: 'Who is quoted in the article, with their roles and how often',
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const execute: Command['execute'] = async (interaction, { engine }) => {
  await interaction.reply(toMessage(replySpeakers(engine())));
};
