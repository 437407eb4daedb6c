import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as whosaidCommand from '../commands/whosaid.js';
import * as quotesCommand from '../commands/quotes.js';
import { askOrClosest } from '../src/answer/ask.js';
import { whoSaid } from '../src/answer/whoSaid.js';
import { answerLine } from '../src/cli/batch.js';
import { consoleReply } from '../src/cli/console.js';
import { DISCORD_LIMITS } from '../src/render/limits.js';
import { escapeMarkdown, unescapeMarkdown } from '../src/render/markdown.js';
import { renderClosest } from '../src/render/renderAnswer.js';
import { replyAsk, replyQuotes, replyWhoSaid } from '../src/replies/replies.js';
import { bundledEngine, isVerbatim } from './helpers/bundled.js';
import { autocompleting, contextFor } from './helpers/interactions.js';
import { quotedLines } from './helpers/replies.js';

const engine = await bundledEngine();
const body = engine.corpus.documents[0]!.body;

/** Seeded so that a failure can be replayed; runs per property. */
const RUNS = { seed: 20261125, numRuns: 1000 };

/** Pieces people (and attackers) paste: markdown, mentions, links, invisible and bidirectional characters. */
const hostilePieces = fc.constantFrom(
  '@everyone',
  '@here',
  '<@123456789012345678>',
  '<@!123>',
  '<@&987654321098765432>',
  '<#111>',
  '</ask:1>',
  '**',
  '__',
  '~~',
  '||spoiler||',
  '`',
  '```js\nx\n```',
  '> ',
  '# ',
  '-# ',
  '1. ',
  '[link](https://evil.example)',
  'https://x.y/z',
  '\u200b',
  '\u200d',
  '\u202e',
  '\u2066',
  '\u0301',
  '\ufeff',
  '\u0000',
  '\u0007',
  '\r\n',
  '\n\n',
  '\t',
  '😀',
  '👩🏽‍💻',
  '\ud800',
  '\udfff',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  'ISIS',
  'threat',
  'Brisard',
  'seriously',
  '“',
  '”',
  '"',
  '\\',
);
const hostileText = fc.oneof(
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }), weight: 4 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 200 }), weight: 4 },
  {
    arbitrary: fc
      .array(fc.oneof(hostilePieces, fc.string({ maxLength: 12 })), { maxLength: 60 })
      .map((parts) => parts.join(' ')),
    weight: 4,
  },
  { arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1000, maxLength: 6000 }), weight: 1 },
);

function expectSafeReply(content: string): void {
  expect(content.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
  for (const line of quotedLines(content)) expect(body.includes(line), line).toBe(true);
  // Nothing outside a code-free, escaped label can mention or format: no raw mention syntax survives.
  expect(content).not.toMatch(/(?<!\\)@(everyone|here)/u);
  expect(content).not.toMatch(/(?<!\\)<[@#]/u);
}

describe('hostile input', { timeout: 120_000 }, () => {
  it('ask and whoSaid never throw and only return exact slices', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const { results, closest } = askOrClosest(engine, text);
        for (const r of [...results, ...closest, ...whoSaid(engine, text)]) expect(isVerbatim(engine, r)).toBe(true);
      }),
      RUNS,
    );
  });

  it('replies stay within Discord’s limits, quote only the article and cannot ping', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const asked = replyAsk(engine, text);
        const closest = renderClosest(engine, asked.closest ?? []);
        for (const reply of [asked, closest, replyWhoSaid(engine, text), replyQuotes(engine, text)])
          expectSafeReply(reply.content);
      }),
      RUNS,
    );
  });

  it('echoed input stays on its label line and shows literally', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        if (text.trim() !== '') {
          const [first, second] = replyAsk(engine, text).content.split('\n');
          expect(first!.startsWith('**Q:** ')).toBe(true);
          // The label line holds all of the echo: the next line is an answer or a fixed message.
          expect(second === '' || second === undefined || !second.startsWith('**Q:**')).toBe(true);
        }
        const escaped = escapeMarkdown(text);
        expect(unescapeMarkdown(escaped)).toBe(text);
      }),
      RUNS,
    );
  });

  it('autocomplete answers within the choice limits for anything typed', async () => {
    const context = contextFor(engine);
    await fc.assert(
      fc.asyncProperty(hostileText, async (typed) => {
        for (const command of [whosaidCommand, quotesCommand]) {
          const { interaction, sent } = autocompleting(command.data.name, typed);
          await command.autocomplete!(interaction, context);
          const choices = sent.choices[0]!;
          expect(choices.length).toBeLessThanOrEqual(DISCORD_LIMITS.choices);
          for (const c of choices) {
            expect(c.name.length).toBeGreaterThanOrEqual(1);
            expect(c.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.choiceName);
            expect(String(c.value).length).toBeLessThanOrEqual(DISCORD_LIMITS.choiceValue);
          }
        }
      }),
      { ...RUNS, numRuns: 500 },
    );
  });

  it('the console and batch take any line without failing', () => {
    fc.assert(
      fc.property(
        hostileText,
        fc.constantFrom('', '/ask ', '/whosaid ', '/quotes ', '/more', '/article '),
        (text, prefix) => {
          const reply = consoleReply(engine, prefix + text, { lastQuestion: null, offset: 0 });
          if (reply) expectSafeReply(reply.content);
          const line = answerLine(engine, text, 1);
          expect(() => JSON.parse(line) as unknown).not.toThrow();
          const wrapped = JSON.parse(answerLine(engine, JSON.stringify({ id: 1, command: 'whosaid', text }), 1)) as {
            results: { doc: string; start: number; end: number; text: string }[];
          };
          for (const r of wrapped.results) expect(isVerbatim(engine, r)).toBe(true);
        },
      ),
      { ...RUNS, numRuns: 1000 },
    );
  });

  it('batch reports a one-megabyte line without echoing it', () => {
    const huge = `{"id":1,"command":"ask","text":"${'a'.repeat(1 << 20)}`;
    const out = JSON.parse(answerLine(engine, huge, 7)) as { id: null; line: number; error: string };
    expect(out).toMatchObject({ id: null, line: 7 });
    expect(out.error.length).toBeLessThan(200);
  });
});
