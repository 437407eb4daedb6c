import { DISCORD_LIMITS } from '../render/limits.js';

/** Words of a passage at each end of a text fragment; a passage this short or shorter is given whole. */
const EDGE_WORDS = 4;

/**
 * Percent-encodes a text fragment's term: beyond what `encodeURIComponent` encodes, "-"
 * (which marks a prefix or suffix in a text directive) must be encoded too.
 */
const encodeTerm = (text: string): string => encodeURIComponent(text).replace(/-/gu, '%2D');

/**
 * A link to an article's web page that takes a browser to the passage: the url with a
 * text fragment (`#:~:text=start,end`, https://wicg.github.io/scroll-to-text-fragment/)
 * made of the passage's first and last words, without the quotation marks around it.
 * Null without a url, or when the link would be longer than a button allows.
 */
export function readInContextUrl(url: string | null, passage: string): string | null {
  if (!url || !/^https?:\/\//iu.test(url)) return null;
  const words = passage
    .trim()
    .split(/\s+/u)
    .map((w, i) => (i === 0 ? w.replace(/^[^\p{L}\p{N}]+/u, '') : w))
    .map((w, i, all) => (i === all.length - 1 ? w.replace(/[^\p{L}\p{N}]+$/u, '') : w))
    .filter((w) => w.length > 0);
  if (words.length === 0) return null;
  const base = url.split('#', 1)[0]!;
  for (let edge = EDGE_WORDS; edge >= 1; edge -= 1) {
    const terms =
      words.length <= edge * 2 ? [words.join(' ')] : [words.slice(0, edge).join(' '), words.slice(-edge).join(' ')];
    const link = `${base}#:~:text=${terms.map(encodeTerm).join(',')}`;
    if (link.length <= DISCORD_LIMITS.buttonUrl) return link;
  }
  return null;
}
