import {
  ApplicationCommandType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import type { Engine } from '../engine/engine.js';
import type { Logger } from '../log/logger.js';
import type { AutocompleteInteraction, MessageCommandInteraction, SlashCommandInteraction } from './interaction.js';
import type { RateLimiter } from './rateLimit.js';

/** What a command handler may use: the current engine (it changes when the corpus reloads) and the logger. */
export interface BotContext {
  /** The engine to answer from; only called once {@link ready} is true. */
  engine: () => Engine;
  /** False while the corpus is still loading at start; absent means always ready. */
  ready?: () => boolean;
  logger: Logger;
  /** Per-user command budget; absent means unlimited. */
  rateLimiter?: RateLimiter;
}

/**
 * A slash command, as its file in `commands/` exports it: its definition as plain data
 * (what `npm run deploy` registers) and its handlers.
 */
export interface SlashCommand {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(interaction: SlashCommandInteraction, context: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, context: BotContext): Promise<void>;
}

/** A message command ("Apps → …" on a message). */
export interface MessageCommand {
  data: RESTPostAPIContextMenuApplicationCommandsJSONBody & { type: ApplicationCommandType.Message };
  execute(interaction: MessageCommandInteraction, context: BotContext): Promise<void>;
  autocomplete?: never;
}

export type Command = SlashCommand | MessageCommand;

export const isMessageCommand = (command: Command): command is MessageCommand =>
  command.data.type === ApplicationCommandType.Message;
