import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { articleChoices, chosenArticle } from '../src/interactions/articleOption.js';
import type { SlashCommand } from '../src/interactions/command.js';
import { cardButtons } from '../src/interactions/components.js';
import { listingPage } from '../src/interactions/listings.js';
import { notice, toMessage } from '../src/interactions/messages.js';
import { MESSAGES } from '../src/render/renderAnswer.js';
import { replyArticleCard } from '../src/replies/replies.js';

export const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'article',
  description: 'The articles: title, source, date, link and length; or one article’s card',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'title',
      description: 'One article (pick a suggestion as you type)',
      max_length: 100,
      autocomplete: true,
    },
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const execute: SlashCommand['execute'] = async (interaction, { engine }) => {
  const current = engine();
  const chosen = chosenArticle(current, interaction.options.getString('title'));
  if (chosen === null) {
    await interaction.reply(notice(MESSAGES.noArticle));
    return;
  }
  const only = current.corpus.documents.length === 1 ? current.corpus.documents[0] : undefined;
  const article = chosen ?? only;
  if (article) {
    const card = replyArticleCard(current, article);
    const components = cardButtons(current, article, card.quotes, card.speakers);
    await interaction.reply(toMessage(card, { components }));
    return;
  }
  const page = listingPage(current, { listing: 'a', page: 1, article: null, speaker: null });
  await interaction.reply(toMessage(page.answer, { components: page.components }));
};

export const autocomplete: SlashCommand['autocomplete'] = async (interaction, { engine }) => {
  await interaction.respond(articleChoices(engine(), interaction.options.getFocused(true).value));
};
