import {
  ApplicationCommandType,
  InteractionResponseType,
  InteractionType,
  type APIApplicationCommandInteractionDataOption,
  type APIInteraction,
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
  type Interaction,
  type InteractionReplyOptions,
} from 'discord.js';

type Options = readonly APIApplicationCommandInteractionDataOption[];

function optionValue(options: Options, name: string): string | number | boolean | null {
  const option = options.find((o) => o.name === name);
  return option && 'value' in option ? option.value : null;
}

/** A reply as the API's message data: the same fields discord.js would send. */
function messageData(reply: InteractionReplyOptions & { content?: string }): APIInteractionResponseCallbackData {
  return {
    content: reply.content ?? '',
    allowed_mentions: { parse: [] },
    // The handlers build components as plain API objects (see src/discord/components.ts).
    components: [...(reply.components ?? [])] as APIInteractionResponseCallbackData['components'],
    ...(typeof reply.flags === 'number' ? { flags: reply.flags } : {}),
  };
}

/**
 * An interaction received over HTTP, with the part of discord.js's interaction interface
 * that the command handlers use, so the same handlers answer both gateway and HTTP
 * interactions. The handler's reply becomes the HTTP response (`response`).
 */
export class HttpInteraction {
  response: APIInteractionResponse | null = null;
  readonly id: string;
  readonly guildId: string | null;
  readonly user: { id: string };
  readonly commandName: string;
  readonly customId: string;
  readonly type: InteractionType;
  readonly options;
  readonly targetMessage: { content: string };
  replied = false;
  deferred = false;

  constructor(private readonly raw: APIInteraction) {
    this.id = raw.id;
    this.type = raw.type;
    this.guildId = raw.guild_id ?? null;
    this.user = { id: raw.member?.user.id ?? raw.user?.id ?? '0' };
    const data = (raw.data ?? {}) as {
      name?: string;
      custom_id?: string;
      options?: Options;
      target_id?: string;
      resolved?: { messages?: Record<string, { content?: string }> };
    };
    this.commandName = data.name ?? '';
    this.customId = data.custom_id ?? '';
    const options = data.options ?? [];
    this.options = {
      getString: (name: string) => {
        const value = optionValue(options, name);
        return typeof value === 'string' ? value : null;
      },
      getBoolean: (name: string) => {
        const value = optionValue(options, name);
        return typeof value === 'boolean' ? value : null;
      },
      getFocused: () => {
        const focused = options.find((o) => 'focused' in o && o.focused === true);
        return focused && 'value' in focused ? String(focused.value) : '';
      },
    };
    this.targetMessage = { content: (data.target_id && data.resolved?.messages?.[data.target_id]?.content) || '' };
  }

  private commandType(): ApplicationCommandType | null {
    return this.raw.type === InteractionType.ApplicationCommand ? this.raw.data.type : null;
  }

  isAutocomplete(): boolean {
    return this.raw.type === InteractionType.ApplicationCommandAutocomplete;
  }
  isChatInputCommand(): boolean {
    return this.commandType() === ApplicationCommandType.ChatInput;
  }
  isMessageContextMenuCommand(): boolean {
    return this.commandType() === ApplicationCommandType.Message;
  }
  isCommand(): boolean {
    return this.commandType() !== null;
  }
  isButton(): boolean {
    return this.raw.type === InteractionType.MessageComponent && this.raw.data.component_type === 2;
  }
  isRepliable(): boolean {
    return this.raw.type === InteractionType.ApplicationCommand || this.raw.type === InteractionType.MessageComponent;
  }

  async reply(reply: InteractionReplyOptions & { content?: string }): Promise<void> {
    this.replied = true;
    this.response = { type: InteractionResponseType.ChannelMessageWithSource, data: messageData(reply) };
  }
  async followUp(reply: InteractionReplyOptions & { content?: string }): Promise<void> {
    // Over HTTP only one response is sent: a late notice replaces the unsent answer.
    this.response = { type: InteractionResponseType.ChannelMessageWithSource, data: messageData(reply) };
  }
  async respond(choices: { name: string; value: string | number }[]): Promise<void> {
    this.response = { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } };
  }

  /** This object where the handlers expect a discord.js interaction (they use only the members above). */
  asInteraction(): Interaction {
    return this as unknown as Interaction;
  }
}
