/**
 * `npm run dev`: for editing. The compiler watches the sources and rewrites dist/, and
 * Node restarts the bot (or the console, without a token) whenever dist/ changes.
 * Ctrl+C stops both.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const children = [
  spawn(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--watch', '--preserveWatchOutput'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  }),
  spawn(process.execPath, ['--enable-source-maps', '--watch', 'dist/src/main.js'], {
    cwd: root,
    stdio: 'inherit',
  }),
];
const stop = (): void => {
  for (const child of children) child.kill();
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
for (const child of children) child.once('exit', stop);
