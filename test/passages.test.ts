import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../src/corpus/types.js';
import {
  CLOSING_ABBREVIATIONS,
  CONTINUING_ABBREVIATIONS,
  SENTENCE_STARTERS,
  TITLE_ABBREVIATIONS,
} from '../src/passages/abbreviations.js';
import { paragraphAt, splitParagraphs } from '../src/passages/splitParagraphs.js';
import { splitPassages } from '../src/passages/splitPassages.js';
import { splitSentences } from '../src/passages/splitSentences.js';

/** The text of every paragraph, as `body.slice(start, end)`. */
const paragraphTexts = (body: string): string[] => splitParagraphs(body).map((p) => body.slice(p.start, p.end));

/** The text of every sentence, as `body.slice(start, end)`. */
const sentenceTexts = (body: string): string[] => splitPassages(body).sentences.map((s) => body.slice(s.start, s.end));

/** Sentences of a one-paragraph body, checking first that it is one paragraph. */
const sentencesOf = (body: string): string[] => {
  const paragraphs = splitParagraphs(body);
  expect(paragraphs).toHaveLength(1);
  return splitSentences(body, paragraphs[0]!).map((s) => body.slice(s.start, s.end));
};

describe('splitParagraphs', () => {
  it('separates paragraphs at blank lines and numbers them from 1', () => {
    const body = 'The ferry sailed at dawn.\n\nThe harbour was quiet.\n\n\n\nGulls circled overhead.\n';
    const paragraphs = splitParagraphs(body);
    expect(paragraphTexts(body)).toEqual([
      'The ferry sailed at dawn.',
      'The harbour was quiet.',
      'Gulls circled overhead.',
    ]);
    expect(paragraphs.map((p) => p.number)).toEqual([1, 2, 3]);
  });

  it('keeps lines joined by a single line break in one paragraph', () => {
    const body = 'The mayor spoke first\nand the crowd listened.\nThen it rained.\n\nNext day.';
    expect(paragraphTexts(body)).toEqual([
      'The mayor spoke first\nand the crowd listened.\nThen it rained.',
      'Next day.',
    ]);
  });

  it('treats lines holding only spaces, tabs or non-breaking spaces as blank', () => {
    const body = 'One.\n   \nTwo.\n\u00a0\nThree.\n\t \u00a0 \nFour.';
    expect(paragraphTexts(body)).toEqual(['One.', 'Two.', 'Three.', 'Four.']);
  });

  it('handles CRLF line ends, including blank lines of spaces before the CR', () => {
    const body = 'First line.\r\nStill first.\r\n\r\nSecond.\r\n  \r\nThird.\r\n';
    expect(paragraphTexts(body)).toEqual(['First line.\r\nStill first.', 'Second.', 'Third.']);
  });

  it('trims surrounding whitespace, non-breaking spaces included, from each paragraph', () => {
    const body = '\n\n   Indented start.  \u00a0\n\n\u00a0\u00a0Padded both sides.\u00a0\t\n\n  ';
    const paragraphs = splitParagraphs(body);
    expect(paragraphTexts(body)).toEqual(['Indented start.', 'Padded both sides.']);
    expect(paragraphs[0]).toEqual({ start: 5, end: 20, number: 1 });
  });

  it('finds no paragraphs in an empty or all-blank body', () => {
    expect(splitParagraphs('')).toEqual([]);
    expect(splitParagraphs('\n \n\u00a0\r\n\t\n')).toEqual([]);
  });
});

describe('paragraphAt', () => {
  const body = 'Alpha one.\n\nBeta two.\n\nGamma three.';
  const paragraphs = splitParagraphs(body);

  it('returns the paragraph holding an offset, from its first to its last character', () => {
    const beta = body.indexOf('Beta');
    expect(paragraphAt(paragraphs, beta)?.number).toBe(2);
    expect(paragraphAt(paragraphs, beta + 'Beta two.'.length - 1)?.number).toBe(2);
    expect(paragraphAt(paragraphs, 0)?.number).toBe(1);
    expect(paragraphAt(paragraphs, body.length - 1)?.number).toBe(3);
  });

  it('returns null between paragraphs, at a paragraph’s (exclusive) end, and past the body', () => {
    expect(paragraphAt(paragraphs, 'Alpha one.'.length)).toBeNull();
    expect(paragraphAt(paragraphs, 'Alpha one.'.length + 1)).toBeNull();
    expect(paragraphAt(paragraphs, body.length)).toBeNull();
    expect(paragraphAt(paragraphs, -1)).toBeNull();
    expect(paragraphAt([], 0)).toBeNull();
  });

  it('agrees with a linear search at every offset of a many-paragraph body', () => {
    const long = Array.from({ length: 9 }, (_, i) => `Paragraph ${i + 1} says hello.`).join('\n \n');
    const all = splitParagraphs(long);
    expect(all).toHaveLength(9);
    for (let offset = -1; offset <= long.length; offset += 1) {
      const expected = all.find((p) => offset >= p.start && offset < p.end) ?? null;
      expect(paragraphAt(all, offset)).toBe(expected);
    }
  });
});

