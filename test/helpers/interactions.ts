import { pino } from 'pino';
import type { Engine } from '../../src/engine/engine.js';
import type { BotContext } from '../../src/interactions/command.js';
import type {
  AutocompleteInteraction,
  ButtonInteraction,
  Choice,
  MessageCommandInteraction,
  ReplyMessage,
  SlashCommandInteraction,
  UpdateMessage,
} from '../../src/interactions/interaction.js';

/** What a handler sent back. */
export interface Sent {
  replies: ReplyMessage[];
  /** Messages that replaced the one a button is on. */
  updates: UpdateMessage[];
  choices: Choice[][];
}

/** The sender and reply methods every test interaction shares, recording what was sent. */
function repliable(sent: Sent, user = '100') {
  return {
    id: '1',
    guildId: null,
    user: { id: user },
    replied: false,
    deferred: false,
    reply: (message: ReplyMessage) => Promise.resolve(void sent.replies.push(message)),
    followUp: (message: ReplyMessage) => Promise.resolve(void sent.replies.push(message)),
  };
}

/**
 * Stand-ins for interactions as the command handlers see them (options, target message,
 * custom id; reply, respond), recording what was sent.
 */
export function chatInput(
  name: string,
  options: Record<string, string | boolean>,
  user?: string,
): { interaction: SlashCommandInteraction; sent: Sent } {
  const sent: Sent = { replies: [], updates: [], choices: [] };
  const value = (key: string): string | boolean | undefined => options[key];
  const interaction: SlashCommandInteraction = {
    ...repliable(sent, user),
    commandName: name,
    options: {
      getString: (key) => {
        const v = value(key);
        return typeof v === 'string' ? v : null;
      },
      getBoolean: (key) => {
        const v = value(key);
        return typeof v === 'boolean' ? v : null;
      },
      getUser: (key) => {
        const v = value(key);
        return typeof v === 'string' ? { id: v } : null;
      },
    },
  };
  return { interaction, sent };
}

export function messageCommand(content: string): { interaction: MessageCommandInteraction; sent: Sent } {
  const sent: Sent = { replies: [], updates: [], choices: [] };
  return { interaction: { ...repliable(sent), commandName: 'Who said this?', targetMessage: { content } }, sent };
}

export function buttonPress(customId: string, user?: string): { interaction: ButtonInteraction; sent: Sent } {
  const sent: Sent = { replies: [], updates: [], choices: [] };
  const update = (message: UpdateMessage): Promise<void> => Promise.resolve(void sent.updates.push(message));
  return { interaction: { ...repliable(sent, user), customId, update }, sent };
}

/** Typing `focused` into option `option` (default: the command's first), with `others` already filled in. */
export function autocompleting(
  name: string,
  focused: string,
  option = '',
  others: Record<string, string> = {},
): { interaction: AutocompleteInteraction; sent: Sent } {
  const sent: Sent = { replies: [], updates: [], choices: [] };
  const interaction: AutocompleteInteraction = {
    id: '1',
    guildId: null,
    user: { id: '100' },
    commandName: name,
    options: {
      getFocused: () => ({ name: option, value: focused }),
      getString: (key) => others[key] ?? null,
    },
    respond: (choices) => Promise.resolve(void sent.choices.push(choices)),
  };
  return { interaction, sent };
}

export const contextFor = (engine: Engine): BotContext => ({ engine: () => engine, logger: pino({ level: 'silent' }) });
