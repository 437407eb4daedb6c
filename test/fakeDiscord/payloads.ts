import { randomBytes } from 'node:crypto';
import { snowflake } from './snowflake.js';

/**
 * Gateway and interaction payloads shaped as Discord API v10 sends them, with the
 * fields discord.js reads. Ids are fresh snowflakes; names are fixed test values.
 */

export const APPLICATION_ID = '1180000000000000001';
export const BOT_USER = {
  id: APPLICATION_ID,
  username: 'verbatim',
  discriminator: '0000',
  global_name: null,
  avatar: null,
  bot: true,
};
export const PERSON = {
  id: '1180000000000000777',
  username: 'reader',
  discriminator: '0',
  global_name: 'Reader',
  avatar: null,
};

/** Interaction types (Discord: Interaction Object → Interaction Type). */
export const InteractionType = { Command: 2, Component: 3, Autocomplete: 4 } as const;
/** Application command option types used by verbatim's commands. */
const OptionType = { String: 3, Boolean: 5, User: 6 } as const;

export function guildPayload(id: string): Record<string, unknown> {
  return {
    id,
    name: `Server ${id.slice(-4)}`,
    icon: null,
    owner_id: PERSON.id,
    unavailable: false,
    joined_at: new Date().toISOString(),
    large: false,
    member_count: 2,
    roles: [
      {
        id,
        name: '@everyone',
        permissions: '2248473465835073',
        position: 0,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    channels: [{ id: channelOf(id), type: 0, name: 'general', position: 0, permission_overwrites: [], guild_id: id }],
    emojis: [],
    stickers: [],
    features: [],
    threads: [],
    members: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    premium_tier: 0,
    system_channel_flags: 0,
    verification_level: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    afk_timeout: 300,
    default_message_notifications: 0,
    preferred_locale: 'en-US',
    premium_progress_bar_enabled: false,
  };
}

/** Each fake guild has one text channel whose id is derived from the guild's. */
const channelOf = (guildId: string): string => (BigInt(guildId) + 1n).toString();

export function messagePayload(
  channelId: string,
  content: string,
  author: Record<string, unknown> = PERSON,
): Record<string, unknown> {
  return {
    id: snowflake(),
    channel_id: channelId,
    type: 0,
    author,
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    flags: 0,
  };
}

export interface Interaction {
  id: string;
  token: string;
  type: number;
  [key: string]: unknown;
}

function interactionPayload(
  guildId: string,
  type: number,
  data: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): Interaction {
  const channelId = channelOf(guildId);
  return {
    id: snowflake(),
    application_id: APPLICATION_ID,
    token: `aW50ZXJhY3Rpb24${randomBytes(24).toString('base64url')}`,
    version: 1,
    type,
    data,
    guild_id: guildId,
    channel_id: channelId,
    channel: {
      id: channelId,
      type: 0,
      name: 'general',
      guild_id: guildId,
      position: 0,
      permission_overwrites: [],
      flags: 0,
    },
    member: {
      user: PERSON,
      roles: [],
      joined_at: new Date().toISOString(),
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      nick: null,
      avatar: null,
      permissions: '2248473465835073',
    },
    app_permissions: '2248473465835073',
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': guildId },
    context: 0,
    attachment_size_limit: 10485760,
    ...extra,
  };
}

/** A user chosen for a user option ({@link slashCommand}). */
export interface UserOption {
  user: string;
}

/**
 * A slash command as a person sends it: string options as typed, booleans as chosen,
 * users as picked (with the user in `resolved`, as Discord sends it).
 */
export function slashCommand(
  guildId: string,
  name: string,
  options: Record<string, string | boolean | UserOption> = {},
): Interaction {
  const users = Object.values(options).filter((v): v is UserOption => typeof v === 'object');
  return interactionPayload(guildId, InteractionType.Command, {
    id: snowflake(),
    name,
    type: 1,
    guild_id: guildId,
    options: Object.entries(options).map(([key, value]) =>
      typeof value === 'object'
        ? { name: key, type: OptionType.User, value: value.user }
        : { name: key, type: typeof value === 'boolean' ? OptionType.Boolean : OptionType.String, value },
    ),
    ...(users.length > 0
      ? {
          resolved: {
            users: Object.fromEntries(
              users.map((u) => [u.user, { ...PERSON, id: u.user, username: `user${u.user.slice(-3)}` }]),
            ),
          },
        }
      : {}),
  });
}

/** Discord asking for choices while someone types into `option`, with `others` already filled in. */
export function autocomplete(
  guildId: string,
  name: string,
  option: string,
  typed: string,
  others: Record<string, string> = {},
): Interaction {
  return interactionPayload(guildId, InteractionType.Autocomplete, {
    id: snowflake(),
    name,
    type: 1,
    guild_id: guildId,
    options: [
      ...Object.entries(others).map(([key, value]) => ({ name: key, type: OptionType.String, value })),
      { name: option, type: OptionType.String, value: typed, focused: true },
    ],
  });
}

/** A message context-menu command run on a message someone wrote. */
export function messageCommand(guildId: string, name: string, content: string): Interaction {
  const target = messagePayload(channelOf(guildId), content);
  return interactionPayload(guildId, InteractionType.Command, {
    id: snowflake(),
    name,
    type: 3,
    guild_id: guildId,
    target_id: target.id,
    resolved: { messages: { [target.id as string]: target } },
  });
}

/** A click on a button of a message the bot sent. */
export function buttonClick(guildId: string, customId: string, message: Record<string, unknown>): Interaction {
  return interactionPayload(
    guildId,
    InteractionType.Component,
    { custom_id: customId, component_type: 2 },
    { message },
  );
}
