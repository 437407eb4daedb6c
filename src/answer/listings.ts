import { foldWord, tokenizeText } from '../search/analyzer.js';
import type { Quote } from '../quotes/types.js';
import type { Engine } from '../engine/engine.js';

/** A speaker quoted in the corpus, with how often. */
export interface SpeakerSummary {
  name: string;
  /** The first role the corpus gives this speaker, if any. */
  role: string | null;
  /** Number of quotes (direct, partial and reported) attributed to the speaker. */
  count: number;
  /** Ids of the documents that quote the speaker. */
  docs: string[];
}

/** One article of the corpus, as `/article` describes it. */
export interface ArticleSummary {
  id: string;
  title: string;
  source: string | null;
  date: string | null;
  url: string | null;
  byline: string | null;
  paragraphs: number;
}

const nameWords = (name: string): string[] => tokenizeText(name).map(foldWord);

/**
 * Whether a speaker's name answers to what someone typed: every typed word is a word of
 * the name, so "Roe" and "jane roe" both find "Jane Roe".
 */
export function speakerMatches(name: string, typed: string): boolean {
  const want = nameWords(typed);
  if (want.length === 0) return false;
  const have = new Set(nameWords(name));
  return want.every((w) => have.has(w));
}

/** Every quote in corpus order, or only those of the speakers whose name matches `speaker`. */
export function listQuotes(engine: Engine, speaker?: string): Quote[] {
  const all = engine.catalog.quotes;
  if (speaker === undefined) return all;
  return all.filter((q) => q.speaker !== null && speakerMatches(q.speaker.name, speaker));
}

/** Speakers by number of quotes (most first), then by name. */
export function listSpeakers(engine: Engine): SpeakerSummary[] {
  const byName = new Map<string, SpeakerSummary>();
  for (const q of engine.catalog.quotes) {
    if (!q.speaker) continue;
    const key = nameWords(q.speaker.name).join(' ');
    let summary = byName.get(key);
    if (!summary) {
      summary = { name: q.speaker.name, role: null, count: 0, docs: [] };
      byName.set(key, summary);
    }
    summary.count++;
    summary.role ??= q.speaker.role;
    if (!summary.docs.includes(q.doc)) summary.docs.push(q.doc);
  }
  return [...byName.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

export function describeArticles(engine: Engine): ArticleSummary[] {
  return engine.corpus.documents.map((doc) => ({
    id: doc.id,
    ...doc.meta,
    paragraphs: doc.paragraphs.length,
  }));
}
