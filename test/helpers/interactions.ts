import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  InteractionReplyOptions,
  MessageContextMenuCommandInteraction,
} from 'discord.js';
import { pino } from 'pino';
import type { Engine } from '../../src/engine/engine.js';
import type { BotContext } from '../../src/discord/command.js';

/** What a handler sent back. */
export interface Sent {
  replies: (InteractionReplyOptions & { content: string })[];
  choices: { name: string; value: string | number }[][];
}

/**
 * Stand-ins for the parts of discord.js interactions that command handlers read
 * (options, target message) and call (reply, respond), recording what was sent.
 */
export function chatInput(
  name: string,
  options: Record<string, string | boolean>,
): { interaction: ChatInputCommandInteraction; sent: Sent } {
  const sent: Sent = { replies: [], choices: [] };
  const interaction = {
    commandName: name,
    isChatInputCommand: () => true,
    isMessageContextMenuCommand: () => false,
    options: {
      getString: (key: string, required?: boolean) => {
        const value = options[key];
        if (value === undefined && required) throw new Error(`missing option ${key}`);
        return typeof value === 'string' ? value : null;
      },
      getBoolean: (key: string) => (typeof options[key] === 'boolean' ? options[key] : null),
    },
    reply: async (message: InteractionReplyOptions & { content: string }) => void sent.replies.push(message),
  };
  return { interaction: interaction as unknown as ChatInputCommandInteraction, sent };
}

export function messageCommand(content: string): { interaction: MessageContextMenuCommandInteraction; sent: Sent } {
  const sent: Sent = { replies: [], choices: [] };
  const interaction = {
    commandName: 'Who said this?',
    isChatInputCommand: () => false,
    isMessageContextMenuCommand: () => true,
    targetMessage: { content },
    reply: async (message: InteractionReplyOptions & { content: string }) => void sent.replies.push(message),
  };
  return { interaction: interaction as unknown as MessageContextMenuCommandInteraction, sent };
}

export function autocompleting(name: string, focused: string): { interaction: AutocompleteInteraction; sent: Sent } {
  const sent: Sent = { replies: [], choices: [] };
  const interaction = {
    commandName: name,
    options: { getFocused: () => focused },
    respond: async (choices: { name: string; value: string }[]) => void sent.choices.push(choices),
  };
  return { interaction: interaction as unknown as AutocompleteInteraction, sent };
}

export const contextFor = (engine: Engine): BotContext => ({ engine: () => engine, logger: pino({ level: 'silent' }) });
