import { ApplicationCommandType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { articleChoices, articleOrNotice } from '../src/interactions/articleOption.js';
import type { SlashCommand } from '../src/interactions/command.js';
import { listingPage } from '../src/interactions/listings.js';
import { toMessage } from '../src/interactions/messages.js';
import { articleOption } from './options.js';

export const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'speakers',
  description: 'Who is quoted, with their roles and how often',
  options: [articleOption],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const execute: SlashCommand['execute'] = async (interaction, { engine }) => {
  const current = engine();
  const article = await articleOrNotice(interaction, current);
  if (article === null) return;
  const position = article ? (current.catalog.entriesOf.get(article.id)?.position ?? null) : null;
  const page = listingPage(current, { listing: 's', page: 1, article: position, speaker: null });
  await interaction.reply(toMessage(page.answer, { components: page.components }));
};

export const autocomplete: SlashCommand['autocomplete'] = async (interaction, { engine }) => {
  await interaction.respond(articleChoices(engine(), interaction.options.getFocused(true).value));
};
