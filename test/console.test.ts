import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsole } from '../src/cli/console.js';
import { MESSAGES, renderClosest } from '../src/render/renderAnswer.js';
import { HELP, replyAsk, replyQuotes, replySpeakers, replyWhoSaid } from '../src/replies/replies.js';
import { bundledEngine } from './helpers/bundled.js';

const engine = await bundledEngine();

async function consoleOutput(lines: string[], interactive = false): Promise<string> {
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => (text += chunk.toString()));
  await runConsole(engine, Readable.from([lines.join('\n')]), output, interactive);
  return text;
}

describe('console', () => {
  it('answers plain text as /ask and the slash commands as Discord would', async () => {
    const out = await consoleOutput([
      'How many foreigners joined ISIS?',
      '/whosaid we may not be in a posit',
      '/quotes brisard',
      '/speakers',
      '/help',
    ]);
    expect(out).toBe(
      [
        replyAsk(engine, 'How many foreigners joined ISIS?').content,
        replyWhoSaid(engine, 'we may not be in a posit').content,
        replyQuotes(engine, 'brisard').content,
        replySpeakers(engine).content,
        HELP,
        '',
      ].join('\n\n'),
    );
  });

  it('shows the next results of the last question with /more', async () => {
    const question = 'ISIS threat Canada fighters';
    const out = await consoleOutput([question, '/more']);
    expect(out).toContain(replyAsk(engine, question, 3).content);
  });

  it('shows the passages that come closest to a question it has no answer for with /more', async () => {
    const question = 'Is the organisation still a menace?';
    const refused = replyAsk(engine, question);
    expect(refused.closest?.length).toBeGreaterThan(0);
    const out = await consoleOutput([question, '/more']);
    expect(out).toBe(
      `${refused.content}\n${MESSAGES.closestInConsole}\n\n${renderClosest(engine, refused.closest!).content}\n\n`,
    );
  });

  it('stops reading at /quit and skips blank lines', async () => {
    const out = await consoleOutput(['', '/help', '/quit', '/speakers']);
    expect(out).toBe(`${HELP}\n\n`);
  });

  it('says what it does not know instead of failing', async () => {
    const out = await consoleOutput(['/frobnicate now', '/whosaid']);
    expect(out).toContain('Unknown command `/frobnicate`');
    expect(out).toContain('Paste or type part of a quote');
  });
});
