import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { FakeGateway } from './gateway.js';
import { APPLICATION_ID, BOT_USER, messagePayload, type Interaction } from './payloads.js';
import { snowflake } from './snowflake.js';

/** A request the bot made to the REST API, as received. */
export interface RestCall {
  method: string;
  path: string;
  auth: string | undefined;
  body: unknown;
  status: number;
  /** When the request arrived (performance.now(), milliseconds). */
  at: number;
}

/** A button as the bot sends it: a custom id, or a url for a link button. */
const Button = z.object({
  type: z.number(),
  style: z.number(),
  label: z.string().optional(),
  custom_id: z.string().optional(),
  url: z.string().optional(),
});

/** The message (or choices) of an interaction callback, with absent fields filled in. */
const CallbackData = z.object({
  content: z.string().default(''),
  allowed_mentions: z.object({ parse: z.array(z.string()), users: z.array(z.string()).optional() }).optional(),
  flags: z.number().default(0),
  components: z.array(z.object({ type: z.number(), components: z.array(Button) })).default([]),
  choices: z.array(z.object({ name: z.string(), value: z.union([z.string(), z.number()]) })).default([]),
});

/** What the bot sent to an interaction's callback route: the response type (4 message, 8 choices) and its data. */
export const CallbackBody = z.object({ type: z.number(), data: CallbackData.default(CallbackData.parse({})) });
export type CallbackBody = z.infer<typeof CallbackBody>;

/** A message body sent to a webhook route (follow-ups, edits of the original). */
const WebhookBody = z.record(z.string(), z.unknown());

/** A REST response to give instead of the real one, `times` times, to requests matching `method` and `path`. */
export interface RestFault {
  method: string;
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  times: number;
}

export interface FakeDiscordOptions {
  token: string;
  guilds?: string[];
  /** Shard count that GET /gateway/bot recommends. */
  shards?: number;
  heartbeatIntervalMs?: number;
  /** How long an interaction token may be used (Discord: 15 minutes). */
  tokenLifetimeMs?: number;
}

/** A bounded wait that fails the test with `what` instead of hanging it. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms)),
  );
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Resolves once `condition` holds, checking every 25 ms; fails with `what` after `ms`. */
export async function eventually(condition: () => boolean, ms: number, what: string): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > ms) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

interface Pending {
  interaction: Interaction;
  sentAt: number;
  callback: Promise<CallbackBody>;
  resolve: (body: CallbackBody) => void;
  acknowledged: boolean;
}

/**
 * Discord on 127.0.0.1: the REST v10 routes the bot calls (gateway discovery,
 * interaction callbacks, follow-ups and edits of the original response, command
 * registration) and a gateway on the same port. Tests send interactions as Discord
 * would and read what the bot answered; faults are injected per route.
 */
export class FakeDiscord {
  readonly calls: RestCall[] = [];
  readonly gateway: FakeGateway;
  readonly commands = new Map<string, unknown[]>();
  private readonly faults: RestFault[] = [];
  private readonly pending = new Map<string, Pending>();
  private readonly webhookMessages = new Map<string, Record<string, unknown>[]>();
  private readonly server: Server;
  private port = 0;

  private constructor(private readonly options: Required<FakeDiscordOptions>) {
    this.gateway = new FakeGateway(
      { token: options.token, guilds: options.guilds, heartbeatIntervalMs: options.heartbeatIntervalMs },
      () => `ws://127.0.0.1:${this.port}/gateway`,
    );
    this.server = createServer((req, res) => void this.route(req, res));
    this.server.on('upgrade', (req, socket, head) => this.gateway.handleUpgrade(req, socket, head));
  }

  static async start(options: FakeDiscordOptions): Promise<FakeDiscord> {
    const fake = new FakeDiscord({
      guilds: ['1180000000000000100'],
      shards: 1,
      heartbeatIntervalMs: 41250,
      tokenLifetimeMs: 15 * 60_000,
      ...options,
    });
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    fake.port = (fake.server.address() as AddressInfo).port;
    return fake;
  }

