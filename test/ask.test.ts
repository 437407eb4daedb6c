import { describe, expect, it } from 'vitest';
import { ask, askOrClosest, CLOSEST } from '../src/answer/ask.js';
import { analyzeQuestion } from '../src/answer/question.js';
import { passageAt, passageRef } from '../src/answer/passageRef.js';
import { rankQuestion, rankSentences } from '../src/answer/rankSentences.js';
import { createEngine, type Engine } from '../src/engine/engine.js';
import { loadIndex, storeIndex, type StoredIndex } from '../src/search/searchIndex.js';
import { bundledEngine, isVerbatim } from './helpers/bundled.js';
import { engineOfText } from './helpers/engine.js';

const engine = await bundledEngine();
const paragraphText = (doc: string, n: number): string => {
  const d = engine.catalog.byId.get(doc)!;
  const p = d.paragraphs[n - 1]!;
  return d.body.slice(p.start, p.end);
};

describe('ask', () => {
  it('finds the sentence that holds a number asked for', () => {
    const [top] = ask(engine, 'How many foreigners joined ISIS?');
    expect(top?.text).toMatch(/30,000 foreigners/);
    expect(top?.speaker?.name).toBe('The UN');
  });

  it('finds the sentence that holds a date asked for', () => {
    const results = ask(engine, 'When did ISIS claim responsibility for the massacre in Sri Lanka?');
    expect(results[0]?.text).toMatch(/^In April/);
    expect(results[0]?.speaker).toBeNull();
  });

  it('attributes a result that lies inside a quote to its speaker with role', () => {
    const results = ask(engine, 'Will the RCMP be able to arrest them?');
    const quoted = results.find((r) => r.paragraph === 12);
    expect(quoted?.speaker).toMatchObject({ name: 'Denis Michaud', role: 'RCMP Deputy Commissioner' });
  });

  it('returns at most five results, best first, each with its paragraph', () => {
    const results = ask(engine, 'ISIS threat attacks Western countries Canada fighters');
    expect(results.length).toBeGreaterThan(1);
    expect(results.length).toBeLessThanOrEqual(5);
    for (const [i, r] of results.entries()) {
      if (i > 0) expect(r.score).toBeLessThanOrEqual(results[i - 1]!.score);
      expect(paragraphText(r.doc, r.paragraph)).toContain(r.text);
    }
  });

  it.each([
    'What is the capital of France?',
    'Who won the Super Bowl?',
    'How tall is Mount Everest?',
    'What is the recipe for banana bread?',
    '',
    '   ',
    'the of and to',
    '???',
  ])('gives no result for a question the article does not answer: %j', (question) => {
    expect(ask(engine, question)).toEqual([]);
  });

  it('offers the passages that come closest to a question it does not answer, and none beside an answer', () => {
    const refused = askOrClosest(engine, 'Is the organisation still a menace?');
    expect(refused.results).toEqual([]);
    expect(refused.closest.length).toBeGreaterThan(0);
    expect(refused.closest.length).toBeLessThanOrEqual(CLOSEST);
    expect(refused.closest.some((r) => r.text.includes('still poses a real threat'))).toBe(true);
    for (const r of refused.closest) expect(isVerbatim(engine, r)).toBe(true);

    const answered = askOrClosest(engine, 'How many foreigners joined ISIS?');
    expect(answered.results).toEqual(ask(engine, 'How many foreigners joined ISIS?'));
    expect(answered.closest).toEqual([]);
    // Nothing the article says comes near: nothing to offer.
    expect(askOrClosest(engine, 'Who won the Super Bowl?')).toEqual({ results: [], closest: [] });
  });

  it('routes "who said …" questions to the quote finder', () => {
    const results = ask(engine, 'Who said that the threat must be taken seriously?');
    expect(results[0]?.paragraph).toBe(6);
    expect(results[0]?.speaker?.name).toBe('Jean-Charles Brisard');
  });

  it('is a pure function of engine and question', () => {
    const question = 'What did the UN report say about foreigners?';
    expect(ask(engine, question)).toEqual(ask(engine, question));
  });

  it('answers the same from an index restored from its JSON form', () => {
    const { head, terms } = JSON.parse(JSON.stringify(storeIndex(engine.index))) as StoredIndex;
    const restored = { ...engine, index: loadIndex(head, terms, engine.catalog) };
    expect(restored.index.sentenceFrequency).toEqual(engine.index.sentenceFrequency);
    for (const question of [
      'How many fighters returned to Canada?',
      'What did Brisard tell RTL?',
      'Is ISIS still active?',
    ]) {
      expect(ask(restored, question)).toEqual(ask(engine, question));
    }
  });

  it('answers from a rebuilt engine when the corpus changes', () => {
    const doc = engine.corpus.documents[0]!;
    const extra = { ...doc, id: 'added', file: 'added.md' };
    const grown = createEngine({ ...engine.corpus, documents: [doc, extra] });
    const docs = new Set(ask(grown, 'How many foreigners joined ISIS?').map((r) => r.doc));
    expect(docs).toEqual(new Set([doc.id, 'added']));
  });
});

