import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CorpusError, formatIssue } from '../src/corpus/errors.js';
import { loadCorpus } from '../src/corpus/loadCorpus.js';
import type { CorpusIssue } from '../src/corpus/types.js';
import { dir, put, useTempCorpusFolder, VALID } from './helpers/corpusFolder.js';

useTempCorpusFolder();

/** Loads a folder holding `good.txt` plus one problem file, and returns that file's issue. */
async function problem(name: string, content: string | Uint8Array): Promise<CorpusIssue> {
  await put('good.txt', 'A file that loads.\n');
  await put(name, content);
  const corpus = await loadCorpus(dir);
  expect(corpus.documents.map((d) => d.id)).toEqual(['good']);
  expect(corpus.issues).toHaveLength(1);
  return corpus.issues[0]!;
}

describe('loadCorpus reports bad files as issues and loads the rest', () => {
  it('an empty file', async () => {
    expect(await problem('empty.md', '')).toEqual({ file: 'empty.md', line: null, message: 'is empty' });
  });

  it('a file of only whitespace', async () => {
    expect(await problem('blank.txt', ' \n\u00a0\n')).toMatchObject({ file: 'blank.txt', message: 'is empty' });
  });

  it('a binary file, at the line of its first NUL byte', async () => {
    expect(await problem('photo.md', Buffer.from('line one\nline two\u0000\u0001'))).toEqual({
      file: 'photo.md',
      line: 2,
      message: 'is a binary file, not text',
    });
  });

  it('invalid UTF-8, at the line of the bad bytes', async () => {
    const bytes = Uint8Array.from([...Buffer.from('fine\nstill fine\nbad '), 0xc3, 0x28, 0x0a]);
    expect(await problem('latin.txt', bytes)).toEqual({
      file: 'latin.txt',
      line: 3,
      message: 'is not valid UTF-8 text',
    });
  });

  it('a YAML syntax error, at the line that holds it', async () => {
    const issue = await problem('syntax.md', '---\ntitle: Fine\nbyline: Ann\nsource: @handle\n---\nBody.\n');
    expect(issue).toMatchObject({ file: 'syntax.md', line: 4, message: expect.stringContaining('not valid YAML') });
  });

  it('a duplicated front matter key, at the second occurrence', async () => {
    const issue = await problem('twice.md', '---\ntitle: One\ntitle: Two\n---\nBody.\n');
    expect(issue).toMatchObject({ file: 'twice.md', line: 3, message: expect.stringContaining('not valid YAML') });
  });

  it('an unknown key, naming the key, at its line', async () => {
    const issue = await problem('typo.md', '---\ntitle: Fine\n\nauthor:\n  Ann Lee\n---\nBody.\n');
    expect(issue.line).toBe(4);
    expect(issue.message).toContain('unknown key "author"');
  });

  it('a date that is not YYYY-MM-DD, at its line', async () => {
    const issue = await problem('when.md', '---\ntitle: Fine\ndate: 1 June 2024\n---\nBody.\n');
    expect(issue).toEqual({
      file: 'when.md',
      line: 3,
      message: 'front matter "date" must be a date written as YYYY-MM-DD',
    });
  });

  it('an impossible calendar date', async () => {
    const issue = await problem('feb.md', '---\ndate: 2023-02-30\n---\nBody.\n');
    expect(issue).toMatchObject({ line: 2, message: expect.stringContaining('"date"') });
  });

  it('a url that is not an http(s) address, at its line', async () => {
    expect(await problem('ftp.md', '---\ntitle: Fine\nsource: X\nurl: ftp://example.org/a\n---\nBody.\n')).toEqual({
      file: 'ftp.md',
      line: 4,
      message: 'front matter "url" must be an http(s) address',
    });
    await rm(join(dir, 'ftp.md'));
    expect(await problem('word.md', '---\nurl: somewhere\n---\nBody.\n')).toMatchObject({
      line: 2,
      message: expect.stringContaining('"url"'),
    });
  });

  it('front matter that is not key: value lines', async () => {
    const issue = await problem('scalar.md', '---\njust some words\n---\nBody.\n');
    expect(issue.line).toBe(2);
    expect(issue.message).toMatch(/^front matter must be "key: value" lines/);
    expect(issue.message).not.toContain('undefined');
  });

  it('front matter that is never closed', async () => {
    const issue = await problem('open.md', '---\ntitle: Fine\nThe body begins.\n');
    expect(issue).toMatchObject({ file: 'open.md', line: 1, message: expect.stringContaining('never closed') });
  });

  it('front matter with no body after it, at the line the body should start', async () => {
    expect(await problem('hollow.md', '---\ntitle: Fine\n---\n\n \n')).toEqual({
      file: 'hollow.md',
      line: 4,
      message: 'has no article text after its front matter',
    });
  });

  it('a second file with the same id, keeping the first by file name', async () => {
    await put('a.md', 'From Markdown.\n');
    await put('a.txt', 'From text.\n');
    const corpus = await loadCorpus(dir);
    expect(corpus.documents.map((d) => [d.id, d.body])).toEqual([['a', 'From Markdown.\n']]);
    expect(corpus.issues).toEqual([
      { file: 'a.txt', line: null, message: expect.stringMatching(/same document id "a" as a\.md/) },
    ]);
  });

  it('a file with another extension', async () => {
    const issue = await problem('story.docx', 'Looks like text.\n');
    expect(issue).toEqual({ file: 'story.docx', line: null, message: 'is not an article file (expected .md or .txt)' });
  });

  it('a sub-folder, without reading inside it', async () => {
    await mkdir(join(dir, 'archive'));
    await writeFile(join(dir, 'archive', 'old.md'), 'Old article.\n');
    await put('good.txt', 'A file that loads.\n');
    const corpus = await loadCorpus(dir);
    expect(corpus.documents.map((d) => d.id)).toEqual(['good']);
    expect(corpus.issues).toEqual([{ file: 'archive', line: null, message: expect.stringContaining('folder') }]);
  });

  it('a folder of bad files still loads its good ones', async () => {
    await put('empty.md', '');
    await put('typo.md', '---\nauthr: X\n---\nBody.\n');
    await put('pier.md', VALID);
    await put('notes.txt', 'Notes.\n');
    const corpus = await loadCorpus(dir);
    expect(corpus.documents.map((d) => d.id)).toEqual(['notes', 'pier']);
    expect(corpus.issues.map((i) => i.file)).toEqual(['empty.md', 'typo.md']);
  });
});

describe('loadCorpus without a usable folder', () => {
  it('rejects a missing folder with a CorpusError naming it', async () => {
    const missing = join(dir, 'no-such-folder');
    const error = await loadCorpus(missing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorpusError);
    expect((error as CorpusError).message).toContain(missing);
  });

  it('rejects a path that is a file with a CorpusError naming it', async () => {
    await put('file.md', 'Text.\n');
    await expect(loadCorpus(join(dir, 'file.md'))).rejects.toThrow(
      new CorpusError(`corpus path ${join(dir, 'file.md')} is not a folder`),
    );
  });
});

describe('formatIssue', () => {
  it('renders file:line: message, leaving out a missing line', () => {
    expect(formatIssue({ file: 'typo.md', line: 4, message: 'front matter unknown key "author"' })).toBe(
      'typo.md:4: front matter unknown key "author"',
    );
    expect(formatIssue({ file: 'empty.md', line: null, message: 'is empty' })).toBe('empty.md: is empty');
  });
});
