import type { ButtonInteraction, Interaction, RepliableInteraction } from 'discord.js';
import { replyContext, replyMore } from '../replies/replies.js';
import type { BotContext, Command } from './command.js';
import { answerButtons, parseButton } from './components.js';
import { notice, toMessage } from './messages.js';

/** What the asker sees when a handler fails: short, private, and never the error itself. */
export const FAILURE = 'Sorry, something went wrong answering that. Please try again.';

/** What the asker sees while the bot has connected but not yet loaded its articles. */
export const STARTING_UP = 'verbatim is starting up and loading its articles. Try again in a few seconds.';

/**
 * Routes one interaction to its command, autocomplete handler or button. Every failure
 * is logged and answered with a short private message; nothing is thrown.
 */
export async function handleInteraction(
  interaction: Interaction,
  commands: ReadonlyMap<string, Command>,
  context: BotContext,
): Promise<void> {
  const started = performance.now();
  const log = context.logger.child({
    interaction: interaction.id,
    user: interaction.user.id,
    guild: interaction.guildId,
  });
  try {
    if (context.ready?.() === false) {
      // The bot is connected but the corpus is still loading: say so at once rather than time out.
      if (interaction.isAutocomplete()) await interaction.respond([]);
      else if (interaction.isRepliable()) await interaction.reply(notice(STARTING_UP));
      return;
    }
    if (interaction.isAutocomplete()) {
      const command = commands.get(interaction.commandName);
      if (command?.autocomplete) await command.autocomplete(interaction, context);
      else await interaction.respond([]);
    } else if (interaction.isRepliable() && isLimited(interaction, context)) {
      const wait = Math.ceil(context.rateLimiter!.take(interaction.user.id, Date.now()) / 1000);
      await interaction.reply(notice(`You are sending commands faster than I can answer. Try again in ${wait} s.`));
    } else if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand()) {
      const command = commands.get(interaction.commandName);
      if (command) await command.execute(interaction, context);
      else await interaction.reply(notice('That command is not known here. It may have been removed; try `/help`.'));
    } else if (interaction.isButton()) {
      await handleButton(interaction, context);
    } else {
      return;
    }
    log.debug({ kind: kindOf(interaction), ms: Math.round(performance.now() - started) }, 'answered');
  } catch (error) {
    log.error({ err: error, kind: kindOf(interaction) }, 'interaction failed');
    if (interaction.isRepliable())
      await apologise(interaction).catch((e: unknown) => log.warn({ err: e }, 'could not send the failure notice'));
  }
}

/** Whether this command or click goes over the user's budget (autocomplete, sent on every keystroke, does not count). */
function isLimited(interaction: Interaction, context: BotContext): boolean {
  return context.rateLimiter !== undefined && context.rateLimiter.take(interaction.user.id, Date.now()) > 0;
}

async function handleButton(interaction: ButtonInteraction, context: BotContext): Promise<void> {
  const button = parseButton(interaction.customId);
  if (!button) {
    await interaction.reply(notice('That button is no longer in use.'));
    return;
  }
  const engine = context.engine();
  if (button.kind === 'more') {
    const answer = replyMore(engine, button.refs);
    await interaction.reply(
      toMessage(answer, { ephemeral: true, components: answerButtons(engine, answer.shown ?? [], []) }),
    );
  } else {
    await interaction.reply(toMessage(replyContext(engine, button.refs[0]!), { ephemeral: true }));
  }
}

async function apologise(interaction: RepliableInteraction): Promise<void> {
  if (interaction.replied || interaction.deferred) await interaction.followUp(notice(FAILURE));
  else await interaction.reply(notice(FAILURE));
}

function kindOf(interaction: Interaction): string {
  if (interaction.isCommand() || interaction.isAutocomplete())
    return `${interaction.isAutocomplete() ? 'autocomplete ' : ''}${interaction.commandName}`;
  if (interaction.isButton()) return `button ${interaction.customId.split(':', 1)[0]}`;
  return `type ${interaction.type}`;
}
