import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../src/cli/runCli.js';
import { replyAsk } from '../src/replies/replies.js';
import { BUNDLED_CORPUS, bundledEngine, isVerbatim } from './helpers/bundled.js';
import { memoryStreams } from './helpers/streams.js';

const engine = await bundledEngine();
const cli = async (args: string[], input = '') => {
  const io = memoryStreams(input);
  const code = await runCli([...args, '--corpus', BUNDLED_CORPUS], io);
  return { code, out: io.out(), err: io.err() };
};

describe('command line', () => {
  it('prints exactly the reply the bot gives', async () => {
    const question = 'How many foreigners joined ISIS?';
    const { code, out } = await cli(['ask', question]);
    expect(code).toBe(EXIT.ok);
    expect(out).toBe(`${replyAsk(engine, question).content}\n`);
  });

  it('prints results as JSON with the result shape', async () => {
    const { code, out } = await cli(['whosaid', 'this thret must be takn seriusly', '--json']);
    expect(code).toBe(EXIT.ok);
    const results = JSON.parse(out) as {
      doc: string;
      paragraph: number;
      start: number;
      end: number;
      text: string;
      score: number;
      speaker: unknown;
      kind: unknown;
    }[];
    expect(Object.keys(results[0]!).sort()).toEqual([
      'doc',
      'end',
      'kind',
      'paragraph',
      'score',
      'speaker',
      'start',
      'text',
    ]);
    expect(results[0]!.kind).toBe('direct');
    expect(results[0]!.speaker).toMatchObject({
      name: 'Jean-Charles Brisard',
      mention: { start: expect.any(Number), end: expect.any(Number) },
    });
    for (const r of results) expect(isVerbatim(engine, r)).toBe(true);
  });

  it('exits 1 and says so when nothing is found', async () => {
    const { code, out } = await cli(['ask', 'Who won the Super Bowl?']);
    expect(code).toBe(EXIT.noResult);
    expect(out).toContain('does not answer');
    expect((await cli(['ask', 'Who won the Super Bowl?', '--json'])).out.trim()).toBe('[]');
  });

  it('lists quotes as one JSON array, and filters them by speaker', async () => {
    const all = JSON.parse((await cli(['quotes', '--json'])).out) as {
      kind: string;
      speaker: { name: string } | null;
    }[];
    expect(all.map((q) => q.kind)).toContain('partial');
    const brisard = await cli(['quotes', '--speaker', 'brisard', '--json']);
    const quotes = JSON.parse(brisard.out) as typeof all;
    expect(quotes.length).toBe(4);
    expect(new Set(quotes.map((q) => q.speaker?.name))).toEqual(new Set(['Jean-Charles Brisard']));
    expect((await cli(['quotes', '--speaker', 'Nobody Atall'])).code).toBe(EXIT.noResult);
  });

  it('lists speakers with roles and counts, and describes the article', async () => {
    const speakers = JSON.parse((await cli(['speakers', '--json'])).out) as {
      name: string;
      role: string | null;
      count: number;
    }[];
    expect(speakers[0]).toMatchObject({ name: 'Jean-Charles Brisard', count: 4 });
    const article = await cli(['article']);
    expect(article.out).toContain('Paragraphs: 13');
  });

  it.each([
    [[], 'no command'],
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['ask'], '"ask" needs some text'],
    [['speakers', 'extra'], 'takes no text'],
    [['ask', 'x', '--speaker', 'y'], '--speaker goes with the quotes command'],
    [['ask', 'x', '--bogus'], "Unknown option '--bogus'"],
  ])('exits 2 with a usage message for %j', async (args, message) => {
    const { code, err, out } = await cli(args);
    expect(code).toBe(EXIT.usage);
    expect(err).toContain(message);
    expect(err).toContain('Usage:');
    expect(out).toBe('');
  });

  describe('corpus errors', () => {
    let dir = '';
    afterEach(async () => {
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it('exits 2 naming a missing folder, without a stack trace', async () => {
      const io = memoryStreams();
      const code = await runCli(['ask', 'anything', '--corpus', '/nonexistent/verbatim-corpus'], io);
      expect(code).toBe(EXIT.usage);
      expect(io.err()).toMatch(/^error: corpus folder \/nonexistent\/verbatim-corpus does not exist\n$/);
    });

    it('warns about a bad file and answers from the good ones', async () => {
      dir = await mkdtemp(join(tmpdir(), 'verbatim-cli-'));
      await writeFile(join(dir, 'good.txt'), 'The harbour will reopen in May, the mayor said.\n');
      await writeFile(join(dir, 'bad.md'), '---\ntitle: [unclosed\n---\nText.\n');
      const io = memoryStreams();
      const code = await runCli(['ask', 'When will the harbour reopen?', '--corpus', dir, '--json'], io);
      expect(code).toBe(EXIT.ok);
      expect(io.err()).toMatch(/^warning: bad\.md:\d+: front matter/);
      expect((JSON.parse(io.out()) as { doc: string }[])[0]?.doc).toBe('good');
    });

    it('exits 2 when no file loads', async () => {
      dir = await mkdtemp(join(tmpdir(), 'verbatim-cli-'));
      await writeFile(join(dir, 'empty.txt'), '');
      const io = memoryStreams();
      expect(await runCli(['speakers', '--corpus', dir], io)).toBe(EXIT.usage);
      expect(io.err()).toContain('warning: empty.txt: is empty');
      expect(io.err()).toContain('no article could be loaded');
    });
  });
});

describe('batch', () => {
  it('answers each line in order and reports malformed lines without stopping', async () => {
    const lines = [
      JSON.stringify({ id: 'q1', command: 'ask', text: 'How many foreigners joined ISIS?' }),
      'not json at all',
      JSON.stringify({ id: 2, command: 'whosaid', text: 'we may not be in a posit' }),
      '',
      JSON.stringify({ id: 3, command: 'shout', text: 'x' }),
      JSON.stringify({ id: 4, command: 'ask' }),
      '\u0000\u0001binary',
      JSON.stringify({ id: 'q5', command: 'ask', text: 'What is the capital of France?', answer: 'ignored' }),
      JSON.stringify({ id: 'q6', command: 'ask', text: 'Is the organisation still a menace?' }),
    ].join('\n');
    const { code, out } = await cli(['batch', '-'], lines);
    expect(code).toBe(EXIT.ok);
    const rows = out
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            id: unknown;
            line?: number;
            error?: string;
            results?: { text: string; doc: string; start: number; end: number }[];
            closest?: { text: string; doc: string; start: number; end: number }[];
          },
      );
    expect(rows.map((r) => r.id)).toEqual(['q1', null, 2, null, null, null, 'q5', 'q6']);
    expect(rows.map((r) => r.line ?? null)).toEqual([null, 2, null, 5, 6, 7, null, null]);
    expect(rows[1]!.error).toContain('not valid JSON');
    expect(rows[3]!.error).toContain('"command"');
    expect(rows[4]!.error).toContain('"text"');
    expect(rows[0]!.results![0]!.text).toContain('30,000');
    expect(rows[2]!.results![0]!.text).toContain('We may not be in a position');
    expect(rows[6]!.results).toEqual([]);
    // A question with no answer carries the passages that come closest; an answered one none.
    expect(rows[7]!.results).toEqual([]);
    expect(rows[7]!.closest?.some((r) => r.text.includes('still poses a real threat'))).toBe(true);
    expect(rows[0]!.closest).toBeUndefined();
    for (const row of rows)
      for (const r of [...(row.results ?? []), ...(row.closest ?? [])]) expect(isVerbatim(engine, r)).toBe(true);
  });
});
