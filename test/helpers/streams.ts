import { PassThrough, Readable } from 'node:stream';
import type { CliStreams } from '../../src/cli/runCli.js';

/** In-memory standard streams for the command line, with what was written to each. */
export function memoryStreams(input = ''): CliStreams & { out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return { stdin: Readable.from([input]), stdout, stderr, out: () => out, err: () => err };
}
