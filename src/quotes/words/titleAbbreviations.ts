import { HONORIFICS, TITLES } from './lexicon.js';
import type { Token } from './tokens.js';

const ABBREVIATED = [...TITLES, ...HONORIFICS].filter((t) => t.endsWith('.')).map((t) => t.slice(0, -1));
/**
 * The lexicon's abbreviated titles ("rev.", "adm."), which wink may split from their period;
 * not the plural of another ("sens."), which is no one person's title.
 */
const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  ABBREVIATED.filter((t) => !(t.endsWith('s') && ABBREVIATED.includes(t.slice(0, -1)))),
);

/**
 * wink keeps some abbreviated titles whole ("Sen.", "Dr.") and splits others from their
 * period ("Rev" "."), which would end the speaker's name at the title: "said the Rev. Ada
 * Brisk" must name Ada Brisk, as "said Sen. Ada Brisk" does.
 */
export function joinTitleAbbreviations(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const dot = tokens[i + 1];
    if (dot?.text === '.' && dot.start === t.end && /^\p{Lu}/u.test(t.text) && TITLE_ABBREVIATIONS.has(t.lower)) {
      out.push({ ...t, end: dot.end, text: `${t.text}.`, lower: `${t.lower}.`, lemma: `${t.lower}.` });
      i++;
    } else out.push(t);
  }
  return out;
}
