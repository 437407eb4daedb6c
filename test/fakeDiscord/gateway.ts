import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import { z } from 'zod';
import { BOT_USER, APPLICATION_ID, guildPayload } from './payloads.js';
import { shardOf } from './snowflake.js';

/** Gateway opcodes (Discord: Opcodes and Status Codes → Gateway Opcodes). */
export const Op = {
  Dispatch: 0,
  Heartbeat: 1,
  Identify: 2,
  Resume: 6,
  Reconnect: 7,
  InvalidSession: 9,
  Hello: 10,
  HeartbeatAck: 11,
} as const;
/** Intents a bot must be approved for: GuildMembers, GuildPresences, MessageContent. */
const PRIVILEGED_INTENTS = (1 << 1) | (1 << 8) | (1 << 15);

/** A payload the bot sends: an opcode and its data. */
const GatewayPayload = z.object({ op: z.number(), d: z.unknown() });
const IdentifyData = z.object({
  token: z.string(),
  intents: z.number(),
  shard: z.tuple([z.number(), z.number()]).optional(),
});
const ResumeData = z.object({ token: z.string(), session_id: z.string(), seq: z.number() });

/** A WebSocket message as text, however ws delivered it. */
const textOf = (raw: RawData): string =>
  (Array.isArray(raw) ? Buffer.concat(raw) : Buffer.isBuffer(raw) ? raw : Buffer.from(raw)).toString('utf8');

export interface GatewayOptions {
  token: string;
  guilds: string[];
  heartbeatIntervalMs: number;
}

interface Session {
  id: string;
  shard: [number, number];
  seq: number;
  /** Every dispatch sent, kept for replay on RESUME. */
  sent: { s: number; t: string; d: unknown }[];
  socket: WebSocket | null;
  resumable: boolean;
}

/** What the gateway saw, for tests to assert on. */
export interface GatewayLog {
  identifies: { token: string; intents: number; shard: [number, number] | undefined }[];
  resumes: { sessionId: string; seq: number }[];
  heartbeats: number;
  connections: number;
}

/**
 * A gateway that speaks Discord's protocol: HELLO, IDENTIFY → READY and GUILD_CREATE,
 * heartbeats and their ACKs, RESUME with replay of missed events, INVALID_SESSION, and
 * the close codes Discord uses. Faults are injected by the methods below.
 */
export class FakeGateway {
  readonly server = new WebSocketServer({ noServer: true });
  readonly log: GatewayLog = { identifies: [], resumes: [], heartbeats: 0, connections: 0 };
  private readonly sessions = new Map<string, Session>();
  /** While true, heartbeats get no ACK: the connection looks alive but is a zombie. */
  zombie = false;
  /** When set, every IDENTIFY is answered by closing with this code (4014: intents the application may not use). */
  refuseIdentify: number | null = null;

  constructor(
    private readonly options: GatewayOptions,
    private readonly url: () => string,
  ) {}

  handleUpgrade(request: IncomingMessage, socket: import('node:stream').Duplex, head: Buffer): void {
    this.server.handleUpgrade(request, socket, head, (ws) => this.accept(ws));
  }

  private accept(ws: WebSocket): void {
    this.log.connections += 1;
    let session: Session | null = null;
    send(ws, { op: Op.Hello, d: { heartbeat_interval: this.options.heartbeatIntervalMs } });
    ws.on('message', (raw) => {
      const payload = GatewayPayload.parse(JSON.parse(textOf(raw)));
      switch (payload.op) {
        case Op.Heartbeat:
          this.log.heartbeats += 1;
          if (!this.zombie) send(ws, { op: Op.HeartbeatAck });
          break;
        case Op.Identify:
          session = this.identify(ws, IdentifyData.parse(payload.d));
          break;
        case Op.Resume:
          session = this.resume(ws, ResumeData.parse(payload.d));
          break;
      }
    });
    ws.on('close', () => {
      if (session?.socket === ws) session.socket = null;
    });
  }