describe('splitSentences', () => {
  it.each<[string, string, string[]]>([
    [
      'splits at periods, question and exclamation marks',
      'The rain stopped. Did the match go ahead? It did! Fans cheered.',
      ['The rain stopped.', 'Did the match go ahead?', 'It did!', 'Fans cheered.'],
    ],
    [
      'keeps titles such as Dr. and Mr. with the name that follows',
      'Dr. Patel met Mr. Okafor at noon. They talked.',
      ['Dr. Patel met Mr. Okafor at noon.', 'They talked.'],
    ],
    [
      'keeps a month abbreviation with its day number',
      'The vote is on Jan. 5 this year. Turnout may be low.',
      ['The vote is on Jan. 5 this year.', 'Turnout may be low.'],
    ],
    [
      'keeps St. Louis together',
      'She flew to St. Louis on Friday. Her bags did not.',
      ['She flew to St. Louis on Friday.', 'Her bags did not.'],
    ],
    [
      'keeps a dotted acronym inside a sentence',
      'The U.S. Navy sent two ships. Both arrived late.',
      ['The U.S. Navy sent two ships.', 'Both arrived late.'],
    ],
    [
      'ends a sentence at a dotted acronym when the next word starts one',
      'Her parents moved to the U.S. The family settled in Ohio.',
      ['Her parents moved to the U.S.', 'The family settled in Ohio.'],
    ],
    [
      'ends a sentence at a lowercase dotted acronym before a sentence starter',
      'The doors opened at 9 a.m. The queue had formed hours earlier.',
      ['The doors opened at 9 a.m.', 'The queue had formed hours earlier.'],
    ],
    [
      'keeps initials with the surname',
      'J. R. Smith wrote the report. George W. Bush read it.',
      ['J. R. Smith wrote the report.', 'George W. Bush read it.'],
    ],
    [
      'never splits a decimal number',
      'Prices rose 3.5 per cent in May. Wages rose 2.25 per cent.',
      ['Prices rose 3.5 per cent in May.', 'Wages rose 2.25 per cent.'],
    ],
    [
      'ends after a curly closing quote that follows the period',
      'He said he was leaving.” Then he walked out.',
      ['He said he was leaving.”', 'Then he walked out.'],
    ],
    [
      'ends after a straight closing quote that follows the period',
      'She called it "a disgrace." Then she hung up.',
      ['She called it "a disgrace."', 'Then she hung up.'],
    ],
    [
      'starts a sentence at an opening curly quote',
      'The crowd fell silent. “We will rebuild,” the mayor said.',
      ['The crowd fell silent.', '“We will rebuild,” the mayor said.'],
    ],
    [
      'ends after a closing bracket that follows the period',
      'The figures are disputed (see below.) Next year may differ.',
      ['The figures are disputed (see below.)', 'Next year may differ.'],
    ],
    [
      'starts a sentence at an opening bracket',
      'The plan failed. (Nobody was surprised.) Work resumed.',
      ['The plan failed.', '(Nobody was surprised.)', 'Work resumed.'],
    ],
    [
      'keeps a quoted question with the lowercase words that continue it',
      '“Why?” she asked. “Now!” he shouted back.',
      ['“Why?” she asked.', '“Now!” he shouted back.'],
    ],
    [
      'keeps a straight-quoted question with its lowercase continuation',
      '"Is it safe?" asked the pilot. Nobody answered.',
      ['"Is it safe?" asked the pilot.', 'Nobody answered.'],
    ],
    [
      'ends at an ellipsis before a capital and not before a lowercase word',
      'He paused… Then he spoke. She waited... and waited. It was over... The end.',
      ['He paused…', 'Then he spoke.', 'She waited... and waited.', 'It was over...', 'The end.'],
    ],
    [
      'ends at a company abbreviation only before a sentence starter',
      'She works for Acme Ltd. The firm is small. Acme Ltd. Employees agree.',
      ['She works for Acme Ltd.', 'The firm is small.', 'Acme Ltd. Employees agree.'],
    ],
    [
      'keeps No. before a number but ends a month abbreviation before a sentence starter',
      'Ticket No. 42 won. The draw was in Feb. The prize went unclaimed.',
      ['Ticket No. 42 won.', 'The draw was in Feb.', 'The prize went unclaimed.'],
    ],
    [
      'does not split before a lowercase word or a mid-sentence period',
      'Version 2.0 is out. see the notes. It works.',
      ['Version 2.0 is out. see the notes.', 'It works.'],
    ],
    [
      'splits at a line break inside a paragraph',
      'The first line ends here.\nThe second line follows.',
      ['The first line ends here.', 'The second line follows.'],
    ],
    [
      'splits after a period followed by a non-breaking space',
      'The siren sounded.\u00a0Everyone left.',
      ['The siren sounded.', 'Everyone left.'],
    ],
    [
      'keeps an abbreviation joined to its name by a non-breaking space',
      'Mr.\u00a0Hale resigned. Dr.\u00a0Ito replaced him.',
      ['Mr.\u00a0Hale resigned.', 'Dr.\u00a0Ito replaced him.'],
    ],
    [
      'keeps a paragraph without terminal punctuation whole',
      'A headline with no full stop',
      ['A headline with no full stop'],
    ],
  ])('%s', (_name, body, expected) => {
    expect(sentencesOf(body)).toEqual(expected);
  });

  it('gives offsets into the whole body and the number of the paragraph', () => {
    const body = 'Intro line.\n\nMr. Lee arrived. He sat down.\n';
    const second = splitParagraphs(body)[1]!;
    const sentences = splitSentences(body, second);
    expect(sentences).toEqual([
      { start: 13, end: 29, paragraph: 2 },
      { start: 30, end: 42, paragraph: 2 },
    ]);
    expect(sentences.map((s) => body.slice(s.start, s.end))).toEqual(['Mr. Lee arrived.', 'He sat down.']);
  });

  it('splitPassages returns every paragraph’s sentences in document order', () => {
    const body = 'Dr. Ruiz spoke. She was brief.\r\n\r\n“Really?” he asked. Yes.\n\u00a0\nThe end.';
    const { paragraphs, sentences } = splitPassages(body);
    expect(paragraphs).toHaveLength(3);
    expect(sentenceTexts(body)).toEqual([
      'Dr. Ruiz spoke.',
      'She was brief.',
      '“Really?” he asked.',
      'Yes.',
      'The end.',
    ]);
    expect(sentences.map((s) => s.paragraph)).toEqual([1, 1, 2, 2, 3]);
  });
});

