import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { SlashCommand } from '../src/interactions/command.js';
import { answerButtons } from '../src/interactions/components.js';
import { toMessage } from '../src/interactions/messages.js';
import { replyAsk } from '../src/replies/replies.js';

export const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'ask',
  description: 'Find the passages of the article that answer a question',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'question',
      description: 'Your question about the article',
      required: true,
      max_length: 300,
    },
    { type: ApplicationCommandOptionType.Boolean, name: 'private', description: 'Only you see the answer' },
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const execute: SlashCommand['execute'] = async (interaction, { engine }) => {
  const question = interaction.options.getString('question') ?? '';
  const current = engine();
  const answer = replyAsk(current, question);
  const components = answerButtons(current, answer.shown ?? [], answer.rest ?? []);
  await interaction.reply(
    toMessage(answer, { ephemeral: interaction.options.getBoolean('private') ?? false, components }),
  );
};
