import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCorpus, parseDocumentFile } from '../src/corpus/loadCorpus.js';
import type { KnownFrontMatter } from '../src/corpus/types.js';

const TEXT =
  '---\ntitle: Ferry timetable\n---\n\nThe ferry leaves at nine. It returns at noon.\n\nTickets cost four pounds.\n';
const bytes = new TextEncoder().encode(TEXT);

describe('front matter known from an earlier reading', () => {
  const fresh = parseDocumentFile('ferry.md', 'ferry', bytes);
  const before = (changes: Partial<KnownFrontMatter> = {}): KnownFrontMatter => ({
    meta: { ...fresh.meta, title: 'As read before' },
    bodyStart: fresh.origin!.bodyStart,
    bodyLine: fresh.bodyLine,
    ...changes,
  });

  it('fingerprints the bytes and says where the body starts in the text', () => {
    expect(fresh.origin?.hash).toMatch(/^[0-9a-f]{64}$/u);
    expect(TEXT.slice(fresh.origin!.bodyStart)).toBe(fresh.body);
  });

  it('takes the front matter of a file known by its name and bytes instead of parsing it', () => {
    const doc = parseDocumentFile('ferry.md', 'ferry', bytes, (file, hash) =>
      file === 'ferry.md' && hash === fresh.origin!.hash ? before() : undefined,
    );
    expect(doc.meta.title).toBe('As read before');
    expect({ ...doc, meta: fresh.meta }).toEqual(fresh);
  });

  it('parses afresh when the body it knows of starts past the end of the text', () => {
    const doc = parseDocumentFile('ferry.md', 'ferry', bytes, () => before({ bodyStart: TEXT.length + 1 }));
    expect(doc).toEqual(fresh);
  });
});

describe.skipIf(process.platform === 'win32')('files that are not regular files', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'verbatim-fifo-'));
  });
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  it('reports a named pipe instead of waiting on it, and loads the other files', async () => {
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    await writeFile(join(dir, 'ferry.txt'), 'The ferry leaves at nine.\n');
    const corpus = await loadCorpus(dir);
    expect(corpus.documents.map((d) => d.id)).toEqual(['ferry']);
    expect(corpus.issues).toEqual([{ file: 'pipe.txt', line: null, message: 'is not a regular file' }]);
  });
});
