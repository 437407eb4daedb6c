import { describe, expect, it } from 'vitest';
import { ask } from '../src/answer/ask.js';
import { createEngine } from '../src/engine/engine.js';
import { DISCORD_LIMITS, ELLIPSIS } from '../src/render/limits.js';
import { escapeMarkdown, truncateVerbatim, unescapeMarkdown } from '../src/render/markdown.js';
import { layoutSections, clampEscaped } from '../src/render/layout.js';
import { renderAsk } from '../src/render/renderAnswer.js';
import { renderQuotes } from '../src/render/renderListings.js';
import { replyAsk, replyWhoSaid } from '../src/replies/replies.js';
import { splitPassages } from '../src/passages/splitPassages.js';
import { bundledEngine } from './helpers/bundled.js';
import { quotedLines } from './helpers/replies.js';

const engine = await bundledEngine();
const body = engine.corpus.documents[0]!.body;

describe('escapeMarkdown', () => {
  it.each([
    '**bold** _it_ ~~s~~ `code` ||spoiler||',
    '# heading',
    '> quote',
    '- item',
    '1. item',
    '-# small',
    '[link](https://x.y)',
    'a\\b',
  ])('shows %j literally', (text) => {
    const escaped = escapeMarkdown(text);
    expect(unescapeMarkdown(escaped)).toBe(text);
    expect(escaped).not.toMatch(/(?<!\\)[*_~`|[\]]/u);
  });

  it('neutralises every kind of mention', () => {
    const escaped = escapeMarkdown('hi @everyone and @here, <@123>, <@!45>, <@&67>, <#89>');
    expect(escaped).not.toMatch(/(?<!\\)@(everyone|here)/u);
    expect(escaped).not.toMatch(/(?<!\\)<[@#]/u);
  });
});

describe('truncateVerbatim', () => {
  const text =
    'Officials said the bridge, closed since the flood in March, would reopen after an inspection next week.';

  it('keeps text that fits unchanged', () => {
    expect(truncateVerbatim(text, text.length)).toBe(text);
  });

  it.each([10, 25, 50, 80, text.length - 1])(
    'shortens to a verbatim prefix and an ellipsis within %i characters',
    (max) => {
      const cut = truncateVerbatim(text, max);
      expect(cut.endsWith(ELLIPSIS)).toBe(true);
      expect(text.startsWith(cut.slice(0, -1))).toBe(true);
      expect(escapeMarkdown(cut).length).toBeLessThanOrEqual(max);
    },
  );

  it('never splits a surrogate pair or an escape', () => {
    const emoji = '😀'.repeat(40);
    const cut = truncateVerbatim(emoji, 21);
    expect(cut.slice(0, -1)).toMatch(/^(😀)+$/u);
    const starred = '*'.repeat(50);
    const shown = truncateVerbatim(starred, 21);
    expect(escapeMarkdown(shown).length).toBeLessThanOrEqual(21);
    expect(clampEscaped(escapeMarkdown(starred), 20)).toMatch(/^(\\\*)+…$/u);
  });
});

describe('layoutSections', () => {
  it('fits long quotes within the limit, shortest kept whole, each a verbatim prefix', () => {
    const long = 'The committee heard evidence for many weeks. '.repeat(80);
    const short = 'It was a long week.';
    const content = layoutSections(
      '**Q:** test',
      [
        { quote: long, caption: '— a' },
        { quote: short, caption: '— b' },
        { quote: long, caption: '— c' },
      ],
      '-# 2 more',
      2000,
    );
    expect(content.length).toBeLessThanOrEqual(2000);
    const lines = quotedLines(content);
    expect(lines).toContain(short);
    for (const line of lines) expect(long.includes(line) || short.includes(line)).toBe(true);
    expect(content).toContain('— a');
    expect(content).toContain('— c');
  });
});

describe('replies', () => {
  it('quote article text only as exact slices, within the content limit, over many questions', () => {
    const words = body.match(/\p{L}{4,}/gu) ?? [];
    let checked = 0;
    for (let i = 0; i < words.length; i += 2) {
      const question = words.slice(i, i + 3).join(' ');
      for (const reply of [replyAsk(engine, question), replyAsk(engine, question, 3), replyWhoSaid(engine, question)]) {
        expect(reply.content.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
        for (const line of quotedLines(reply.content)) {
          expect(body.includes(line), line).toBe(true);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('name the speaker, role, title and paragraph under a quote', () => {
    const { content } = replyWhoSaid(engine, 'we may not be in a posit');
    expect(content).toContain(
      '— **Denis Michaud**, RCMP Deputy Commissioner · *ISIS still a threat to the West, experts warn*, paragraph 12',
    );
  });

  it('say "the article" under narration', () => {
    const { content } = replyAsk(engine, 'When did ISIS claim responsibility for the massacre in Sri Lanka?');
    expect(content).toContain('— the article · *');
  });

  it('echo the question escaped, on one line, and quote nothing when there is no answer', () => {
    const { content } = replyAsk(engine, '**Who** won\n> the @everyone <@123> Super Bowl?');
    expect(content.split('\n')[0]).toBe('**Q:** \\*\\*Who\\*\\* won \\> the \\@everyone \\<@123\\> Super Bowl?');
    expect(quotedLines(content)).toEqual([]);
  });

  it('clamp a very long question and a very long quote', () => {
    const longBody = `“${'The council will not rest until the last road is repaired and every bridge is safe again. '.repeat(60)}” said Mayor Ann Holt.\n`;
    const doc = {
      id: 'long',
      file: 'long.txt',
      meta: { title: 'Roads', source: null, date: null, url: null, byline: null },
      body: longBody,
      bodyLine: 1,
      ...splitPassages(longBody),
    };
    const big = createEngine({ dir: '.', documents: [doc], issues: [] });
    const question = `${'road bridge repaired '.repeat(300)}?`;
    const content = renderAsk(big, question, ask(big, question)).content;
    expect(content.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
    expect(content.split('\n')[0]!.length).toBeLessThanOrEqual(300);
    const quotes = renderQuotes(big, big.catalog.quotes).content;
    expect(quotes.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
    for (const line of quotedLines(quotes)) expect(longBody.includes(line)).toBe(true);
    expect(quotes).toContain('**Ann Holt**, Mayor');
  });
});
