import { MessageFlags, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';
import type { Reply } from '../render/renderAnswer.js';
import type { ReplyMessage } from './interaction.js';

export interface MessageOptions {
  /** Only the person who asked sees the reply. */
  ephemeral?: boolean;
  components?: APIActionRowComponent<APIButtonComponent>[];
}

/** A rendered reply as a Discord interaction response. */
export function toMessage(reply: Reply, options: MessageOptions = {}): ReplyMessage {
  return {
    content: reply.content,
    allowedMentions: { parse: [] },
    components: options.components ?? [],
    ...(options.ephemeral ? { flags: MessageFlags.Ephemeral as const } : {}),
  };
}

/** A short error or notice that only the asker sees. */
export function notice(content: string): ReplyMessage {
  return toMessage({ content }, { ephemeral: true });
}
