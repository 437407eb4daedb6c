import { ApplicationCommandType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { toMessage } from '../src/discord/messages.js';
import { replyHelp } from '../src/replies/replies.js';

export const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'help',
  description: 'What verbatim can do',
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const execute: Command['execute'] = async (interaction) => {
  await interaction.reply(toMessage(replyHelp(), { ephemeral: true }));
};
