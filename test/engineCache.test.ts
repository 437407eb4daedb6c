import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ask } from '../src/answer/ask.js';
import { createEngine } from '../src/engine/engine.js';
import { buildEngine, closePrebuilt, isCacheCurrent, openPrebuilt } from '../src/engine/engineCache.js';
import { writePrebuilt } from '../src/engine/prebuiltFile.js';
import { loadCorpus } from '../src/corpus/loadCorpus.js';

const PORT =
  '“The harbour will reopen in May,” said harbour master Ann Holt.\n\nShe added that the ferry would follow in June.\n';
const PARK = 'The park closes at dusk, the council said. “Nobody may camp there,” warned ranger Tom Reyes.\n';

describe('prebuilt engine file', () => {
  let dir = '';
  let file = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'verbatim-cache-'));
    file = join(dir, 'cache', 'index.json');
    await writeFile(join(dir, 'port.txt'), PORT);
    await writeFile(join(dir, 'park.txt'), PARK);
  });
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  /** The engine for `dir` from the prebuilt file at `path`, opened as `openEngine` opens it, without writing the file. */
  async function build(path: string) {
    const prebuilt = await openPrebuilt(path);
    try {
      return await buildEngine(await loadCorpus(dir, { known: prebuilt?.known }), prebuilt);
    } finally {
      closePrebuilt(prebuilt);
    }
  }

  async function isCurrent(path: string): Promise<boolean> {
    const prebuilt = await openPrebuilt(path);
    try {
      return isCacheCurrent(await loadCorpus(dir, { known: prebuilt?.known }), prebuilt);
    } finally {
      closePrebuilt(prebuilt);
    }
  }

  it('gives the same quotes and answers as building from text', async () => {
    const corpus = await loadCorpus(dir);
    const fresh = createEngine(corpus);
    const first = await build(file);
    expect(first.cache).toBe('none');
    await writePrebuilt(file, first.file);
    const again = await build(file);
    expect(again.cache).toBe('current');
    expect(again.engine.catalog.quotes).toEqual(fresh.catalog.quotes);
    for (const question of [
      'When will the harbour reopen?',
      'Who said nobody may camp?',
      'When does the park close?',
    ]) {
      expect(ask(again.engine, question)).toEqual(ask(fresh, question));
    }
  });

  it('tells whether the file matches the corpus', async () => {
    expect(await isCurrent(file)).toBe(false);
    await writePrebuilt(file, (await build(file)).file);
    expect(await isCurrent(file)).toBe(true);
    await writeFile(join(dir, 'park.txt'), PARK.replace('dusk', 'noon'));
    expect(await isCurrent(file)).toBe(false);
  });

  it('finds quotes again only for a changed document and rebuilds the index', async () => {
    await writePrebuilt(file, (await build(file)).file);
    await writeFile(join(dir, 'park.txt'), PARK.replace('dusk', 'midnight'));
    const { engine, cache } = await build(file);
    expect(cache).toBe('partial');
    expect(ask(engine, 'When does the park close?')[0]?.text).toContain('midnight');
    expect(engine.catalog.quotes.find((q) => q.doc === 'port')?.speaker?.name).toBe('Ann Holt');
  });

  it('rebuilds a file written in another layout, even for the same corpus and code', async () => {
    await writePrebuilt(file, (await build(file)).file);
    const text = await readFile(file, 'utf8');
    const older = text.replace(/^\{"format":\d+,/u, '{"format":2,');
    expect(older).not.toBe(text);
    await writeFile(file, older);
    expect(await isCurrent(file)).toBe(false);
    expect((await build(file)).cache).toBe('none');
  });

  it('ignores a damaged or foreign file and builds from text', async () => {
    await writeFile(join(dir, 'junk.json'), '{"format": 1, "code": 42');
    const { engine, cache } = await build(join(dir, 'junk.json'));
    expect(cache).toBe('none');
    expect(engine.catalog.quotes.length).toBeGreaterThan(0);
  });

  it('rebuilds from a file cut short anywhere, with the same answers', async () => {
    const fresh = createEngine(await loadCorpus(dir));
    await writePrebuilt(file, (await build(file)).file);
    const text = await readFile(file, 'utf8');
    const lineEnds = [...text.matchAll(/\n/gu)].map((m) => m.index + 1);
    // Inside the stamp, after the stamp, inside a document line, after the documents, before the last term, mid-term.
    for (const length of [20, lineEnds[0]!, lineEnds[1]! - 5, lineEnds[2]!, lineEnds.at(-2)!, text.length - 3]) {
      await writeFile(file, text.slice(0, length));
      const { engine, cache } = await build(file);
      expect(cache).not.toBe('current');
      expect(engine.catalog.quotes).toEqual(fresh.catalog.quotes);
      expect(ask(engine, 'When will the harbour reopen?')).toEqual(ask(fresh, 'When will the harbour reopen?'));
    }
  });

  it('keeps the stored quotes but rebuilds the index when a term line is damaged', async () => {
    await writePrebuilt(file, (await build(file)).file);
    const lines = (await readFile(file, 'utf8')).split('\n');
    lines[lines.length - 2] = '["harbour",1,[0,5,0]]';
    await writeFile(file, lines.join('\n'));
    const { engine, cache } = await build(file);
    expect(cache).toBe('partial');
    expect(ask(engine, 'When will the harbour reopen?')).toEqual(
      ask(createEngine(await loadCorpus(dir)), 'When will the harbour reopen?'),
    );
  });

  it('reads nothing from a file with lines after its last term', async () => {
    await writePrebuilt(file, (await build(file)).file);
    await writeFile(file, `${await readFile(file, 'utf8')}["extra",1,[]]\n`);
    expect((await build(file)).cache).toBe('partial');
  });

  it('gives back the front matter of files it has read, and the same documents as reading them afresh', async () => {
    await writeFile(
      join(dir, 'pier.md'),
      '---\ntitle: Pier works\nsource: Harbour Herald\n---\n\nThe pier reopens in June.\n',
    );
    const fresh = await loadCorpus(dir);
    await writePrebuilt(file, (await build(file)).file);
    const prebuilt = await openPrebuilt(file);
    closePrebuilt(prebuilt);
    const known = prebuilt!.known;
    const pier = fresh.documents.find((d) => d.id === 'pier')!;
    expect(known('pier.md', pier.origin!.hash)).toEqual({
      meta: pier.meta,
      bodyStart: pier.origin!.bodyStart,
      bodyLine: pier.bodyLine,
    });
    // A plain text file has no front matter to skip: it is not even fingerprinted.
    expect(fresh.documents.find((d) => d.id === 'port')?.origin).toBeUndefined();
    expect(known('pier.txt', pier.origin!.hash)).toBeUndefined();
    expect((await loadCorpus(dir, { known })).documents).toEqual(fresh.documents);
  });

  it('reads a file again when its bytes change, even only in its front matter', async () => {
    await writeFile(join(dir, 'pier.md'), '---\ntitle: Pier works\n---\n\nThe pier reopens in June.\n');
    await writePrebuilt(file, (await build(file)).file);
    await writeFile(join(dir, 'pier.md'), '---\ntitle: Pier repairs\n---\n\nThe pier reopens in June.\n');
    const { engine, cache } = await build(file);
    expect(cache).toBe('partial');
    expect(engine.corpus.documents.find((d) => d.id === 'pier')?.meta.title).toBe('Pier repairs');
  });
});
