import { ComponentType, MessageFlags, type APIButtonComponentWithCustomId } from 'discord.js';
import { describe, expect, it } from 'vitest';
import * as ask from '../commands/ask.js';
import { commands } from '../commands/index.js';
import * as quotes from '../commands/quotes.js';
import * as whosaid from '../commands/whosaid.js';
import * as whoSaidThis from '../commands/whoSaidThis.js';
import { parseButton } from '../src/interactions/components.js';
import { DISCORD_LIMITS } from '../src/render/limits.js';
import { MESSAGES } from '../src/render/renderAnswer.js';
import { replyClosest, replyContext, replyMore } from '../src/replies/replies.js';
import { bundledEngine } from './helpers/bundled.js';
import { autocompleting, chatInput, contextFor, messageCommand } from './helpers/interactions.js';
import { quotedLines } from './helpers/replies.js';

const engine = await bundledEngine();
const context = contextFor(engine);
const body = engine.corpus.documents[0]!.body;
const buttonsOf = (components: unknown): APIButtonComponentWithCustomId[] =>
  ((components ?? []) as { components: APIButtonComponentWithCustomId[] }[]).flatMap((row) => row.components);

describe('command definitions', () => {
  it('are registered under unique names within Discord’s limits', () => {
    const names = commands.map((c) => c.data.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(['ask', 'whosaid', 'Who said this?', 'quotes', 'speakers', 'article', 'help']);
    for (const { data } of commands) {
      if ('description' in data) {
        expect(data.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
        expect(data.description?.length ?? 0).toBeLessThanOrEqual(100);
      }
      for (const option of ('options' in data ? data.options : undefined) ?? [])
        expect(option.description.length).toBeLessThanOrEqual(100);
    }
  });

  it('have an execute handler each, and autocomplete where an option asks for it', () => {
    for (const command of commands) {
      expect(typeof command.execute).toBe('function');
      const wantsAutocomplete = JSON.stringify(command.data).includes('"autocomplete":true');
      expect(typeof command.autocomplete === 'function').toBe(wantsAutocomplete);
    }
  });
});

describe('/ask', () => {
  it('answers with quoted passages, no mentions, a More button and Context buttons', async () => {
    const { interaction, sent } = chatInput('ask', { question: 'ISIS threat Canada fighters' });
    await ask.execute(interaction, context);
    const [message] = sent.replies;
    expect(message?.allowedMentions).toEqual({ parse: [] });
    expect(message?.flags).toBeUndefined();
    for (const line of quotedLines(message!.content)) expect(body).toContain(line);
    const buttons = buttonsOf(message?.components);
    const more = buttons.find((b) => b.custom_id.startsWith('more:'));
    expect(more?.label).toMatch(/^More \(\d\)$/u);
    for (const b of buttons) expect(b.custom_id.length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
    expect(buttons.filter((b) => b.custom_id.startsWith('context:')).length).toBeGreaterThan(0);

    const next = replyMore(engine, parseButton(more!.custom_id)!.refs);
    expect(next.found).toBe(true);
    for (const line of quotedLines(next.content)) expect(body).toContain(line);
  });

  it('replies privately when asked to', async () => {
    const { interaction, sent } = chatInput('ask', { question: 'How many foreigners joined ISIS?', private: true });
    await ask.execute(interaction, context);
    expect(sent.replies[0]?.flags).toBe(MessageFlags.Ephemeral);
  });

  it('quotes nothing and offers no buttons when the article has no answer', async () => {
    const { interaction, sent } = chatInput('ask', { question: 'Who won the Super Bowl?' });
    await ask.execute(interaction, context);
    expect(quotedLines(sent.replies[0]!.content)).toEqual([]);
    expect(sent.replies[0]?.components).toEqual([]);
  });

  it('offers the closest passages behind a button when the article is not taken to answer', async () => {
    const { interaction, sent } = chatInput('ask', { question: 'Is the organisation still a menace?' });
    await ask.execute(interaction, context);
    const [message] = sent.replies;
    expect(quotedLines(message!.content)).toEqual([]);
    expect(message!.content).toContain(MESSAGES.noAnswer);
    const buttons = buttonsOf(message?.components);
    expect(buttons.map((b) => b.label)).toEqual(['Closest passages']);
    expect(buttons[0]!.custom_id.length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);

    const closest = replyClosest(engine, parseButton(buttons[0]!.custom_id)!.refs);
    expect(closest.found).toBe(true);
    expect(closest.content).toContain(MESSAGES.closestNote);
    const lines = quotedLines(closest.content);
    expect(lines.some((line) => line.includes('still poses a real threat'))).toBe(true);
    for (const line of lines) expect(body).toContain(line);
  });

  it('shows a result’s whole paragraph behind Context', async () => {
    const { interaction, sent } = chatInput('ask', { question: 'How many foreigners joined ISIS?' });
    await ask.execute(interaction, context);
    const button = buttonsOf(sent.replies[0]?.components).find((b) => b.custom_id.startsWith('context:'))!;
    const paragraph = engine.corpus.documents[0]!.paragraphs[6]!;
    expect(quotedLines(replyContext(engine, parseButton(button.custom_id)!.refs[0]!).content)).toEqual([
      body.slice(paragraph.start, paragraph.end),
    ]);
  });
});

describe('/whosaid', () => {
  it('finds a misspelt quote and its speaker', async () => {
    const { interaction, sent } = chatInput('whosaid', { quote: 'this thret must be takn seriusly' });
    await whosaid.execute(interaction, context);
    expect(sent.replies[0]?.content).toContain('**Jean-Charles Brisard**, president of the French Centre');
    expect(buttonsOf(sent.replies[0]?.components).map((b) => b.label)).toEqual(['Context']);
  });

  it('suggests at most 25 quotes whose names are verbatim prefixes and whose values find that quote', async () => {
    for (const typed of ['', 'threat', 'we may not', 'thret must be tak', 'zzzz']) {
      const { interaction, sent } = autocompleting('whosaid', typed);
      await whosaid.autocomplete!(interaction, context);
      const choices = sent.choices[0]!;
      expect(choices.length).toBeLessThanOrEqual(DISCORD_LIMITS.choices);
      for (const choice of choices) {
        expect(choice.name.length).toBeGreaterThan(0);
        expect(choice.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.choiceName);
        expect(String(choice.value).length).toBeLessThanOrEqual(DISCORD_LIMITS.choiceValue);
        const picked = chatInput('whosaid', { quote: String(choice.value) });
        await whosaid.execute(picked.interaction, context);
        const shown = quotedLines(picked.sent.replies[0]!.content)[0]!;
        expect(choice.name.replace(/…$/u, '')).toBe(
          shown.replace(/\s+/gu, ' ').slice(0, choice.name.replace(/…$/u, '').length),
        );
      }
      if (typed === 'thret must be tak') expect(choices[0]?.name).toMatch(/^“This threat must be taken seriously/u);
    }
  });
});

describe('Who said this? (message command)', () => {
  it('finds the quote a chat message paraphrases, privately', async () => {
    const { interaction, sent } = messageCommand(
      'lol didnt someone say "we may not be in a position to arrest them" 😂',
    );
    await whoSaidThis.execute(interaction, context);
    expect(sent.replies[0]?.content).toContain('**Denis Michaud**, RCMP Deputy Commissioner');
    expect(sent.replies[0]?.flags).toBe(MessageFlags.Ephemeral);
  });

  it('says so when the message has no text', async () => {
    const { interaction, sent } = messageCommand('');
    await whoSaidThis.execute(interaction, context);
    expect(sent.replies[0]).toMatchObject({
      content: 'That message has no text to look up.',
      flags: MessageFlags.Ephemeral,
    });
  });
});

describe('/quotes', () => {
  it('autocompletes speaker names and lists that speaker’s quotes', async () => {
    const { interaction, sent } = autocompleting('quotes', 'bris');
    await quotes.autocomplete!(interaction, context);
    expect(sent.choices[0]).toEqual([{ name: 'Jean-Charles Brisard', value: 'Jean-Charles Brisard' }]);
    const listing = chatInput('quotes', { speaker: 'Jean-Charles Brisard' });
    await quotes.execute(listing.interaction, context);
    expect(listing.sent.replies[0]?.content).toMatch(/^\*\*Quotes from Jean-Charles Brisard\*\* \(4\)/u);
    expect(buttonsOf(listing.sent.replies[0]?.components)).toEqual([]);
    expect(ComponentType.Button).toBe(2);
  });
});
