/**
 * Words that end in a period without ending the sentence. These always precede a name,
 * a person's (titles: "Dr.", "Sen.") or a place's ("St.", "Mt."); the others below usually
 * continue the sentence but may close one (see `splitSentences`). The person titles that
 * speakers are named with are a list of their own (`quotes/words/titleAbbreviations`).
 */
// prettier-ignore
export const BEFORE_NAME_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'st', 'mt', 'ft', 'rev', 'hon', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt',
  'cmdr', 'adm', 'sgt', 'cpl', 'pvt', 'sen', 'rep', 'gov', 'pres', 'supt', 'insp', 'det', 'fr', 'sr', 'jr', 'messrs',
  // Plurals, before several names: "Sens. Ted Cruz and Marco Rubio".
  'mmes', 'drs', 'profs', 'revs', 'gens', 'sens', 'reps', 'govs',
]);

/** Abbreviations that take a number or a name after them: "Jan. 5", "No. 10", "vs. Leeds". */
// prettier-ignore
export const CONTINUING_ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'no', 'nos', 'vol', 'p', 'pp', 'fig', 'art', 'sec', 'ch', 'vs', 'v', 'approx', 'ca', 'cf', 'est', 'dept', 'univ', 'ave', 'blvd', 'rd',
]);

/** Abbreviations that often close a sentence too: "… and Sons Ltd. The firm …". */
export const CLOSING_ABBREVIATIONS = new Set(['inc', 'ltd', 'co', 'corp', 'llc', 'plc', 'etc', 'al', 'bros']);

/**
 * Words that begin sentences far more often than they follow an abbreviation, used to
 * decide whether "U.S." or "Inc." closes a sentence ("… in the U.S. The rest …").
 */
// prettier-ignore
export const SENTENCE_STARTERS = new Set([
  'a', 'an', 'the', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'his', 'her',
  'its', 'their', 'our', 'but', 'and', 'so', 'yet', 'however', 'meanwhile', 'still', 'in', 'on', 'at', 'for', 'if', 'when',
  'while', 'after', 'before', 'since', 'as', 'last', 'despite', 'although', 'some', 'many', 'most', 'no', 'one', 'all',
]);
