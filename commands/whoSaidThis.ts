import { ApplicationCommandType, type RESTPostAPIContextMenuApplicationCommandsJSONBody } from 'discord.js';
import type { MessageCommand } from '../src/interactions/command.js';
import { answerButtons } from '../src/interactions/components.js';
import { notice, toMessage } from '../src/interactions/messages.js';
import { MESSAGES } from '../src/render/renderAnswer.js';
import { replyWhoSaid } from '../src/replies/replies.js';

/**
 * Right-click a message → Apps → "Who said this?". The interaction carries the message,
 * so no message-content intent is needed. The answer is private (it is about someone
 * else's message), with a Share button.
 */
export const data = {
  type: ApplicationCommandType.Message as const,
  name: 'Who said this?',
} satisfies RESTPostAPIContextMenuApplicationCommandsJSONBody;

export const execute: MessageCommand['execute'] = async (interaction, { engine }) => {
  const text = interaction.targetMessage.content;
  if (text.trim() === '') {
    await interaction.reply(notice(MESSAGES.noText));
    return;
  }
  const current = engine();
  const answer = replyWhoSaid(current, text);
  await interaction.reply(
    toMessage(answer, { ephemeral: true, components: answerButtons(current, answer.shown ?? [], [], { share: true }) }),
  );
};
