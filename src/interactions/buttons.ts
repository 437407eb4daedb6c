import { replyClosest, replyContext, replyMore, replyShared } from '../replies/replies.js';
import type { BotContext } from './command.js';
import { answerButtons, parseButton } from './components.js';
import type { ButtonInteraction } from './interaction.js';
import { listingPage } from './listings.js';
import { notice, toMessage, toUpdate } from './messages.js';

/**
 * Answers a button from its custom id alone. More, Closest passages and Context answer
 * privately, with a Share button; Share posts the passages for everyone; Previous and Next replace the
 * page they are under; an article card's buttons open a listing privately.
 */
export async function handleButton(interaction: ButtonInteraction, context: BotContext): Promise<void> {
  const button = parseButton(interaction.customId);
  if (!button) {
    await interaction.reply(notice('That button is no longer in use.'));
    return;
  }
  const engine = context.engine();
  switch (button.kind) {
    case 'more': {
      const answer = replyMore(engine, button.refs);
      const components = answerButtons(engine, answer.shown ?? [], [], { share: true });
      await interaction.reply(toMessage(answer, { ephemeral: true, components }));
      return;
    }
    case 'closest': {
      const answer = replyClosest(engine, button.refs);
      const components = answerButtons(engine, answer.shown ?? [], [], { share: true });
      await interaction.reply(toMessage(answer, { ephemeral: true, components }));
      return;
    }
    case 'context': {
      const answer = replyContext(engine, button.refs[0]!);
      const components = answerButtons(engine, answer.shown ?? [], [], { share: true, context: false });
      await interaction.reply(toMessage(answer, { ephemeral: true, components }));
      return;
    }
    case 'share': {
      const answer = replyShared(engine, button.refs, interaction.user.id);
      await interaction.reply(toMessage(answer, { ephemeral: !answer.found }));
      return;
    }
    case 'list': {
      const page = listingPage(engine, button);
      await interaction.update(toUpdate(page.answer, page.components));
      return;
    }
    case 'show': {
      const page = listingPage(engine, button);
      await interaction.reply(toMessage(page.answer, { ephemeral: true, components: page.components }));
      return;
    }
  }
}
