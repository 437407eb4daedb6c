import { countries } from 'countries-list';
import { states } from 'states-us';

/*
 * Names of countries and US states, from two maintained lists: a run of capitalized words
 * that is exactly one of these names is a place ("Ohio", "South Korea"), never a person,
 * whatever a pronoun or a comma after it suggests. So is a name ending in a word for a place.
 */

const PLACE_NAMES: ReadonlySet<string> = new Set(
  [...Object.values(countries).flatMap((c) => [c.name, ...(c.alias ?? [])]), ...states.map((s) => s.name)].map((name) =>
    name.toLowerCase(),
  ),
);

/**
 * Last words that make a name a place ("Wall Street", "Trump Tower", "Logan Airport"); words that are
 * also common surnames ("Hill", "Hall", "Park") are left out.
 */
const PLACE_HEADS: ReadonlySet<string> = new Set([
  'street',
  'avenue',
  'boulevard',
  'road',
  'highway',
  'tower',
  'towers',
  'plaza',
  'square',
  'airport',
  'stadium',
  'arena',
  'island',
  'islands',
  'valley',
  'canyon',
  'desert',
  'peninsula',
  'bay',
  'harbor',
  'coast',
  'mountains',
  'beach',
]);

/**
 * Whether lower-case name words spell a country or a US state ("south", "carolina"), or end in a
 * word for a place ("wall", "street").
 */
export function isPlaceName(words: readonly string[]): boolean {
  return PLACE_NAMES.has(words.join(' ')) || (words.length > 1 && PLACE_HEADS.has(words.at(-1)!));
}
