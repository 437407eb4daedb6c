import { unescapeMarkdown } from '../../src/render/markdown.js';
import { ELLIPSIS } from '../../src/render/limits.js';

/**
 * The article text a reply shows: each block-quoted line as a reader sees it (escapes
 * dropped), with a trailing ellipsis label removed.
 */
export function quotedLines(content: string): string[] {
  return content
    .split('\n')
    .filter((line) => line.startsWith('> '))
    .map((line) => unescapeMarkdown(line.slice(2)))
    .map((line) => (line.endsWith(ELLIPSIS) ? line.slice(0, -ELLIPSIS.length) : line));
}
