import { isMessageCommand, type BotContext, type Command } from './command.js';
import { handleButton } from './buttons.js';
import type { Incoming, Repliable } from './interaction.js';
import { notice } from './messages.js';

/** What the asker sees when a handler fails: short, private, and never the error itself. */
const FAILURE = 'Sorry, something went wrong answering that. Please try again.';

/** What the asker sees while the bot has connected but not yet loaded its articles. */
const STARTING_UP = 'verbatim is starting up and loading its articles. Try again in a few seconds.';

const UNKNOWN_COMMAND = 'That command is not known here. It may have been removed; try `/help`.';

/**
 * Routes one interaction to its command, autocomplete handler or button, the same for
 * every transport. Every failure is logged and answered with a short private message;
 * nothing is thrown.
 */
export async function handleInteraction(
  incoming: Incoming,
  commands: ReadonlyMap<string, Command>,
  context: BotContext,
): Promise<void> {
  const started = performance.now();
  const { interaction } = incoming;
  const log = context.logger.child({
    interaction: interaction.id,
    user: interaction.user.id,
    guild: interaction.guildId,
  });
  try {
    if (context.ready?.() === false) {
      // The bot is connected but the corpus is still loading: say so at once rather than time out.
      if (incoming.kind === 'autocomplete') await incoming.interaction.respond([]);
      else await incoming.interaction.reply(notice(STARTING_UP));
      return;
    }
    if (incoming.kind === 'autocomplete') {
      const command = commands.get(incoming.interaction.commandName);
      if (command?.autocomplete) await command.autocomplete(incoming.interaction, context);
      else await incoming.interaction.respond([]);
    } else if (isLimited(incoming.interaction, context)) {
      const wait = Math.ceil(context.rateLimiter!.take(incoming.interaction.user.id, Date.now()) / 1000);
      await incoming.interaction.reply(
        notice(`You are sending commands faster than I can answer. Try again in ${wait} s.`),
      );
    } else if (incoming.kind === 'slash') {
      const command = commands.get(incoming.interaction.commandName);
      if (command && !isMessageCommand(command)) await command.execute(incoming.interaction, context);
      else await incoming.interaction.reply(notice(UNKNOWN_COMMAND));
    } else if (incoming.kind === 'message') {
      const command = commands.get(incoming.interaction.commandName);
      if (command && isMessageCommand(command)) await command.execute(incoming.interaction, context);
      else await incoming.interaction.reply(notice(UNKNOWN_COMMAND));
    } else {
      await handleButton(incoming.interaction, context);
    }
    log.debug({ kind: kindOf(incoming), ms: Math.round(performance.now() - started) }, 'answered');
  } catch (error) {
    log.error({ err: error, kind: kindOf(incoming) }, 'interaction failed');
    if (incoming.kind !== 'autocomplete')
      await apologise(incoming.interaction).catch((e: unknown) =>
        log.warn({ err: e }, 'could not send the failure notice'),
      );
  }
}

/** Whether this command or click goes over the user's budget (autocomplete, sent on every keystroke, does not count). */
function isLimited(interaction: Repliable, context: BotContext): boolean {
  return context.rateLimiter !== undefined && context.rateLimiter.take(interaction.user.id, Date.now()) > 0;
}

async function apologise(interaction: Repliable): Promise<void> {
  if (interaction.replied || interaction.deferred) await interaction.followUp(notice(FAILURE));
  else await interaction.reply(notice(FAILURE));
}

function kindOf(incoming: Incoming): string {
  switch (incoming.kind) {
    case 'autocomplete':
      return `autocomplete ${incoming.interaction.commandName}`;
    case 'button':
      return `button ${incoming.interaction.customId.split(':', 1)[0]}`;
    default:
      return incoming.interaction.commandName;
  }
}
