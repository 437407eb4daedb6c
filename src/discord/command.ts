import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  MessageContextMenuCommandInteraction,
  RESTPostAPIApplicationCommandsJSONBody,
} from 'discord.js';
import type { Engine } from '../engine/engine.js';
import type { Logger } from '../log/logger.js';
import type { RateLimiter } from './rateLimit.js';

/** What a command handler may use: the current engine (it changes when the corpus reloads) and the logger. */
export interface BotContext {
  /** The engine to answer from; only called once {@link ready} is true. */
  engine(): Engine;
  /** False while the corpus is still loading at start; absent means always ready. */
  ready?: () => boolean;
  logger: Logger;
  /** Per-user command budget; absent means unlimited. */
  rateLimiter?: RateLimiter;
}

/**
 * One command, as each file in `commands/` exports it: its definition as plain data (what
 * `npm run deploy` registers) and its handlers.
 */
export interface Command {
  data: RESTPostAPIApplicationCommandsJSONBody;
  execute(
    interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction,
    context: BotContext,
  ): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, context: BotContext): Promise<void>;
}