/** An engine over one invented article. */
const engineOf = (text: string): Engine => engineOfText(text);

describe('ask on an invented article', () => {
  const harbour = engineOf(
    [
      'The town of Eastmere sings its harbour anthem at every launch.',
      '',
      'The music was composed by Walter Brisk in 1911, and his sister, Ada Brisk, wrote the first verses a year later.',
      '',
      '“The tide will always bring the boats home,” said Ruth Okafor, the mayor.',
      '',
      'The Seaview program trains young rowers, while the Northgate club repairs old boats. Keeper Hall holds the archive.',
      '',
      'By 1950 the harbour was ranked 3rd in the region. It handled 40% of the fish trade, and 12 ferries crossed the bay.',
    ].join('\n'),
  );

  it('answers "who wrote …" as a question when the words match no quote closely', () => {
    expect(ask(harbour, 'Who wrote the first verses of the harbour anthem?')[0]?.text).toMatch(
      /Ada Brisk, wrote the first verses/u,
    );
  });

  it('still finds the speaker of quoted or closely matching words', () => {
    expect(ask(harbour, 'Who said the tide will always bring the boats home?')[0]?.speaker?.name).toBe('Ruth Okafor');
    expect(ask(harbour, 'Who said "the boats"?')[0]?.speaker?.name).toBe('Ruth Okafor');
  });

  it('reads a sentence that opens with a pronoun with the sentence before it', () => {
    const cape = engineOf(
      [
        'The Keeper lighthouse stands on the north cape of Eastmere. It was painted red in 1931.',
        '',
        'The harbour office near the old lighthouse was painted in 1950.',
      ].join('\n'),
    );
    expect(ask(cape, 'When was the Keeper lighthouse painted?')[0]?.text).toBe(
      'The Keeper lighthouse stands on the north cape of Eastmere. It was painted red in 1931.',
    );
  });

  it('shows a sentence that opens with a pronoun after the sentence it refers to, as one passage', () => {
    const mill = engineOf('The Ostrava mill grinds oats for the valley. It burned down in 1874 and was rebuilt twice.');
    const [top] = ask(mill, 'When did the mill burn down?');
    expect(top?.text).toBe(
      'The Ostrava mill grinds oats for the valley. It burned down in 1874 and was rebuilt twice.',
    );
    expect(isVerbatim(mill, top!)).toBe(true);
  });

  it('shows the sentence beside the best one with it when the ranker finds it nearly as likely', () => {
    const dredging = [
      'The Marlow harbour was dredged in the spring of 1871.',
      'The work cost the town forty thousand pounds and took two summers.',
    ];
    const ferry = 'The ferry to Seaview left the harbour twice a day.';
    const harbourWorks = engineOf(`${dredging.join(' ')} ${ferry}`);
    const [top] = ask(harbourWorks, 'How much did dredging the Marlow harbour cost?');
    expect(top?.text).toBe(dredging.join(' '));
    expect(isVerbatim(harbourWorks, top!)).toBe(true);
    // The button that shows it again finds the same passage from its reference.
    expect(passageAt(harbourWorks, passageRef(harbourWorks, top!))?.text).toBe(top?.text);
    // The date is in the first sentence alone: the second, far less likely, is not shown with it.
    expect(ask(harbourWorks, 'When was the Marlow harbour dredged?')[0]?.text).toBe(dredging[0]);
    // Sentences of two paragraphs are never one passage.
    const apart = engineOf(dredging.join('\n\n'));
    expect(ask(apart, 'How much did dredging the Marlow harbour cost?').map((r) => r.text)).toEqual(dredging);
  });

  it('answers a question that misspells a name the article uses, not one that names what it never mentions', () => {
    const packet = engineOf(
      [
        'The packet boat Marigold carried mail from Eastmere to Seaview from 1871.',
        '',
        'A storm sank the Marigold in 1903.',
      ].join('\n'),
    );
    const decisionOf = (question: string) => rankQuestion(packet, analyzeQuestion(question)).decision;
    expect(ask(packet, 'When did the Marigould sink?')[0]?.text).toBe('A storm sank the Marigold in 1903.');
    expect(decisionOf('When did the Marigould sink?')).toMatchObject({ unknown: 0, missingName: 0 });
    expect(ask(packet, 'When did the Zanzibar sink?')).toEqual([]);
    expect(decisionOf('When did the Zanzibar sink?').missingName).toBe(1);
    // A common word the article never uses is not taken for a misspelling of one it does ("pocket" for "packet").
    expect(decisionOf('When did the pocket boat carry mail?').unknown).toBeGreaterThan(0);
  });

  it('answers a question in capitals, in title case, inside a request or citing the article as it answers it plainly', () => {
    const wreck = 'A storm wrecked the Marigold off Seaview in 1903. Its crew of nine were rescued by fishermen.';
    const packet = engineOf(['The packet boat Marigold carried mail from Eastmere to Seaview.', '', wreck].join('\n'));
    // The article never says "sailors"; "crew", a word of related meaning, stands in for it.
    const question = 'Who rescued the sailors of the Marigold?';
    expect(ask(packet, question)[0]?.text).toBe(wreck);
    for (const typed of [
      question.toUpperCase(),
      'Who Rescued The Sailors Of The Marigold?',
      'Can you tell me who rescued the sailors of the Marigold?',
      'According to the article, who rescued the sailors of the Marigold?',
    ]) {
      expect(ask(packet, typed).map((r) => r.text)).toEqual(ask(packet, question).map((r) => r.text));
    }
  });

  it('keeps a sentence alone when the one before is in another paragraph or in other words than its own', () => {
    const split = engineOf(
      'The Ostrava mill grinds oats for the valley.\n\nIt burned down in 1874 and was rebuilt twice.',
    );
    expect(ask(split, 'When did the mill burn down?')[0]?.text).toBe('It burned down in 1874 and was rebuilt twice.');
    const quoted = engineOf(
      'The council met on Monday about the ferry. “It will sail again in June, once its new engines are fitted,” said Lena Ortiz.',
    );
    const [top] = ask(quoted, 'When will the ferry sail again?');
    expect(top?.text).toBe('“It will sail again in June, once its new engines are fitted,” said Lena Ortiz.');
    expect(top?.speaker?.name).toBe('Lena Ortiz');
  });

  it('does not show a sentence again once a passage before it holds it', () => {
    const mill = engineOf(
      'The Ostrava mill grinds oats for the valley mill trade. It burned down in 1874, the mill records say.',
    );
    const results = ask(mill, 'What does the Ostrava mill grind, and when did the mill burn down?');
    const spans = results.map((r) => [r.start, r.end] as const);
    for (const [i, [start, end]] of spans.entries()) {
      for (const [other, otherEnd] of spans.slice(0, i)) expect(start >= otherEnd || end <= other).toBe(true);
    }
    expect(results[0]?.text).toMatch(/^The Ostrava mill .* the mill records say\.$/u);
  });

  it('prefers the name that carries the head noun of the question', () => {
    expect(ask(harbour, 'Which hall holds the archive?')[0]?.text).toMatch(/Keeper Hall/u);
  });

  it('answers "how many" with a count rather than a rank or a share', () => {
    expect(ask(harbour, 'How many ferries crossed the bay?')[0]?.text).toMatch(/12 ferries/u);
  });

  it('reads a word the article uses as meant, and a word it never uses as a possible misspelling', () => {
    const inn = engineOf('The baker sold bread at dawn.\n\nThe barker called the crowd into the tent.');
    const considered = (question: string): string[] => rankSentences(inn, analyzeQuestion(question)).map((c) => c.text);
    expect(considered('Who is the baker?')).toEqual(['The baker sold bread at dawn.']);
    expect(considered('Who is the barkker?')).toEqual(['The barker called the crowd into the tent.']);
  });
});

describe('every result is an exact slice of its article', () => {
  const words = [...new Set(engine.corpus.documents.flatMap((d) => d.body.match(/\p{L}[\p{L}'’-]*/gu) ?? []))];
  const misspell = (w: string): string => (w.length > 4 ? w.slice(0, 2) + w.slice(3) : w);
  // Questions made from the article's own words, windows of them, misspellings, and question frames.
  const questions: string[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const window = words.slice(i, i + 1 + (i % 5));
    questions.push(
      window.join(' '),
      `What about ${window.map(misspell).join(' ')}?`,
      `Who ${window.join(' ')}?`,
      `How many ${window[0]}?`,
    );
  }

  it(`holds over ${questions.length} generated questions`, () => {
    let results = 0;
    for (const question of questions) {
      for (const r of ask(engine, question)) {
        results += 1;
        expect(isVerbatim(engine, r), `${question} → ${r.text}`).toBe(true);
        if (r.speaker?.mention) {
          const body = engine.catalog.byId.get(r.doc)!.body;
          expect(body.slice(r.speaker.mention.start, r.speaker.mention.end).trim()).not.toBe('');
        }
      }
    }
    expect(results).toBeGreaterThan(questions.length);
  });
});
