import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { ARTICLE, articleChoices, articleOrNotice } from '../src/interactions/articleOption.js';
import type { SlashCommand } from '../src/interactions/command.js';
import { answerButtons } from '../src/interactions/components.js';
import { leadFor, toMessage } from '../src/interactions/messages.js';
import { replyAsk } from '../src/replies/replies.js';
import { articleOption, privateOption, targetOption } from './options.js';

export const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'ask',
  description: 'Find the passages of the articles that answer a question',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'question',
      description: 'Your question about the article',
      required: true,
      max_length: 300,
    },
    articleOption,
    privateOption,
    targetOption,
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const execute: SlashCommand['execute'] = async (interaction, { engine }) => {
  const current = engine();
  const article = await articleOrNotice(interaction, current);
  if (article === null) return;
  const question = interaction.options.getString('question') ?? '';
  const ephemeral = interaction.options.getBoolean('private') ?? false;
  const target = ephemeral ? undefined : interaction.options.getUser('target')?.id;
  const answer = replyAsk(current, question, 0, { ...(article ? { article } : {}), lead: leadFor(target) });
  const components = answerButtons(current, answer.shown ?? [], answer.rest ?? [], {
    share: ephemeral,
    closest: answer.closest ?? [],
  });
  await interaction.reply(toMessage(answer, { ephemeral, components, ...(target ? { mention: target } : {}) }));
};

export const autocomplete: SlashCommand['autocomplete'] = async (interaction, { engine }) => {
  const focused = interaction.options.getFocused(true);
  await interaction.respond(focused.name === ARTICLE ? articleChoices(engine(), focused.value) : []);
};
