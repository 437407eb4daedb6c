import { ApplicationCommandType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { SlashCommand } from '../src/interactions/command.js';
import { toMessage } from '../src/interactions/messages.js';
import { replyHelp } from '../src/replies/replies.js';

export const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'help',
  description: 'What verbatim can do',
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const execute: SlashCommand['execute'] = async (interaction) => {
  await interaction.reply(toMessage(replyHelp(), { ephemeral: true }));
};
