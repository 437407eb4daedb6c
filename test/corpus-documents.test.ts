import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FrontMatterSchema, splitFrontMatter } from '../src/corpus/frontMatter.js';
import { formatIssue } from '../src/corpus/errors.js';
import { loadCorpus, parseDocumentFile } from '../src/corpus/loadCorpus.js';
import type { Corpus, CorpusDocument } from '../src/corpus/types.js';
import { dir, put, useTempCorpusFolder, VALID, VALID_BODY } from './helpers/corpusFolder.js';

useTempCorpusFolder();

const doc = (corpus: Corpus, id: string): CorpusDocument => {
  const found = corpus.documents.find((d) => d.id === id);
  if (!found) throw new Error(`no document ${id}; issues: ${corpus.issues.map(formatIssue).join('; ')}`);
  return found;
};

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
