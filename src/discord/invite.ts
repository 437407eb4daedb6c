/**
 * The address that adds the bot to a server. `bot` joins it; `applications.commands`
 * lets it register slash commands. It needs no channel permissions: it only answers
 * interactions, and interaction replies are sent through the interaction itself.
 */
export function inviteUrl(clientId: string): string {
  const params = new URLSearchParams({ client_id: clientId, scope: 'bot applications.commands', permissions: '0' });
  return `https://discord.com/oauth2/authorize?${params.toString()}`;
}
