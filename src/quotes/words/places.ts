import { countries } from 'countries-list';
import { states } from 'states-us';

/*
 * Names of countries and US states, from two maintained lists: a run of capitalized words
 * that is exactly one of these names is a place ("Ohio", "South Korea"), never a person,
 * whatever a pronoun or a comma after it suggests.
 */

const PLACE_NAMES: ReadonlySet<string> = new Set(
  [...Object.values(countries).flatMap((c) => [c.name, ...(c.alias ?? [])]), ...states.map((s) => s.name)].map((name) =>
    name.toLowerCase(),
  ),
);

/** Whether lower-case name words ("south", "carolina") spell a country or a US state. */
export function isPlaceName(words: readonly string[]): boolean {
  return PLACE_NAMES.has(words.join(' '));
}
