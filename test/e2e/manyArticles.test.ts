import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord, type CallbackBody } from '../fakeDiscord/fakeDiscord.js';
import { autocomplete, buttonClick, PERSON, slashCommand, type Interaction } from '../fakeDiscord/payloads.js';
import { FAKE_TOKEN, readyBotFor, type BotProcess } from '../helpers/botProcess.js';
import { writeManyArticles } from '../helpers/manyArticles.js';
import { quotedLines } from '../helpers/replies.js';

/**
 * A server with many articles: the bundled article and thirty invented ones, served by
 * the real bot process through the fake Discord.
 */
const BUNDLED = 'isis-threat-to-the-west';
const CALLBACK = { message: 4, autocomplete: 8, update: 7 } as const;
const EPHEMERAL = 64;

let dir: string;
let discord: FakeDiscord;
let bot: BotProcess;
let bodies: Map<string, string>;
const guild = (): string => discord.guilds[0]!;

const buttonsOf = (response: CallbackBody) => response.data.components.flatMap((row) => row.components);
const buttonId = (response: CallbackBody, label: string | RegExp): string => {
  const found = buttonsOf(response).find((b) =>
    typeof label === 'string' ? b.label === label : label.test(b.label ?? ''),
  );
  if (!found?.custom_id) throw new Error(`no ${String(label)} button in ${JSON.stringify(response.data.components)}`);
  return found.custom_id;
};
/** Clicks a button of the message `asked` produced. */
const click = (asked: Interaction, customId: string): Promise<CallbackBody> =>
  discord.interact(buttonClick(guild(), customId, discord.webhookMessagesOf(asked)[0]!));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'verbatim-many-'));
  const ids = writeManyArticles(dir);
  bodies = new Map([BUNDLED, ...ids].map((id) => [id, readFileSync(join(dir, `${id}.md`), 'utf8')]));
  discord = await FakeDiscord.start({ token: FAKE_TOKEN });
  bot = await readyBotFor(discord, { CORPUS_DIR: dir, RATE_LIMIT_COMMANDS: '0' });
}, 30_000);

