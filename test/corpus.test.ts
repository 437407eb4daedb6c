import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FrontMatterSchema, splitFrontMatter } from '../src/corpus/frontMatter.js';
import { CorpusError, formatIssue } from '../src/corpus/errors.js';
import { loadCorpus, parseDocumentFile } from '../src/corpus/loadCorpus.js';
import type { Corpus, CorpusDocument, CorpusIssue } from '../src/corpus/types.js';

const VALID_BODY =
  'The council met on “Tuesday”.\u00a0It voted to reopen the pier.\n\n‘We are delighted,’ said Cllr Rhodes.\n';
const VALID = [
  '---',
  'title: Pier to reopen',
  'source: The Coastal Gazette',
  'date: 2024-06-01',
  'url: https://example.org/pier',
  'byline: Mara Quint',
  '---',
  VALID_BODY,
].join('\n');

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'verbatim-corpus-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

const put = (name: string, content: string | Uint8Array): Promise<void> => writeFile(join(dir, name), content);
const doc = (corpus: Corpus, id: string): CorpusDocument => {
  const found = corpus.documents.find((d) => d.id === id);
  if (!found) throw new Error(`no document ${id}; issues: ${corpus.issues.map(formatIssue).join('; ')}`);
  return found;
};

/** Loads a folder holding `good.txt` plus one problem file, and returns that file's issue. */
async function problem(name: string, content: string | Uint8Array): Promise<CorpusIssue> {
  await put('good.txt', 'A file that loads.\n');
  await put(name, content);
  const corpus = await loadCorpus(dir);
  expect(corpus.documents.map((d) => d.id)).toEqual(['good']);
  expect(corpus.issues).toHaveLength(1);
  return corpus.issues[0]!;
}

describe('loadCorpus reads documents', () => {
  it('reads a Markdown file’s front matter and keeps its body exactly as written', async () => {
    await put('pier.md', VALID);
    const corpus = await loadCorpus(dir);
    expect(corpus.issues).toEqual([]);
    expect(corpus.dir).toBe(dir);
    const pier = doc(corpus, 'pier');
    expect(pier.file).toBe('pier.md');
    expect(pier.meta).toEqual({
      title: 'Pier to reopen',
      source: 'The Coastal Gazette',
      date: '2024-06-01',
      url: 'https://example.org/pier',
      byline: 'Mara Quint',
    });
    expect(pier.body).toBe(VALID_BODY);
    expect(pier.body).toContain('“Tuesday”.\u00a0It');
    expect(pier.bodyLine).toBe(8);
    expect(VALID.split('\n')[pier.bodyLine - 1]).toBe(VALID_BODY.split('\n')[0]);
  });

  it('gives paragraph and sentence offsets into the body', async () => {
    await put('pier.md', VALID);
    const pier = doc(await loadCorpus(dir), 'pier');
    const texts = (spans: { start: number; end: number }[]): string[] =>
      spans.map((s) => pier.body.slice(s.start, s.end));
    expect(texts(pier.paragraphs)).toEqual([
      'The council met on “Tuesday”.\u00a0It voted to reopen the pier.',
      '‘We are delighted,’ said Cllr Rhodes.',
    ]);
    expect(texts(pier.sentences)).toEqual([
      'The council met on “Tuesday”.',
      'It voted to reopen the pier.',
      '‘We are delighted,’ said Cllr Rhodes.',
    ]);
    expect(pier.paragraphs[1]).toEqual({ start: VALID_BODY.indexOf('‘'), end: VALID_BODY.length - 1, number: 2 });
  });

  it('uses the id as title and the whole text as body for Markdown without front matter', async () => {
    const text = 'No front matter here.\n\n---\nA rule is not a fence.\n';
    await put('plain.md', text);
    const plain = doc(await loadCorpus(dir), 'plain');
    expect(plain.meta).toEqual({ title: 'plain', source: null, date: null, url: null, byline: null });
    expect(plain.body).toBe(text);
    expect(plain.bodyLine).toBe(1);
  });

  it('reads a .txt file as all article text, even when it starts with ---', async () => {
    const text = '---\ntitle: Not metadata\n---\nText file body.\n';
    await put('notes.txt', text);
    const notes = doc(await loadCorpus(dir), 'notes');
    expect(notes.meta.title).toBe('notes');
    expect(notes.body).toBe(text);
    expect(notes.bodyLine).toBe(1);
  });

  it('names documents after their files without extension, in file name order', async () => {
    await put('alpha.md', 'Alpha.\n');
    await put('zeta.txt', 'Zeta.\n');
    await put('Mid.Part.TXT', 'Mid.\n');
    const corpus = await loadCorpus(dir);
    expect(corpus.documents.map((d) => [d.id, d.file])).toEqual([
      ['Mid.Part', 'Mid.Part.TXT'],
      ['alpha', 'alpha.md'],
      ['zeta', 'zeta.txt'],
    ]);
  });

  it('keeps CRLF line ends in the body and counts the body line after a CRLF fence', async () => {
    await put('crlf.md', '---\r\ntitle: Windows\r\nbyline: Ann\r\n---\r\nFirst.\r\n\r\nSecond.\r\n');
    const crlf = doc(await loadCorpus(dir), 'crlf');
    expect(crlf.meta.title).toBe('Windows');
    expect(crlf.body).toBe('First.\r\n\r\nSecond.\r\n');
    expect(crlf.bodyLine).toBe(5);
    expect(crlf.paragraphs.map((p) => crlf.body.slice(p.start, p.end))).toEqual(['First.', 'Second.']);
  });

  it('drops a byte order mark so front matter is still recognised', async () => {
    await put('bom.md', '\uFEFF---\ntitle: With BOM\n---\nBody.\n');
    const bom = doc(await loadCorpus(dir), 'bom');
    expect(bom.meta.title).toBe('With BOM');
    expect(bom.body).toBe('Body.\n');
  });

  it('accepts outlet as another name for source, and a "..." closing fence', async () => {
    await put('out.md', '---\noutlet: Harbour Radio\n...\nBody.\n');
    const out = doc(await loadCorpus(dir), 'out');
    expect(out.meta.source).toBe('Harbour Radio');
    expect(out.body).toBe('Body.\n');
    expect(out.bodyLine).toBe(4);
  });
});

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

