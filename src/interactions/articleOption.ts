import { findArticle, suggestArticles } from '../answer/articles.js';
import type { CorpusDocument } from '../corpus/types.js';
import type { Engine } from '../engine/engine.js';
import { DISCORD_LIMITS } from '../render/limits.js';
import { truncateVerbatim } from '../render/markdown.js';
import type { AutocompleteInteraction, Choice, SlashCommandInteraction } from './interaction.js';
import { notice } from './messages.js';
import { MESSAGES } from '../render/renderAnswer.js';

/** The name of the option that limits a command to one article. */
export const ARTICLE = 'article';

/** Suggestions for the article option: titles (with the source) matching what is typed, each valued by its file id. */
export function articleChoices(engine: Engine, typed: string): Choice[] {
  return suggestArticles(engine, typed, DISCORD_LIMITS.choices)
    .filter((doc) => doc.id.length <= DISCORD_LIMITS.choiceValue)
    .map((doc) => {
      const label = doc.meta.source ? `${doc.meta.title} · ${doc.meta.source}` : doc.meta.title;
      return {
        name: truncateVerbatim(label, DISCORD_LIMITS.choiceName, (s) => s) || doc.id.slice(0, 100),
        value: doc.id,
      };
    });
}

/**
 * The article an option names: `undefined` when the option is empty (every article),
 * null when nothing matches what was given.
 */
export function chosenArticle(engine: Engine, value: string | null): CorpusDocument | undefined | null {
  if (value === null || value.trim() === '') return undefined;
  return findArticle(engine, value);
}

/**
 * The article a command's option names, as `chosenArticle` reads it. When the value
 * matches no article, the person gets a short private notice to pick a suggestion, and
 * the result is null: the command has answered.
 */
export async function articleOrNotice(
  interaction: SlashCommandInteraction,
  engine: Engine,
): Promise<CorpusDocument | undefined | null> {
  const article = chosenArticle(engine, interaction.options.getString(ARTICLE));
  if (article === null) await interaction.reply(notice(MESSAGES.noArticle));
  return article;
}

/**
 * Autocomplete for a command with an article option and another one: typing into the
 * article option gets article suggestions here (and null back); typing into the other
 * gives what is typed there and the article already chosen (undefined: every article).
 */
export async function typedBesideArticle(
  interaction: AutocompleteInteraction,
  engine: Engine,
): Promise<{ typed: string; article: CorpusDocument | undefined } | null> {
  const focused = interaction.options.getFocused(true);
  if (focused.name === ARTICLE) {
    await interaction.respond(articleChoices(engine, focused.value));
    return null;
  }
  return { typed: focused.value, article: chosenArticle(engine, interaction.options.getString(ARTICLE)) ?? undefined };
}
