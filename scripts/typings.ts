/**
 * Ways people type a question other than as the evaluation sets word it, each rewriting a
 * question's text; `npm run eval`'s `typed` set asks every /ask set so typed.
 */
export const TYPINGS: Record<string, (text: string) => string> = {
  'in capitals': (text) => text.toUpperCase(),
  'inside a request': (text) => `Can you tell me ${text.charAt(0).toLowerCase()}${text.slice(1)}`,
  'citing the article': (text) => `According to the article, ${text.charAt(0).toLowerCase()}${text.slice(1)}`,
  'with a typo': withTypo,
};

const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** The key to the right of a letter on an English keyboard (to the left at a row's end). */
function keyBeside(letter: string): string {
  const row = KEYBOARD_ROWS.find((r) => r.includes(letter));
  if (row === undefined) return letter;
  const at = row.indexOf(letter);
  return row[at + 1] ?? row[at - 1]!;
}

/** A fixed number of a text (FNV-1a), so that each question gets the same typo on every run. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/**
 * The text with one slip of the keyboard in its longest word, inside the word (never its
 * first or last letter), of one of four kinds in turn: two letters swapped, one dropped,
 * one doubled, one replaced by the key beside it. Words under four letters are left alone.
 */
export function withTypo(text: string): string {
  const words = [...text.matchAll(/\p{L}+/gu)];
  const longest = words.reduce<RegExpMatchArray | null>((a, b) => (a && a[0].length >= b[0].length ? a : b), null);
  if (!longest || longest[0].length < 4) return text;
  const word = longest[0];
  const hash = hashOf(text);
  const i = 1 + (hash % (word.length - 2));
  const [head, letter, next, tail] = [word.slice(0, i), word[i]!, word[i + 1] ?? '', word.slice(i + 2)];
  const typed = [
    `${head}${next}${letter}${tail}`,
    `${head}${next}${tail}`,
    `${head}${letter}${letter}${next}${tail}`,
    `${head}${keyBeside(letter.toLowerCase())}${next}${tail}`,
  ][(hash >>> 8) % 4]!;
  return text.slice(0, longest.index) + typed + text.slice(longest.index! + word.length);
}