describe('parseDocumentFile and front matter', () => {
  it('parses bytes into a document without touching the disk', () => {
    const parsed = parseDocumentFile('pier.md', 'pier', new TextEncoder().encode(VALID));
    expect(parsed).toMatchObject({ id: 'pier', file: 'pier.md', body: VALID_BODY, bodyLine: 8 });
    expect(parsed.sentences).toHaveLength(3);
  });

  it('splitFrontMatter returns defaults for text without an opening fence', () => {
    expect(splitFrontMatter('Body only.\n', 'x')).toEqual({
      meta: { title: 'x', source: null, date: null, url: null, byline: null },
      body: 'Body only.\n',
      bodyLine: 1,
    });
  });

  it('FrontMatterSchema accepts the documented keys and rejects others', () => {
    expect(
      FrontMatterSchema.safeParse({
        title: 'T',
        source: 'S',
        date: '2024-01-31',
        url: 'http://a.example',
        byline: null,
      }).success,
    ).toBe(true);
    expect(FrontMatterSchema.safeParse({ headline: 'T' }).success).toBe(false);
    expect(FrontMatterSchema.safeParse({ title: '  ' }).success).toBe(false);
    expect(FrontMatterSchema.safeParse({ url: 'javascript:alert(1)' }).success).toBe(false);
  });
});

describe('the bundled corpus', () => {
  const bundled = fileURLToPath(new URL('../corpus', import.meta.url));

  it('loads with no issues', async () => {
    const corpus = await loadCorpus(bundled);
    expect(corpus.issues.map(formatIssue)).toEqual([]);
    expect(corpus.documents).toHaveLength(1);
  });

  it('holds the seed article’s text, without its trailing "Author" line, in 13 paragraphs', async () => {
    const article = await readFile(new URL('../../shared/seed/article.txt', import.meta.url), 'utf8');
    const cut = article.lastIndexOf('\n\nAuthor');
    expect(cut).toBeGreaterThan(0);
    expect(article.slice(cut).trim()).toBe('Author');
    const document = (await loadCorpus(bundled)).documents[0]!;
    expect(document.body).toBe(`${article.slice(0, cut)}\n`);
    expect(document.paragraphs).toHaveLength(13);
    expect(document.paragraphs.map((p) => p.number)).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
  });
});

describe('front matter titles', () => {
  it('keeps a title that YAML would read as a number as text', () => {
    const doc = parseDocumentFile(
      'novel.md',
      'novel',
      Buffer.from('---\ntitle: 1984\n---\nThe novel was published in June.\n'),
    );
    expect(doc.meta.title).toBe('1984');
  });
});
