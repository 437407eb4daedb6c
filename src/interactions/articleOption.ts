import { findArticle, suggestArticles } from '../answer/articles.js';
import type { CorpusDocument } from '../corpus/types.js';
import type { Engine } from '../engine/engine.js';
import { DISCORD_LIMITS } from '../render/limits.js';
import { truncateVerbatim } from '../render/markdown.js';
import type { Choice } from './interaction.js';

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
