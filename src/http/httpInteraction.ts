import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ComponentType,
  InteractionResponseType,
  InteractionType,
  type APIApplicationCommandInteractionDataOption,
  type APIInteraction,
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
} from 'discord.js';
import type {
  AutocompleteInteraction,
  ButtonInteraction,
  Choice,
  Incoming,
  MessageCommandInteraction,
  ReplyMessage,
  SlashCommandInteraction,
  UpdateMessage,
} from '../interactions/interaction.js';

type Options = readonly APIApplicationCommandInteractionDataOption[];

function option(options: Options, name: string): APIApplicationCommandInteractionDataOption | undefined {
  return options.find((o) => o.name === name);
}

function optionValue(options: Options, name: string): string | number | boolean | null {
  const found = option(options, name);
  return found && 'value' in found ? found.value : null;
}

/** A reply as the API's message data: the same fields discord.js would send. */
function messageData(reply: ReplyMessage | UpdateMessage): APIInteractionResponseCallbackData {
  const { users } = reply.allowedMentions;
  return {
    content: reply.content,
    allowed_mentions: users ? { parse: [], users } : { parse: [] },
    components: [...reply.components],
    ...('flags' in reply && reply.flags !== undefined ? { flags: reply.flags } : {}),
  };
}

/** What the handlers read from an interaction's data, by kind; null for kinds the bot does not answer. */
type Parsed =
  | { kind: 'slash' | 'autocomplete'; name: string; options: Options }
  | { kind: 'message'; name: string; content: string }
  | { kind: 'button'; customId: string };

function parse(raw: APIInteraction): Parsed | null {
  switch (raw.type) {
    case InteractionType.ApplicationCommand: {
      const data = raw.data;
      if (data.type === ApplicationCommandType.ChatInput)
        return { kind: 'slash', name: data.name, options: data.options ?? [] };
      if (data.type === ApplicationCommandType.Message)
        return { kind: 'message', name: data.name, content: data.resolved.messages[data.target_id]?.content ?? '' };
      return null;
    }
    case InteractionType.ApplicationCommandAutocomplete:
      return { kind: 'autocomplete', name: raw.data.name, options: raw.data.options ?? [] };
    case InteractionType.MessageComponent:
      return raw.data.component_type === ComponentType.Button ? { kind: 'button', customId: raw.data.custom_id } : null;
    default:
      return null;
  }
}

/**
 * An interaction received over HTTP, with the members the shared handlers use (see
 * src/interactions/interaction.ts), so the same handlers answer gateway and HTTP
 * interactions. The handler's reply becomes the HTTP response (`response`).
 */
export class HttpInteraction
  implements SlashCommandInteraction, MessageCommandInteraction, ButtonInteraction, AutocompleteInteraction
{
  response: APIInteractionResponse | null = null;
  readonly id: string;
  readonly guildId: string | null;
  readonly user: { id: string };
  readonly commandName: string;
  readonly customId: string;
  readonly targetMessage: { content: string };
  readonly options;
  replied = false;
  deferred = false;
  private readonly parsed: Parsed | null;

  constructor(raw: APIInteraction) {
    this.id = raw.id;
    this.guildId = raw.guild_id ?? null;
    this.user = { id: raw.member?.user.id ?? raw.user?.id ?? '0' };
    const parsed = parse(raw);
    this.parsed = parsed;
    this.commandName = parsed && 'name' in parsed ? parsed.name : '';
    this.customId = parsed?.kind === 'button' ? parsed.customId : '';
    this.targetMessage = { content: parsed?.kind === 'message' ? parsed.content : '' };
    const options = parsed && 'options' in parsed ? parsed.options : [];
    this.options = {
      getString: (name: string): string | null => {
        const value = optionValue(options, name);
        return typeof value === 'string' ? value : null;
      },
      getBoolean: (name: string): boolean | null => {
        const value = optionValue(options, name);
        return typeof value === 'boolean' ? value : null;
      },
      getUser: (name: string): { id: string } | null => {
        const found = option(options, name);
        return found?.type === ApplicationCommandOptionType.User ? { id: found.value } : null;
      },
      getFocused: (full: true): { name: string; value: string } => {
        void full;
        const focused = options.find((o) => 'focused' in o && o.focused === true);
        return focused && 'value' in focused
          ? { name: focused.name, value: String(focused.value) }
          : { name: '', value: '' };
      },
    };
  }

  /** This interaction by kind, for the shared router; null for kinds the bot does not answer. */
  incoming(): Incoming | null {
    switch (this.parsed?.kind) {
      case 'slash':
        return { kind: 'slash', interaction: this };
      case 'message':
        return { kind: 'message', interaction: this };
      case 'button':
        return { kind: 'button', interaction: this };
      case 'autocomplete':
        return { kind: 'autocomplete', interaction: this };
      default:
        return null;
    }
  }

  reply(reply: ReplyMessage): Promise<void> {
    this.replied = true;
    this.response = { type: InteractionResponseType.ChannelMessageWithSource, data: messageData(reply) };
    return Promise.resolve();
  }
  followUp(reply: ReplyMessage): Promise<void> {
    // Over HTTP only one response is sent: a late notice replaces the unsent answer.
    this.response = { type: InteractionResponseType.ChannelMessageWithSource, data: messageData(reply) };
    return Promise.resolve();
  }
  update(message: UpdateMessage): Promise<void> {
    this.replied = true;
    this.response = { type: InteractionResponseType.UpdateMessage, data: messageData(message) };
    return Promise.resolve();
  }
  respond(choices: Choice[]): Promise<void> {
    this.response = { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } };
    return Promise.resolve();
  }
}
