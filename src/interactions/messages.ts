import { MessageFlags, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';
import type { Reply } from '../render/renderAnswer.js';
import type { ReplyMessage, UpdateMessage } from './interaction.js';

export interface MessageOptions {
  /** Only the person who asked sees the reply. */
  ephemeral?: boolean;
  components?: APIActionRowComponent<APIButtonComponent>[];
  /** The one user the reply may ping (a `target`); nobody else is, whatever the content says. */
  mention?: string;
}

/** A rendered reply as a Discord interaction response. */
export function toMessage(reply: Reply, options: MessageOptions = {}): ReplyMessage {
  return {
    content: reply.content,
    allowedMentions: options.mention ? { parse: [], users: [options.mention] } : { parse: [] },
    components: options.components ?? [],
    ...(options.ephemeral ? { flags: MessageFlags.Ephemeral as const } : {}),
  };
}

/** A short error or notice that only the asker sees. */
export function notice(content: string): ReplyMessage {
  return toMessage({ content }, { ephemeral: true });
}

/** A reply that replaces the message its button is on. */
export function toUpdate(reply: Reply, components: APIActionRowComponent<APIButtonComponent>[]): UpdateMessage {
  return { content: reply.content, allowedMentions: { parse: [] }, components };
}

/** "For <@id>:", the first line of an answer addressed to someone; empty for no one. */
export const leadFor = (user: string | undefined): string => (user ? `For <@${user}>:` : '');
