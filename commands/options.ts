import { ApplicationCommandOptionType, type APIApplicationCommandBasicOption } from 'discord.js';

/** Options several commands share, as plain data. */

/** One article only; suggestions are article titles, their value the article's file id. */
export const articleOption = {
  type: ApplicationCommandOptionType.String,
  name: 'article',
  description: 'Only this article (pick a suggestion as you type)',
  max_length: 100,
  autocomplete: true,
} satisfies APIApplicationCommandBasicOption;

export const privateOption = {
  type: ApplicationCommandOptionType.Boolean,
  name: 'private',
  description: 'Only you see the answer',
} satisfies APIApplicationCommandBasicOption;

/** Someone to address a public answer to: the one person it mentions. */
export const targetOption = {
  type: ApplicationCommandOptionType.User,
  name: 'target',
  description: 'Address the answer to someone (it mentions only them)',
} satisfies APIApplicationCommandBasicOption;
