import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { KeyObject } from 'node:crypto';
import { InteractionResponseType, InteractionType, type APIInteraction } from 'discord.js';
import type { BotContext, Command } from '../interactions/command.js';
import { handleInteraction } from '../interactions/handleInteraction.js';
import { HttpInteraction } from './httpInteraction.js';
import { isSignedByDiscord } from './verifySignature.js';

/** Largest request body accepted; Discord's interaction payloads are far smaller. */
const MAX_BODY_BYTES = 1 << 20;

/**
 * Discord's "Interactions Endpoint URL" mode: interactions arrive as signed HTTP POSTs
 * to `/interactions` and are answered in the HTTP response, with no gateway connection.
 * Each request is answered from the request alone (button custom ids carry their own
 * state), so any number of replicas can run behind a load balancer.
 */
export function createInteractionServer(
  publicKey: KeyObject,
  commands: readonly Command[],
  context: BotContext,
): Server {
  const byName = new Map(commands.map((c) => [c.data.name, c]));
  return createServer((request, response) => {
    handle(request, response, publicKey, byName, context).catch((error: unknown) => {
      context.logger.error({ err: error }, 'interaction request failed');
      if (!response.headersSent) send(response, 500, { error: 'internal error' });
    });
  });
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  key: KeyObject,
  commands: ReadonlyMap<string, Command>,
  context: BotContext,
): Promise<void> {
  if (request.url !== '/interactions') return send(response, 404, { error: 'not found' });
  if (request.method !== 'POST') return send(response, 405, { error: 'use POST' });
  const body = await readBody(request);
  if (body === null) return send(response, 413, { error: 'request too large' });
  const signature = request.headers['x-signature-ed25519'];
  const timestamp = request.headers['x-signature-timestamp'];
  if (
    !isSignedByDiscord(
      key,
      typeof signature === 'string' ? signature : undefined,
      typeof timestamp === 'string' ? timestamp : undefined,
      body,
    )
  ) {
    return send(response, 401, { error: 'invalid request signature' });
  }
  let raw: APIInteraction;
  try {
    raw = JSON.parse(body.toString('utf8')) as APIInteraction;
  } catch {
    return send(response, 400, { error: 'body is not JSON' });
  }
  if (raw.type === InteractionType.Ping) return send(response, 200, { type: InteractionResponseType.Pong });
  const interaction = new HttpInteraction(raw);
  const incoming = interaction.incoming();
  if (incoming) await handleInteraction(incoming, commands, context);
  if (!interaction.response) return send(response, 400, { error: 'unsupported interaction' });
  return send(response, 200, interaction.response);
}

function readBody(request: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}
