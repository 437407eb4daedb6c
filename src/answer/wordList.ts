/**
 * A list of words as one alternative of a regular expression: `anyOf('day week month')`
 * is `day|week|month`. Long patterns are built from lists like these, so that each
 * reads as its structure and each list can be read, and changed, on its own. The words
 * are taken as written: a list may hold a small pattern such as `suburbs?`.
 */
export function anyOf(words: string): string {
  return words.trim().split(/\s+/u).join('|');
}
