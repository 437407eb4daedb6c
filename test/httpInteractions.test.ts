import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../commands/index.js';
import { createInteractionServer } from '../src/http/interactionServer.js';
import { publicKeyFromHex } from '../src/http/verifySignature.js';
import { BUNDLED_CORPUS, bundledEngine } from './helpers/bundled.js';
import { contextFor } from './helpers/interactions.js';
import { quotedLines } from './helpers/replies.js';

const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const publicHex = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
const engine = await bundledEngine();
const body = engine.corpus.documents[0]!.body;

function signed(payload: unknown, key: KeyObject = privateKey): { headers: Record<string, string>; body: string } {
  const text = JSON.stringify(payload);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = sign(null, Buffer.from(timestamp + text), key).toString('hex');
  return {
    headers: {
      'content-type': 'application/json',
      'x-signature-ed25519': signature,
      'x-signature-timestamp': timestamp,
    },
    body: text,
  };
}

const user = { id: '100000000000000001', username: 'reader', discriminator: '0', global_name: null, avatar: null };
const base = {
  id: '200000000000000001',
  application_id: '300000000000000001',
  token: 'interaction-token',
  version: 1,
  guild_id: '400000000000000001',
  member: { user, roles: [], permissions: '0' },
  locale: 'en-US',
};
const slash = (name: string, options: unknown[] = []) => ({
  ...base,
  type: 2,
  data: { id: '1', name, type: 1, options },
});

describe('HTTP interactions endpoint', () => {
  let server: Server;
  let url = '';
  beforeAll(async () => {
    server = createInteractionServer(publicKeyFromHex(publicHex), commands, contextFor(engine));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/interactions`;
  });
  afterAll(async () => new Promise<void>((resolve) => server.close(() => resolve())));

  const post = async (request: { headers: Record<string, string>; body: string }) => {
    const response = await fetch(url, { method: 'POST', ...request });
    return {
      status: response.status,
      json: (await response.json()) as {
        type?: number;
        data?: {
          content: string;
          allowed_mentions: unknown;
          flags?: number;
          components: { components: { custom_id: string }[] }[];
          choices?: { name: string; value: string }[];
        };
      },
    };
  };

  it('answers a signed PING with PONG', async () => {
    expect(await post(signed({ ...base, type: 1 }))).toEqual({ status: 200, json: { type: 1 } });
  });

  it('rejects forged, tampered and unsigned requests with 401', async () => {
    const forged = signed({ ...base, type: 1 }, generateKeyPairSync('ed25519').privateKey);
    expect((await post(forged)).status).toBe(401);
    const tampered = signed(slash('help'));
    expect((await post({ ...tampered, body: tampered.body.replace('help', 'ask') })).status).toBe(401);
    expect((await post({ headers: { 'content-type': 'application/json' }, body: '{"type":1}' })).status).toBe(401);
  });

  it('answers /ask with verbatim quotes, no mentions and buttons that work over HTTP too', async () => {
    const { status, json } = await post(
      signed(slash('ask', [{ name: 'question', type: 3, value: 'ISIS threat Canada fighters' }])),
    );
    expect(status).toBe(200);
    expect(json.type).toBe(4);
    expect(json.data?.allowed_mentions).toEqual({ parse: [] });
    for (const line of quotedLines(json.data!.content)) expect(body).toContain(line);
    const more = json.data!.components[0]!.components.find((c) => c.custom_id.startsWith('more:'))!;
    const click = await post(
      signed({ ...base, type: 3, data: { component_type: 2, custom_id: more.custom_id }, message: { id: '5' } }),
    );
    expect(click.json.data?.content).toMatch(/^\*\*More results\*\*/u);
    expect(click.json.data?.flags).toBe(64);
  });

  it('answers autocomplete with choices and the message command with the speaker', async () => {
    const auto = await post(
      signed({
        ...base,
        type: 4,
        data: {
          id: '1',
          name: 'whosaid',
          type: 1,
          options: [{ name: 'quote', type: 3, value: 'we may not be in a posit', focused: true }],
        },
      }),
    );
    expect(auto.json.type).toBe(8);
    expect(auto.json.data?.choices?.[0]?.name).toMatch(/^“We may not be in a position/u);
    const message = {
      id: '600000000000000001',
      content: 'did someone say “we may not be in a position to arrest them”?',
      channel_id: '1',
      author: user,
    };
    const menu = await post(
      signed({
        ...base,
        type: 2,
        data: {
          id: '2',
          name: 'Who said this?',
          type: 3,
          target_id: message.id,
          resolved: { messages: { [message.id]: message } },
        },
      }),
    );
    expect(menu.json.data?.content).toContain('**Denis Michaud**');
  });

  it('refuses other methods, paths and oversized bodies', async () => {
    expect((await fetch(url, { method: 'GET' })).status).toBe(405);
    expect((await fetch(url.replace('/interactions', '/other'), { method: 'POST' })).status).toBe(404);
    expect(
      (await fetch(url, { method: 'POST', body: 'x'.repeat(2 << 20) }).catch(() => ({ status: 413 }))).status,
    ).toBe(413);
  });
});

describe('npm run serve', () => {
  let child: ChildProcess | undefined;
  afterAll(() => {
    child?.kill('SIGTERM');
  });

  it('starts from the built entry point and answers PING', async () => {
    const entry = fileURLToPath(new URL('../dist/src/serve.js', import.meta.url));
    child = spawn(process.execPath, [entry], {
      env: {
        PATH: process.env.PATH,
        DISCORD_PUBLIC_KEY: publicHex,
        HTTP_PORT: '0',
        HTTP_HOST: '127.0.0.1',
        CORPUS_DIR: BUNDLED_CORPUS,
        LOG_LEVEL: 'silent',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('serve did not start')), 10_000);
      child!.stdout!.on('data', (chunk: Buffer) => {
        const match = /listening on [^:]+:(\d+)/u.exec(chunk.toString());
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      });
    });
    const response = await fetch(`http://127.0.0.1:${port}/interactions`, {
      method: 'POST',
      ...signed({ ...base, type: 1 }),
    });
    expect(await response.json()).toEqual({ type: 1 });
    const exited = new Promise<number | null>((resolve) => child!.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 20_000);
});
