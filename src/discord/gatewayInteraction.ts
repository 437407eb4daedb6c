import type { Interaction } from 'discord.js';
import type { Incoming } from '../interactions/interaction.js';

/**
 * A discord.js interaction as one the shared handlers answer, or null for kinds the bot
 * does not use (select menus, modals, user commands). discord.js's classes satisfy the
 * handlers' interfaces as they are.
 */
export function fromGateway(interaction: Interaction): Incoming | null {
  if (interaction.isAutocomplete()) return { kind: 'autocomplete', interaction };
  if (interaction.isChatInputCommand()) return { kind: 'slash', interaction };
  if (interaction.isMessageContextMenuCommand()) return { kind: 'message', interaction };
  if (interaction.isButton()) return { kind: 'button', interaction };
  return null;
}
