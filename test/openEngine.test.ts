import { chmod, mkdir, mkdtemp, readdir, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ask } from '../src/answer/ask.js';
import { defaultIndexFile, keepRecentIndexFiles } from '../src/engine/indexLocation.js';
import { EmptyCorpusError } from '../src/corpus/errors.js';
import { openEngine } from '../src/engine/openEngine.js';

const PORT = '“The harbour will reopen in May,” said harbour master Ann Holt.\n';

describe('opening the engine', () => {
  let root = '';
  let corpus = '';
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'verbatim-open-'));
    corpus = join(root, 'articles');
    await mkdir(corpus);
    await writeFile(join(corpus, 'port.txt'), PORT);
  });
  afterEach(async () => {
    await chmod(root, 0o755).catch(() => {});
    await rm(root, { recursive: true, force: true });
  });

  it('builds and writes the index the first time, and reads it the next', async () => {
    const indexFile = join(root, 'index', 'port.index');
    const first = await openEngine(corpus, { indexFile });
    expect(first).toMatchObject({ indexFile, cache: 'none', written: true });
    const second = await openEngine(corpus, { indexFile });
    expect(second).toMatchObject({ indexFile, cache: 'current', written: false });
    expect(ask(second.engine, 'When will the harbour reopen?')).toEqual(
      ask(first.engine, 'When will the harbour reopen?'),
    );
  });

  it('rebuilds the index when an article changes', async () => {
    const indexFile = join(root, 'port.index');
    await openEngine(corpus, { indexFile });
    await writeFile(join(corpus, 'port.txt'), PORT.replace('May', 'June'));
    const reopened = await openEngine(corpus, { indexFile });
    expect(reopened).toMatchObject({ cache: 'none', written: true });
    expect(ask(reopened.engine, 'When will the harbour reopen?')[0]?.text).toContain('June');
  });

  it('answers from memory and reports why when the index cannot be written', async () => {
    const blocked = join(root, 'not-a-folder');
    await writeFile(blocked, '');
    const errors: string[] = [];
    const opened = await openEngine(corpus, {
      indexFile: join(blocked, 'port.index'),
      onIndexError: (_error, file) => errors.push(file),
    });
    expect(opened.written).toBe(false);
    expect(errors).toEqual([join(blocked, 'port.index')]);
    expect(ask(opened.engine, 'When will the harbour reopen?')).toHaveLength(1);
  });

  it('throws the empty-corpus error for a folder with no article', async () => {
    const empty = join(root, 'empty');
    await mkdir(empty);
    await expect(openEngine(empty, { indexFile: join(root, 'x.index') })).rejects.toBeInstanceOf(EmptyCorpusError);
  });
});

describe('where a corpus folder keeps its index', () => {
  let root = '';
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'verbatim-index-dir-'));
  });
  afterEach(async () => rm(root, { recursive: true, force: true }));

  it('gives folders of the same name their own files, and one folder reached by two paths one file', async () => {
    await mkdir(join(root, 'a', 'news'), { recursive: true });
    await mkdir(join(root, 'b', 'news'), { recursive: true });
    await symlink(join(root, 'a', 'news'), join(root, 'link'));
    const cache = join(root, 'cache');
    const a = await defaultIndexFile(join(root, 'a', 'news'), cache);
    expect(a.startsWith(join(cache, 'news-'))).toBe(true);
    expect(await defaultIndexFile(join(root, 'b', 'news'), cache)).not.toBe(a);
    expect(await defaultIndexFile(join(root, 'link'), cache)).toBe(a);
  });

  it('keeps the most recently used index files and deletes the others', async () => {
    const cache = join(root, 'cache');
    await mkdir(cache);
    const names = ['a', 'b', 'c', 'd'].map((n, i) => `${n}-${String(i).repeat(12)}.index`);
    for (const [i, name] of names.entries()) {
      await writeFile(join(cache, name), '');
      const when = new Date(Date.UTC(2024, 0, 1 + i));
      await utimes(join(cache, name), when, when);
    }
    await writeFile(join(cache, 'notes.txt'), 'not an index');
    // Using the oldest makes it the newest.
    await keepRecentIndexFiles(join(cache, names[0]!), 2);
    expect((await readdir(cache)).sort()).toEqual([names[0], names[3], 'notes.txt'].sort());
  });
});