describe('abbreviation lists', () => {
  it('hold bare lowercase words, the form splitSentences compares against', () => {
    for (const set of [TITLE_ABBREVIATIONS, CONTINUING_ABBREVIATIONS, CLOSING_ABBREVIATIONS, SENTENCE_STARTERS]) {
      for (const word of set) expect(word).toMatch(/^[a-z]+$/);
    }
  });

  it('do not list a title as a word that may close a sentence', () => {
    for (const word of TITLE_ABBREVIATIONS) expect(CLOSING_ABBREVIATIONS.has(word)).toBe(false);
  });
});

/** Checks the span invariants every body must satisfy. */
function expectWellFormed(body: string): void {
  const { paragraphs, sentences } = splitPassages(body);
  let previousEnd = 0;
  paragraphs.forEach((p: Paragraph, i) => {
    expect(p.number).toBe(i + 1);
    expect(p.start).toBeGreaterThanOrEqual(previousEnd);
    expect(p.end).toBeGreaterThan(p.start);
    const text = body.slice(p.start, p.end);
    expect(text).toBe(text.trim());
    // Paragraphs after the first are separated from the one before by a blank line.
    if (i > 0) expect(body.slice(previousEnd, p.start)).toMatch(/\n[^\S\n]*\n/);
    previousEnd = p.end;
  });
  let sentenceEnd = 0;
  for (const s of sentences) {
    const paragraph = paragraphs[s.paragraph - 1];
    expect(paragraph).toBeDefined();
    expect(s.start).toBeGreaterThanOrEqual(paragraph!.start);
    expect(s.end).toBeLessThanOrEqual(paragraph!.end);
    expect(s.start).toBeGreaterThanOrEqual(sentenceEnd);
    expect(s.end).toBeGreaterThan(s.start);
    const text = body.slice(s.start, s.end);
    expect(text).toBe(text.trim());
    sentenceEnd = s.end;
  }
  // Every non-blank character of the body belongs to exactly one sentence.
  const covered = sentences.reduce((n, s) => n + body.slice(s.start, s.end).replace(/\s/g, '').length, 0);
  expect(covered).toBe(body.replace(/\s/g, '').length);
}

describe('passage spans', () => {
  it.each([
    'Dr. Lin left the U.S. The rest stayed.\n\n“Go!” she said. He went… Slowly.',
    '  \u00a0Leading space.  \r\n\r\n\tTabbed. Text (see p. 4.) More.\r\n \r\n',
    'One\ntwo\nthree.\n\n\n\n\u00a0\nJ. K. Lee paid $3.50 on Jan. 5. Inc. Co. The end...',
    '"Why?" "Because." Fine.\n\nSt. Mary’s Rd. is closed. No. 9 is open.',
    '...\n\n?!\n\n.”\n\nA. B. C.',
  ])('keeps sentences inside paragraphs, in order, trimmed and covering all text: %j', (body) => {
    expectWellFormed(body);
  });

  it('holds for generated bodies of words, abbreviations, punctuation and whitespace', () => {
    const piece = fc.constantFrom(
      'The',
      'she',
      'U.S.',
      'Dr.',
      'Mr.',
      'Jan.',
      '5',
      '3.5',
      'J.',
      'Ltd.',
      'a.m.',
      'word',
      'Word',
      '.',
      '?',
      '!',
      '…',
      '...',
      '”',
      '“',
      '"',
      "'",
      '(',
      ')',
      ' ',
      ' ',
      ' ',
      '\u00a0',
      '\t',
      '\n',
      '\n\n',
      '\r\n',
      '\n \n',
      '\n\u00a0\n',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        expectWellFormed(pieces.join(''));
      }),
      { seed: 20261125, numRuns: 500 },
    );
  });
});
