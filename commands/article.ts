import { ApplicationCommandType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { SlashCommand } from '../src/interactions/command.js';
import { toMessage } from '../src/interactions/messages.js';
import { replyArticle } from '../src/replies/replies.js';

export const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'article',
  description: 'Title, source, date, link and length of the article',
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const execute: SlashCommand['execute'] = async (interaction, { engine }) => {
  await interaction.reply(toMessage(replyArticle(engine())));
};