  private identify(ws: WebSocket, d: { token: string; intents: number; shard?: [number, number] }): Session | null {
    this.log.identifies.push({ token: d.token, intents: d.intents, shard: d.shard });
    if (d.token !== this.options.token) {
      ws.close(4004, 'Authentication failed.');
      return null;
    }
    if (this.refuseIdentify !== null) {
      ws.close(this.refuseIdentify, 'Refused.');
      return null;
    }
    // Privileged intents are refused with 4014, as Discord does for a bot not approved for them.
    if ((d.intents & PRIVILEGED_INTENTS) !== 0) {
      ws.close(4014, 'Disallowed intent(s).');
      return null;
    }
    const shard = d.shard ?? [0, 1];
    const session: Session = {
      id: randomUUID().replaceAll('-', ''),
      shard,
      seq: 0,
      sent: [],
      socket: ws,
      resumable: true,
    };
    this.sessions.set(session.id, session);
    const guilds = this.options.guilds.filter((g) => shardOf(g, shard[1]) === shard[0]);
    this.dispatch(session, 'READY', {
      v: 10,
      user: BOT_USER,
      guilds: guilds.map((id) => ({ id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: this.url(),
      shard,
      application: { id: APPLICATION_ID, flags: 0 },
    });
    for (const id of guilds) this.dispatch(session, 'GUILD_CREATE', guildPayload(id));
    return session;
  }

  private resume(ws: WebSocket, d: { token: string; session_id: string; seq: number }): Session | null {
    this.log.resumes.push({ sessionId: d.session_id, seq: d.seq });
    const session = this.sessions.get(d.session_id);
    if (d.token !== this.options.token) {
      ws.close(4004, 'Authentication failed.');
      return null;
    }
    if (!session || !session.resumable) {
      send(ws, { op: Op.InvalidSession, d: false });
      return null;
    }
    session.socket = ws;
    for (const event of session.sent.filter((e) => e.s > d.seq)) send(ws, { op: Op.Dispatch, ...event });
    this.dispatch(session, 'RESUMED', {});
    return session;
  }

  private dispatch(session: Session, t: string, d: unknown): void {
    session.seq += 1;
    const event = { s: session.seq, t, d };
    session.sent.push(event);
    // A session whose socket dropped keeps its events for the RESUME that replays them.
    if (session.socket?.readyState === WebSocket.OPEN) send(session.socket, { op: Op.Dispatch, ...event });
  }

  /** The live session of the shard that holds a guild, newest first. */
  private sessionFor(guildId: string): Session {
    const live = [...this.sessions.values()].filter((s) => s.resumable && shardOf(guildId, s.shard[1]) === s.shard[0]);
    const session = live.at(-1);
    if (!session) throw new Error(`no gateway session for guild ${guildId}`);
    return session;
  }

  /** Sends an event to the shard that holds the guild (or keeps it for its resume). */
  dispatchToGuild(guildId: string, t: string, d: unknown): void {
    this.dispatch(this.sessionFor(guildId), t, d);
  }

  /** Sessions with an open socket, optionally of one shard. */
  private connected(shard?: number): Session[] {
    return [...this.sessions.values()].filter(
      (s) => s.socket !== null && (shard === undefined || s.shard[0] === shard),
    );
  }

  /**
   * Closes the connections with a close code; 1006 drops them without a close frame.
   * After 4009 (session timed out) the sessions cannot be resumed, as on Discord.
   */
  close(code: number, shard?: number): void {
    for (const session of this.connected(shard)) {
      if (code === 4009) session.resumable = false;
      if (code === 1006) session.socket!.terminate();
      else session.socket!.close(code);
    }
  }

  /** Sends op 9; when not resumable, the sessions are gone and the bot must identify again. */
  invalidateSessions(resumable: boolean): void {
    for (const session of this.sessions.values()) {
      if (!session.socket) continue;
      send(session.socket, { op: Op.InvalidSession, d: resumable });
      if (!resumable) session.resumable = false;
    }
  }

  /** Sessions that can still receive events. */
  liveSessions(): number {
    return [...this.sessions.values()].filter((s) => s.resumable && s.socket !== null).length;
  }

  closeAll(): void {
    for (const client of this.server.clients) client.terminate();
    this.server.close();
  }
}

function send(ws: WebSocket, payload: Record<string, unknown>): void {
  ws.send(JSON.stringify({ s: null, t: null, d: null, ...payload }));
}
