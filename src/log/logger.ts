import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Where a secret may appear in a logged object. pino replaces these with "[redacted]"
 * before anything is written; the token itself is also never passed to the logger.
 */
const REDACT = [
  'token',
  '*.token',
  'DISCORD_TOKEN',
  '*.DISCORD_TOKEN',
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
];

/**
 * Structured logs: human-readable lines on a terminal (pino-pretty), one JSON object per
 * line otherwise (for journald, Docker and log collectors). Logs go to standard error so
 * that standard output stays free for answers.
 */
export function createLogger(level: string, pretty = process.stderr.isTTY === true): Logger {
  const options = { level, redact: { paths: REDACT, censor: '[redacted]' }, base: { app: 'verbatim' } };
  if (pretty) {
    return pino({
      ...options,
      transport: { target: 'pino-pretty', options: { destination: 2, colorize: true, ignore: 'pid,hostname,app' } },
    });
  }
  return pino(options, pino.destination({ dest: 2, sync: true }));
}