  /** What DISCORD_API_BASE points at; discord.js adds `/v10`. */
  get apiBase(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get guilds(): string[] {
    return this.options.guilds;
  }

  /** Answers the next `times` matching requests with this response instead. */
  inject(fault: RestFault): void {
    this.faults.push({ ...fault });
  }

  /** Drops every fault still waiting to be injected. */
  clearFaults(): void {
    this.faults.length = 0;
  }

  /** Sends INTERACTION_CREATE to the shard of the interaction's guild; resolves with the bot's callback body. */
  interact(interaction: Interaction, timeoutMs = 5000): Promise<CallbackBody> {
    let resolve!: (body: CallbackBody) => void;
    const callback = new Promise<CallbackBody>((r) => (resolve = r));
    this.pending.set(interaction.id, {
      interaction,
      sentAt: performance.now(),
      callback,
      resolve,
      acknowledged: false,
    });
    this.gateway.dispatchToGuild(interaction.guild_id as string, 'INTERACTION_CREATE', interaction);
    return within(
      callback,
      timeoutMs,
      `the response to interaction ${String((interaction.data as { name?: string }).name ?? interaction.type)}`,
    );
  }

  /** Milliseconds from sending an interaction to receiving its callback, or null while unanswered. */
  responseTime(interaction: Interaction): number | null {
    const call = this.calls.find((c) => c.path.includes(`/interactions/${interaction.id}/`) && c.status < 300);
    const pending = this.pending.get(interaction.id);
    return call && pending ? call.at - pending.sentAt : null;
  }

  /** Messages posted or edited through an interaction's webhook (follow-ups and edits of the original). */
  webhookMessagesOf(interaction: Interaction): Record<string, unknown>[] {
    return this.webhookMessages.get(interaction.token) ?? [];
  }

  async stop(): Promise<void> {
    this.gateway.closeAll();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const body: unknown = raw && req.headers['content-type']?.startsWith('application/json') ? JSON.parse(raw) : raw;
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const method = req.method ?? 'GET';
    const call: RestCall = { method, path, auth: req.headers.authorization, body, status: 0, at: performance.now() };
    this.calls.push(call);
    const reply = (status: number, payload?: unknown, headers: Record<string, string> = {}): void => {
      call.status = status;
      res.writeHead(status, { ...(payload === undefined ? {} : { 'content-type': 'application/json' }), ...headers });
      res.end(payload === undefined ? undefined : JSON.stringify(payload));
    };

    const fault = this.faults.find((f) => f.times > 0 && f.method === method && f.path.test(path));
    if (fault) {
      fault.times -= 1;
      return reply(fault.status, fault.body ?? { message: `fault ${fault.status}`, code: 0 }, fault.headers);
    }
    const [, api, version, ...rest] = path.split('/');
    if (api !== 'api' || version !== 'v10') return reply(404, { message: '404: Not Found', code: 0 });
    const route = `${method} /${rest.join('/')}`;
    const botAuth = `Bot ${this.options.token}`;
    let m: RegExpMatchArray | null;

    if (route === 'GET /gateway/bot') {
      if (call.auth !== botAuth) return reply(401, { message: '401: Unauthorized', code: 0 });
      return reply(200, {
        url: `ws://127.0.0.1:${this.port}/gateway`,
        shards: this.options.shards,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: 1 },
      });
    }
    if ((m = route.match(/^POST \/interactions\/(\d+)\/([\w-]+)\/callback$/u)))
      return this.callback(m[1]!, m[2]!, body, reply);
    if ((m = route.match(/^(POST|PATCH|GET) \/webhooks\/(\d+)\/([\w-]+)(?:\/messages\/@original)?$/u)))
      return this.webhook(m[1]!, m[3]!, route.endsWith('@original'), body, reply);
    if ((m = route.match(/^PUT \/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/u))) {
      if (call.auth !== botAuth) return reply(401, { message: '401: Unauthorized', code: 0 });
      if (m[1] !== APPLICATION_ID) return reply(403, { message: 'Missing Access', code: 50001 });
      const registered = z
        .array(WebhookBody)
        .parse(body)
        .map((c) => ({
          id: snowflake(),
          application_id: APPLICATION_ID,
          version: snowflake(),
          ...c,
        }));
      this.commands.set(m[2] ?? 'global', registered);
      return reply(200, registered);
    }
    return reply(404, { message: '404: Not Found', code: 0 });
  }

  private callback(id: string, token: string, raw: unknown, reply: (status: number, payload?: unknown) => void): void {
    const pending = this.pending.get(id);
    if (!pending || pending.interaction.token !== token)
      return reply(404, { message: 'Unknown interaction', code: 10062 });
    if (performance.now() - pending.sentAt > this.options.tokenLifetimeMs)
      return reply(404, { message: 'Unknown interaction', code: 10062 });
    if (pending.acknowledged) return reply(400, { message: 'Interaction has already been acknowledged.', code: 40060 });
    const parsed = CallbackBody.safeParse(raw);
    if (!parsed.success) return reply(400, { message: 'Invalid Form Body', code: 50035 });
    pending.acknowledged = true;
    const body = parsed.data;
    const data = z.object({ data: WebhookBody.optional() }).parse(raw).data ?? {};
    // A message response becomes the interaction's original message.
    if (body.type === 4 || body.type === 5)
      this.remember(token, {
        ...messagePayload(pending.interaction.channel_id as string, body.data.content, BOT_USER),
        ...data,
        id: snowflake(),
      });
    reply(204);
    pending.resolve(body);
  }

  private webhook(
    method: string,
    token: string,
    original: boolean,
    raw: unknown,
    reply: (status: number, payload?: unknown) => void,
  ): void {
    const pending = [...this.pending.values()].find((p) => p.interaction.token === token);
    if (!pending || performance.now() - pending.sentAt > this.options.tokenLifetimeMs)
      return reply(401, { message: 'Invalid Webhook Token', code: 50027 });
    const messages = this.webhookMessages.get(token) ?? [];
    const body = method === 'GET' ? {} : WebhookBody.parse(raw);
    if (method === 'GET')
      return messages[0] ? reply(200, messages[0]) : reply(404, { message: 'Unknown Message', code: 10008 });
    const message = {
      ...messagePayload(
        pending.interaction.channel_id as string,
        typeof body.content === 'string' ? body.content : '',
        BOT_USER,
      ),
      ...body,
      id: original ? (messages[0]?.id ?? snowflake()) : snowflake(),
    };
    if (original && messages[0]) Object.assign(messages[0], message);
    else this.remember(token, message);
    reply(200, message);
  }

  private remember(token: string, message: Record<string, unknown>): void {
    this.webhookMessages.set(token, [...(this.webhookMessages.get(token) ?? []), message]);
  }
}
