import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/loadCorpus.js';

describe('corpus folder boundary', () => {
  let root = '';
  let dir = '';
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'verbatim-links-'));
    dir = join(root, 'corpus');
    await mkdir(dir);
    await writeFile(join(root, 'secret.txt'), 'A private note outside the corpus.\n');
    await writeFile(join(dir, 'real.txt'), 'The library opens at nine, the librarian said.\n');
  });
  afterEach(async () => rm(root, { recursive: true, force: true }));

  it('refuses a link that leads out of the corpus folder, and still loads the rest', async () => {
    await symlink(join(root, 'secret.txt'), join(dir, 'leak.txt'));
    await symlink('../secret.txt', join(dir, 'relative.md'));
    const corpus = await loadCorpus(dir);
    expect(corpus.documents.map((d) => d.id)).toEqual(['real']);
    expect(corpus.issues).toEqual([
      { file: 'leak.txt', line: null, message: 'is a link to a file outside the corpus folder; it is not read' },
      { file: 'relative.md', line: null, message: 'is a link to a file outside the corpus folder; it is not read' },
    ]);
    expect(JSON.stringify(corpus)).not.toContain('private note');
  });

  it('follows a link to another file inside the folder, and reports a dangling one', async () => {
    await mkdir(join(dir, 'archive'));
    await writeFile(join(dir, 'archive', 'old.txt'), 'The old library closed in 1990.\n');
    await symlink(join(dir, 'archive', 'old.txt'), join(dir, 'old.txt'));
    await symlink(join(dir, 'missing.txt'), join(dir, 'gone.txt'));
    const corpus = await loadCorpus(dir);
    expect(corpus.documents.map((d) => d.id)).toEqual(['old', 'real']);
    expect(corpus.issues).toContainEqual({
      file: 'gone.txt',
      line: null,
      message: 'is a link whose target does not exist',
    });
  });
});
