import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { suggestSpeakers } from '../src/answer/suggest.js';
import { articleOrNotice, typedBesideArticle } from '../src/interactions/articleOption.js';
import type { SlashCommand } from '../src/interactions/command.js';
import { listingPage } from '../src/interactions/listings.js';
import { toMessage } from '../src/interactions/messages.js';
import { DISCORD_LIMITS } from '../src/render/limits.js';
import { truncateVerbatim } from '../src/render/markdown.js';
import { articleOption } from './options.js';

export const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'quotes',
  description: 'List the quotes in the articles, all or one speaker’s',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'speaker',
      description: 'Only this speaker’s quotes',
      max_length: 100,
      autocomplete: true,
    },
    articleOption,
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const execute: SlashCommand['execute'] = async (interaction, { engine }) => {
  const current = engine();
  const article = await articleOrNotice(interaction, current);
  if (article === null) return;
  const speaker = interaction.options.getString('speaker')?.trim() || null;
  const position = article ? (current.catalog.entriesOf.get(article.id)?.position ?? null) : null;
  const page = listingPage(current, { listing: 'q', page: 1, article: position, speaker });
  await interaction.reply(toMessage(page.answer, { components: page.components }));
};

export const autocomplete: SlashCommand['autocomplete'] = async (interaction, { engine }) => {
  const current = engine();
  const typed = await typedBesideArticle(interaction, current);
  if (typed === null) return;
  const names = suggestSpeakers(current, typed.typed, DISCORD_LIMITS.choices, typed.article);
  const choices = names
    .map((name) => truncateVerbatim(name, DISCORD_LIMITS.choiceName, (s) => s))
    .filter((name) => name.length > 0);
  await interaction.respond(choices.map((name) => ({ name, value: name })));
};