afterAll(async () => {
  await bot?.stop('SIGKILL');
  await discord?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('a server with many articles', () => {
  it('suggests the bundled article for "isis", and /ask with it answers from that article only', async () => {
    const typed = await discord.interact(autocomplete(guild(), 'ask', 'article', 'isis', { question: 'x' }));
    expect(typed.type).toBe(CALLBACK.autocomplete);
    expect(typed.data.choices[0]?.value).toBe(BUNDLED);
    expect(typed.data.choices[0]?.name).toMatch(/^ISIS still a threat/u);
    // Asked of every article, this question is answered by the invented ones; asked of the bundled one, by it alone.
    const everywhere = await discord.interact(
      slashCommand(guild(), 'ask', { question: 'Who said the work would cost millions?' }),
    );
    expect(everywhere.data.content).not.toMatch(/ISIS still a threat/u);
    const scoped = await discord.interact(
      slashCommand(guild(), 'ask', {
        question: 'What did the UN report say about foreign fighters?',
        article: BUNDLED,
      }),
    );
    const lines = quotedLines(scoped.data.content);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(bodies.get(BUNDLED)).toContain(line);
    for (const caption of scoped.data.content.split('\n').filter((l) => l.startsWith('—')))
      expect(caption).toMatch(/ISIS still a threat to the West/u);
    const unknown = await discord.interact(
      slashCommand(guild(), 'ask', { question: 'Why?', article: 'no such article' }),
    );
    expect(unknown.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(unknown.data.content).toMatch(/No article matches/u);
  });

  it.each([
    ['article', {}],
    ['quotes', {}],
    ['speakers', {}],
  ])('turns a page of /%s with Next, and back with Previous', async (name, options) => {
    const asked = slashCommand(guild(), name, options);
    const first = await discord.interact(asked);
    const pages = /-# page 1 of (\d+)/u.exec(first.data.content);
    expect(pages, first.data.content).not.toBeNull();
    const next = await click(asked, buttonId(first, 'Next'));
    expect(next.type).toBe(CALLBACK.update);
    expect(next.data.content).toContain(`page 2 of ${pages![1]}`);
    expect(next.data.content).not.toBe(first.data.content);
    expect(next.data.allowed_mentions).toEqual({ parse: [] });
    for (const b of buttonsOf(next)) expect(b.custom_id!.length).toBeLessThanOrEqual(100);
    const back = await click(asked, buttonId(next, 'Previous'));
    expect(back.data.content).toBe(first.data.content);
  });

  it('shows an article’s card with buttons for its quotes and speakers', async () => {
    const asked = slashCommand(guild(), 'article', { title: BUNDLED });
    const card = await discord.interact(asked);
    expect(card.data.content).toMatch(/^\*\*ISIS still a threat to the West, experts warn\*\*/u);
    expect(card.data.content).toMatch(/Quotes: 12/u);
    const quotes = await click(asked, buttonId(card, /^Quotes/u));
    for (const line of quotedLines(quotes.data.content)) expect(bodies.get(BUNDLED)).toContain(line);
    expect(quotes.data.content).toMatch(/^\*\*Quotes\*\* \(12\) · \*ISIS/u);
  });

  it('posts a private answer for everyone with Share, the same passages and who shared it, pinging no one', async () => {
    const asked = slashCommand(guild(), 'ask', { question: 'When will the bridge reopen?', private: true });
    const answer = await discord.interact(asked);
    expect(answer.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    const shared = await click(asked, buttonId(answer, 'Share'));
    expect(shared.type).toBe(CALLBACK.message);
    expect(shared.data.flags & EPHEMERAL).toBe(0);
    expect(quotedLines(shared.data.content)).toEqual(quotedLines(answer.data.content));
    expect(shared.data.content).toContain(`-# shared by <@${PERSON.id}>`);
    expect(shared.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('shows a sentence opening with "It" after the sentence it refers to, and shares that passage whole', async () => {
    const passage =
      'The old lighthouse of Fairhaven stands above the harbour. It was painted red in 1931 by volunteers.';
    const asked = slashCommand(guild(), 'ask', { question: 'When was the old lighthouse painted red?', private: true });
    const answer = await discord.interact(asked);
    expect(quotedLines(answer.data.content)[0]).toBe(passage);
    const shared = await click(asked, buttonId(answer, 'Share'));
    expect(quotedLines(shared.data.content)).toEqual(quotedLines(answer.data.content));
  });

  it('mentions the target, and only the target', async () => {
    const target = '1180000000000000999';
    const response = await discord.interact(
      slashCommand(guild(), 'whosaid', {
        quote: 'nobody wants another delay <@1180000000000000777> @everyone',
        target: { user: target },
      }),
    );
    expect(response.data.content.split('\n')[0]).toBe(`For <@${target}>:`);
    expect(response.data.allowed_mentions).toEqual({ parse: [], users: [target] });
    expect(response.data.content).not.toMatch(/(?<!\\)<@1180000000000000777>/u);
  });

  it.each([
    ['we may not', /^“We may not be in a position/u],
    ['this threat must', /^“This threat must be taken seriously/u],
    ['they [isis] still', /^“They \[ISIS\] still poses a real threat/u],
  ])('suggests first the quote that starts with "%s", and answers with it', async (typed, quote) => {
    const suggested = await discord.interact(autocomplete(guild(), 'whosaid', 'quote', typed));
    expect(suggested.data.choices[0]?.name).toMatch(quote);
    const answered = await discord.interact(slashCommand(guild(), 'whosaid', { quote: typed }));
    expect(quotedLines(answered.data.content)[0]).toMatch(quote);
  });

  it('links an answer from an article with a url to the passage on its page', async () => {
    const response = await discord.interact(slashCommand(guild(), 'whosaid', { quote: 'honestly we may not finish' }));
    const link = buttonsOf(response).find((b) => b.label === 'Read in context');
    expect(link?.url).toMatch(
      /^https:\/\/news\.example\.org\/alder-bay-ferry-0#:~:text=Honestly%2C%20we%20may%20not,ferry%20dock%20before%20winter$/u,
    );
    const bundled = await discord.interact(slashCommand(guild(), 'whosaid', { quote: 'this threat must' }));
    expect(buttonsOf(bundled).some((b) => b.url !== undefined)).toBe(false);
  });

  it('lists named speakers first with how many articles quote them, and role-only speakers per article', async () => {
    const response = await discord.interact(slashCommand(guild(), 'speakers'));
    const lines = response.data.content.split('\n').filter((l) => l.startsWith('• '));
    expect(lines[0]).toMatch(/^• \*\*\w+ \w+\*\*, .*: \d+ quotes in \d+ articles$/u);
    const company = lines.filter((l) => l.startsWith('• **the company**'));
    expect(company.length).toBeGreaterThan(1);
    for (const line of company) expect(line).toMatch(/\(\*.+\*\): 1 quote$/u);
  });
});
