import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LineReader, LineTooLongError } from '../src/engine/lineReader.js';

describe('line reader', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'verbatim-lines-'));
  });
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  const linesOf = (reader: LineReader, maxBytes: number): string[] => {
    const lines: string[] = [];
    for (let line = reader.next(maxBytes); line !== null; line = reader.next(maxBytes)) lines.push(line);
    return lines;
  };

  it('gives back every line, across chunk boundaries and multi-byte characters, and a last line without a newline', async () => {
    // Lines longer than a chunk (64 KiB), short ones, empty ones, and “curly” quotes split between reads.
    const lines = ['short', '', 'x'.repeat(70_000), `“${'é'.repeat(40_000)}”`, 'y'.repeat(200_000), '', 'last'];
    const path = join(dir, 'lines.txt');
    await writeFile(path, lines.join('\n'));
    const reader = new LineReader(path);
    expect(linesOf(reader, 1_000_000)).toEqual(lines);
    expect(reader.done()).toBe(true);
    reader.close();
  });

  it('tells whether lines remain', async () => {
    const path = join(dir, 'two.txt');
    await writeFile(path, 'one\ntwo\n');
    const reader = new LineReader(path);
    expect(reader.next(10)).toBe('one');
    expect(reader.done()).toBe(false);
    expect(reader.next(10)).toBe('two');
    expect(reader.done()).toBe(true);
    expect(reader.next(10)).toBeNull();
    reader.close();
  });

  it('stops at a line longer than allowed without reading the rest of it', async () => {
    const path = join(dir, 'long.txt');
    await writeFile(path, `${'z'.repeat(1_000_000)}\nafter\n`);
    const reader = new LineReader(path);
    expect(() => reader.next(4096)).toThrow(LineTooLongError);
    reader.close();
  });

  it('throws when the file cannot be opened', () => {
    expect(() => new LineReader(join(dir, 'missing.txt'))).toThrow();
  });
});
