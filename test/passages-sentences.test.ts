import { describe, expect, it } from 'vitest';
import {
  CLOSING_ABBREVIATIONS,
  CONTINUING_ABBREVIATIONS,
  SENTENCE_STARTERS,
  BEFORE_NAME_ABBREVIATIONS,
} from '../src/passages/abbreviations.js';
import { splitParagraphs } from '../src/passages/splitParagraphs.js';
import { splitPassages } from '../src/passages/splitPassages.js';
import { splitSentences } from '../src/passages/splitSentences.js';

/** The text of every sentence, as `body.slice(start, end)`. */
const sentenceTexts = (body: string): string[] => splitPassages(body).sentences.map((s) => body.slice(s.start, s.end));

/** Sentences of a one-paragraph body, checking first that it is one paragraph. */
const sentencesOf = (body: string): string[] => {
  const paragraphs = splitParagraphs(body);
  expect(paragraphs).toHaveLength(1);
  return splitSentences(body, paragraphs[0]!).map((s) => body.slice(s.start, s.end));
};

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
      'keeps a plural title with the names that follow it',
      'The bill was backed by Sens. Hale and Ortiz, and by Drs. Lund and Brisk. It passed.',
      ['The bill was backed by Sens. Hale and Ortiz, and by Drs. Lund and Brisk.', 'It passed.'],
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
    for (const set of [BEFORE_NAME_ABBREVIATIONS, CONTINUING_ABBREVIATIONS, CLOSING_ABBREVIATIONS, SENTENCE_STARTERS]) {
      for (const word of set) expect(word).toMatch(/^[a-z]+$/);
    }
  });

  it('do not list a title as a word that may close a sentence', () => {
    for (const word of BEFORE_NAME_ABBREVIATIONS) expect(CLOSING_ABBREVIATIONS.has(word)).toBe(false);
  });
});
