import { blockQuote, escapeMarkdown, truncateVerbatim } from './markdown.js';

/** A verbatim passage and the fixed-label line under it. */
export interface QuotedSection {
  /** Exact article text; shown as a block quote, shortened only to a verbatim prefix. */
  quote: string;
  /** Already-escaped attribution line ("— **Name**, role · *Title* ¶3"). */
  caption: string;
}

const quoted = (text: string): string => blockQuote(escapeMarkdown(text));

/**
 * Lays out a header, quoted sections and a footer within `limit` characters. When the
 * quotes do not all fit, the shortest keep their full text and the longest share what
 * is left, each cut to a verbatim prefix with an ellipsis.
 */
export function layoutSections(
  header: string,
  sections: readonly QuotedSection[],
  footer: string,
  limit: number,
): string {
  const join = (parts: string[]): string => parts.filter((p) => p.length > 0).join('\n\n');
  const captions = sections.map((s) => s.caption);
  const fixed = join([header, ...captions.map((c) => `x\n${c}`), footer]).length - sections.length;
  let budget = limit - fixed;
  const whole = sections.map((s) => quoted(s.quote));
  const needs = whole.map((q) => q.length);
  const order = needs.map((need, i) => ({ need, i })).sort((a, b) => a.need - b.need);
  const allowed: number[] = new Array<number>(sections.length).fill(0);
  order.forEach(({ need, i }, k) => {
    const share = Math.floor(budget / (order.length - k));
    const given = Math.min(need, Math.max(share, 0));
    allowed[i] = given;
    budget -= given;
  });
  const parts = sections.map((s, i) => {
    if (allowed[i] === needs[i]) return `${whole[i]}\n${s.caption}`;
    const text = truncateVerbatim(s.quote, allowed[i]!, quoted);
    return text.length > 0 ? `${quoted(text)}\n${s.caption}` : s.caption;
  });
  return join([header, ...parts, footer]);
}

/** Cuts already-escaped text to `limit` characters without splitting an escape or a surrogate pair. */
export function clampEscaped(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let cut = limit - 1;
  while (cut > 0 && (text[cut - 1] === '\\' || isHighSurrogate(text.charCodeAt(cut - 1)))) cut--;
  return `${text.slice(0, cut)}…`;
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
