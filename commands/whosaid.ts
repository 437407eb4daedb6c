import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { passageAt, passageRef } from '../src/answer/passageRef.js';
import { suggestQuotes } from '../src/answer/suggest.js';
import { articleOrNotice, typedBesideArticle } from '../src/interactions/articleOption.js';
import type { SlashCommand } from '../src/interactions/command.js';
import { answerButtons } from '../src/interactions/components.js';
import { leadFor, toMessage } from '../src/interactions/messages.js';
import { DISCORD_LIMITS } from '../src/render/limits.js';
import { truncateVerbatim } from '../src/render/markdown.js';
import { renderWhoSaid } from '../src/render/renderAnswer.js';
import { replyWhoSaid, type Answer, type AnswerOptions } from '../src/replies/replies.js';
import type { Engine } from '../src/engine/engine.js';
import { articleOption, privateOption, targetOption } from './options.js';

/**
 * An autocomplete choice's value names the exact quote ("quote:0.1x.2k"), so picking a
 * suggestion always finds that quote; anything else typed is searched for.
 */
const CHOICE_PREFIX = 'quote:';

export const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'whosaid',
  description: 'Find who said a quote (it may be partial, misremembered or misspelt)',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'quote',
      description: 'The words you remember',
      required: true,
      max_length: 500,
      autocomplete: true,
    },
    articleOption,
    privateOption,
    targetOption,
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** The answer for a typed text or a picked suggestion. */
export function whoSaidAnswer(engine: Engine, text: string, options: AnswerOptions = {}): Answer {
  if (text.startsWith(CHOICE_PREFIX)) {
    const quote = passageAt(engine, text.slice(CHOICE_PREFIX.length));
    if (quote) return { ...renderWhoSaid(engine, quote.text, [quote], options.lead), found: true, shown: [quote] };
  }
  return replyWhoSaid(engine, text, { ...options, typed: true });
}

export const execute: SlashCommand['execute'] = async (interaction, { engine }) => {
  const current = engine();
  const article = await articleOrNotice(interaction, current);
  if (article === null) return;
  const ephemeral = interaction.options.getBoolean('private') ?? false;
  const target = ephemeral ? undefined : interaction.options.getUser('target')?.id;
  const answer = whoSaidAnswer(current, interaction.options.getString('quote') ?? '', {
    ...(article ? { article } : {}),
    lead: leadFor(target),
  });
  const components = answerButtons(current, answer.shown ?? [], [], { share: ephemeral });
  await interaction.reply(toMessage(answer, { ephemeral, components, ...(target ? { mention: target } : {}) }));
};

/** Up to 25 matching quotes; each name a verbatim prefix of the quote (1–100 characters). */
export const autocomplete: SlashCommand['autocomplete'] = async (interaction, { engine }) => {
  const current = engine();
  const typed = await typedBesideArticle(interaction, current);
  if (typed === null) return;
  const quotes = suggestQuotes(current, typed.typed, DISCORD_LIMITS.choices, typed.article);
  const choices = quotes.map((q) => ({
    name: truncateVerbatim(q.text.replace(/\s+/gu, ' '), DISCORD_LIMITS.choiceName, (s) => s),
    value: `${CHOICE_PREFIX}${passageRef(current, q)}`,
  }));
  await interaction.respond(choices.filter((c) => c.name.length > 0 && c.value.length <= DISCORD_LIMITS.choiceValue));
};
