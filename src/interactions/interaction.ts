import type { APIActionRowComponent, APIButtonComponent, MessageFlags } from 'discord.js';

/**
 * The part of an interaction that the command handlers use, whichever way it arrived.
 * discord.js's interaction classes (gateway) and `HttpInteraction` (the HTTP endpoint)
 * both satisfy these interfaces as they are, so a handler that reaches for anything
 * else (deferring, another option type) fails to compile rather than failing over one
 * transport only.
 */

/** A message reply as the handlers build it (see `toMessage`), in discord.js's field names. */
export interface ReplyMessage {
  content: string;
  /** Who may be pinged: nobody (`parse: []`), or the listed users only. */
  allowedMentions: { parse: []; users?: string[] };
  components: APIActionRowComponent<APIButtonComponent>[];
  /** Set when only the person who asked sees the reply. */
  flags?: MessageFlags.Ephemeral;
}

/** One autocomplete suggestion. */
export interface Choice {
  name: string;
  value: string;
}

/** Who sent an interaction, and where. */
export interface Sender {
  readonly id: string;
  readonly guildId: string | null;
  readonly user: { readonly id: string };
}

/** An interaction answered with one message (and, when that fails, a follow-up notice). */
export interface Repliable extends Sender {
  readonly replied: boolean;
  readonly deferred: boolean;
  reply(message: ReplyMessage): Promise<unknown>;
  followUp(message: ReplyMessage): Promise<unknown>;
}

/** The options of a slash command, read by name; null when not given. */
export interface CommandOptions {
  getString(name: string): string | null;
  getBoolean(name: string): boolean | null;
  getUser(name: string): { readonly id: string } | null;
}

export interface SlashCommandInteraction extends Repliable {
  readonly commandName: string;
  readonly options: CommandOptions;
}

/** "Apps → …" on a message: the message it was used on. */
export interface MessageCommandInteraction extends Repliable {
  readonly commandName: string;
  readonly targetMessage: { readonly content: string };
}

/** A reply that replaces the message a button is on (its visibility cannot change). */
export type UpdateMessage = Omit<ReplyMessage, 'flags'>;

export interface ButtonInteraction extends Repliable {
  readonly customId: string;
  /** Replaces the message the button is on, as "Next" turns a page. */
  update(message: UpdateMessage): Promise<unknown>;
}

/** Discord asking for suggestions while someone types into one option of a command. */
export interface AutocompleteInteraction extends Sender {
  readonly commandName: string;
  readonly options: {
    /** The option being typed into, and what is typed so far. */
    getFocused(full: true): { name: string; value: string };
    /** Another option already filled in. */
    getString(name: string): string | null;
  };
  respond(choices: Choice[]): Promise<unknown>;
}

/** An interaction the bot answers, by kind; each transport turns what it receives into one. */
export type Incoming =
  | { kind: 'slash'; interaction: SlashCommandInteraction }
  | { kind: 'message'; interaction: MessageCommandInteraction }
  | { kind: 'button'; interaction: ButtonInteraction }
  | { kind: 'autocomplete'; interaction: AutocompleteInteraction };
