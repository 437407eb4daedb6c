import { describe, expect, it } from 'vitest';
import { createEngine } from '../src/engine/engine.js';
import { passageAt, passageRef } from '../src/answer/passageRef.js';
import { suggestQuotes } from '../src/answer/suggest.js';
import { quoteAt, sentenceRunAt, type SentenceEntry } from '../src/search/catalog.js';
import { documentOf } from './helpers/document.js';

const BODIES = [
  '“The pier will reopen in May,” said Hana Ruiz, the harbour master.\n\nRepairs began in winter. “We found rot in every pile,” Ruiz said.',
  'The library kept its doors open during the storm.\n\n“Nobody was turned away,” librarian Ode Brandt said. Brandt added that “the roof held”.',
  'The market moved indoors. “Stalls doubled in a year,” said Pia Lund, who runs it.',
  'The ferry Aurora was built in Tromsø. It carried mail along the coast for forty years. “She never missed a week,” said Ivar Holm.',
];
const engine = createEngine({
  dir: '.',
  documents: BODIES.map((body, i) => documentOf(body, `story-${i}`)),
  issues: [],
});
const { catalog } = engine;

describe('catalog lookups', () => {
  it('finds every quote and sentence of every document at its own position', () => {
    expect(catalog.quotes.length).toBeGreaterThanOrEqual(5);
    catalog.quotes.forEach((q, i) => expect(quoteAt(catalog, q.doc, q.start, q.end)).toBe(i));
    catalog.sentences.forEach((s, i) =>
      expect(sentenceRunAt(catalog, s.doc.id, s.start, s.end)).toEqual({ first: i, end: i + 1 }),
    );
  });

  it('finds nothing for a span that is not one, or a document that is not in the corpus', () => {
    const quote = catalog.quotes[1]!;
    const sentence = catalog.sentences[2]!;
    expect(quoteAt(catalog, quote.doc, quote.start, quote.end - 1)).toBe(-1);
    expect(quoteAt(catalog, quote.doc, quote.start + 1, quote.end)).toBe(-1);
    expect(sentenceRunAt(catalog, sentence.doc.id, sentence.start, sentence.end + 1)).toBeNull();
    expect(quoteAt(catalog, 'story-9', quote.start, quote.end)).toBe(-1);
    // The same offsets in another document are another passage.
    const other = catalog.documents.find((d) => d.id !== sentence.doc.id)!.id;
    expect(sentenceRunAt(catalog, other, sentence.start, sentence.end)).toBeNull();
  });

  it('gives each passage a reference that leads back to it, with its speaker', () => {
    for (const q of catalog.quotes) {
      expect(passageAt(engine, passageRef(engine, q))).toMatchObject({
        doc: q.doc,
        start: q.start,
        end: q.end,
        speaker: q.speaker,
      });
    }
    for (const s of catalog.sentences) {
      expect(passageAt(engine, passageRef(engine, { doc: s.doc.id, start: s.start, end: s.end }))).toMatchObject({
        doc: s.doc.id,
        start: s.start,
        end: s.end,
      });
    }
  });

  it('finds consecutive sentences of one paragraph as one run, and none across a paragraph break', () => {
    const [opening, first, second] = [catalog.sentences[0]!, catalog.sentences[1]!, catalog.sentences[2]!];
    expect(first.paragraphId).toBe(second.paragraphId);
    expect(sentenceRunAt(catalog, first.doc.id, first.start, second.end)).toEqual({ first: 1, end: 3 });
    expect(opening.doc).toBe(first.doc);
    expect(opening.paragraphId).not.toBe(first.paragraphId);
    expect(sentenceRunAt(catalog, first.doc.id, opening.start, first.end)).toBeNull();
    expect(sentenceRunAt(catalog, first.doc.id, first.start, second.end - 1)).toBeNull();
  });

  it('leads a reference to two sentences back to them only when /ask may show them as one passage', () => {
    const ferry = catalog.sentences.filter((s) => s.doc.id === 'story-3');
    expect(ferry).toHaveLength(3);
    const [built, carried, quoted] = ferry as [SentenceEntry, SentenceEntry, SentenceEntry];
    const at = (from: SentenceEntry, to: SentenceEntry) =>
      passageAt(engine, passageRef(engine, { doc: 'story-3', start: from.start, end: to.end }));
    // /ask shows "It carried mail …" after the sentence naming the ferry: that pair is one passage.
    expect(at(built, carried)).toMatchObject({ start: built.start, end: carried.end, speaker: null });
    expect(at(built, carried)?.text).toBe(built.doc.body.slice(built.start, carried.end));
    // A quotation after narration is never joined to it, so no passage credits both to its speaker.
    expect(at(carried, quoted)).toBeNull();
    expect(at(built, quoted)).toMatchObject({ speaker: null, text: built.doc.body });
  });

  it('suggests the catalog quote a typed fragment finds, in whichever document it is', () => {
    const [suggested] = suggestQuotes(engine, 'stalls doubled', 5);
    expect(suggested).toBe(catalog.quotes.find((q) => q.text.includes('Stalls doubled')));
    expect(suggested?.speaker?.name).toBe('Pia Lund');
  });
});

describe('which quote a sentence is credited to', () => {
  const body =
    '“Fine,” said Ada Brisk, the harbour master of Seaview, after the council had argued for most of the evening.\n\n' +
    'Ada Brisk, the harbour master of Seaview, called the plan “fine” and left the council meeting before the vote.\n\n' +
    '“The pier will reopen in May, and the ferry will run again by June,” she said.';
  const sentences = createEngine({ dir: '.', documents: [documentOf(body, 'harbour')], issues: [] }).catalog.sentences;
  const creditOf = (i: number) => sentences[i]!.quote?.speaker?.name ?? null;

  it('credits a sentence that opens with a short quote and goes on to name its speaker to that speaker', () => {
    expect(sentences).toHaveLength(3);
    const [opening] = sentences;
    expect(opening!.quote!.end - opening!.quote!.start).toBeLessThan((opening!.end - opening!.start) / 2);
    expect(creditOf(0)).toBe('Ada Brisk');
  });

  it('leaves a sentence that starts with narration to the article, whatever it quotes', () => {
    expect(sentences[1]!.quotes).toHaveLength(1);
    expect(creditOf(1)).toBeNull();
  });

  it('credits a sentence the quote covers most of, as before', () => {
    expect(creditOf(2)).toBe('Ada Brisk');
  });
});
