import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scriptArgs } from '../../scripts/bench/commandLine.js';
import { within, type FakeDiscord } from '../fakeDiscord/fakeDiscord.js';
import { BUNDLED_CORPUS } from './bundled.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The entry point `npm start` runs, built by the test setup. */
export const MAIN = join(ROOT, 'dist', 'src', 'main.js');

/** A token in Discord's shape, recognisable in any output it might leak into. */
export const FAKE_TOKEN = 'MTE4MDAwMDAwMDAwMDAwMDAwMQ.LEAKCHECK.' + 'x'.repeat(24) + '-secret-token';

export interface BotProcess {
  child: ChildProcess;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Parsed JSON log lines so far. */
  logs(): Record<string, unknown>[];
  /** Resolves with the first log line matching, waiting as the process writes. */
  waitForLog(
    predicate: (line: Record<string, unknown>) => boolean,
    timeoutMs?: number,
    what?: string,
  ): Promise<Record<string, unknown>>;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
  /** Sends SIGTERM (or another signal) and waits for the exit code, killing after `timeoutMs`. */
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<number | null>;
}

/**
 * Starts `node dist/src/main.js` as `npm start` does, with its node options, and with the
 * given environment on top of a clean one: its own empty working folder (no developer
 * `.env` is read) and the bundled corpus. Another entry point runs with no options. Logs
 * are JSON (stderr is not a terminal).
 */
export function startBot(env: Record<string, string>, entry = MAIN): BotProcess {
  const cwd = mkdtempSync(join(tmpdir(), 'verbatim-bot-'));
  const child = spawn(process.execPath, entry === MAIN ? scriptArgs(ROOT, 'start') : [entry], {
    cwd,
    env: {
      PATH: process.env.PATH,
      CORPUS_DIR: BUNDLED_CORPUS,
      INDEX_FILE: join(cwd, 'index.json'),
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer): void => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const logs = (): Record<string, unknown>[] =>
    output.split('\n').flatMap((line) => {
      try {
        return line.startsWith('{') ? [JSON.parse(line) as Record<string, unknown>] : [];
      } catch {
        return [];
      }
    });

  return {
    child,
    output: () => output,
    logs,
    exited,
    waitForLog(predicate, timeoutMs = 10_000, what = 'a log line') {
      const found = new Promise<Record<string, unknown>>((resolve, reject) => {
        const check = (): void => {
          const line = logs().find(predicate);
          if (line) {
            listeners.delete(check);
            resolve(line);
          }
        };
        listeners.add(check);
        void exited.then(() => {
          listeners.delete(check);
          reject(new Error(`bot exited while waiting for ${what}:\n${output}`));
        });
        check();
      });
      return within(found, timeoutMs, `${what}; output so far:\n${output}`);
    },
    async stop(signal = 'SIGTERM', timeoutMs = 8000) {
      if (child.exitCode !== null) return child.exitCode;
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

/** The bot logged in to `discord` with {@link FAKE_TOKEN}, with `env` on top. */
export function startBotFor(discord: FakeDiscord, env: Record<string, string> = {}): BotProcess {
  return startBot({ DISCORD_TOKEN: FAKE_TOKEN, DISCORD_API_BASE: discord.apiBase, ...env });
}

/** {@link startBotFor}, resolved once the bot is connected and has loaded its articles. */
export async function readyBotFor(discord: FakeDiscord, env: Record<string, string> = {}): Promise<BotProcess> {
  const bot = startBotFor(discord, env);
  await bot.waitForLog(msg('ready to answer'), 15_000, 'the bot to connect and load its articles');
  return bot;
}

/** A log line's message. */
export const msg =
  (text: string) =>
  (line: Record<string, unknown>): boolean =>
    line.msg === text;
