import { ApplicationCommandType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { SlashCommand } from '../src/interactions/command.js';
import { toMessage } from '../src/interactions/messages.js';
import { replySpeakers } from '../src/replies/replies.js';

export const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'speakers',
  description: 'Who is quoted in the article, with their roles and how often',
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const execute: SlashCommand['execute'] = async (interaction, { engine }) => {
  await interaction.reply(toMessage(replySpeakers(engine())));
};
