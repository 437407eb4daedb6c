import { describe, expect, it } from 'vitest';
import { speakersIn } from './helpers/document.js';

const QUOTE = '“The ferry will run all winter,” ';
const speaker = (body: string) => speakersIn(body).at(-1);

describe('findQuotes: a definite description names the person the article named before', () => {
  it('names "the Florida senator" as the senator from Florida named before, with the description as role', () => {
    const body =
      'Florida Sen. Ivo Marsh toured the harbor on Monday. Crowds lined the pier. ' +
      QUOTE +
      'the Florida senator said.';
    expect(speaker(body)).toEqual({ name: 'Ivo Marsh', role: 'the Florida senator', mention: 'the Florida senator' });
  });

  it('reads the office from an appositive, and a place from right around the naming', () => {
    const appositive = 'Ivo Marsh, a senator from Vermont, toured the harbor. ';
    expect(speaker(appositive + QUOTE + 'The Vermont senator added.')?.name).toBe('Ivo Marsh');
    const around = 'Sen. Ivo Marsh of Vermont toured the harbor. ';
    expect(speaker(around + QUOTE + 'The Vermont senator added.')?.name).toBe('Ivo Marsh');
  });

  it('takes an abbreviated title for the same office ("Gov." for "the governor")', () => {
    expect(speaker('Gov. Tilda Quarry opened the pier. ' + QUOTE + 'the governor said.')?.name).toBe('Tilda Quarry');
  });

  it('leaves the description alone when two people named before hold the office', () => {
    const one = 'Sen. Ivo Marsh toured the harbor. ';
    const two = 'Sen. Ivo Marsh and Sen. Tilda Quarry toured the harbor. Marsh and Quarry waved. ';
    expect(speaker(one + QUOTE + 'the senator said.')?.name).toBe('Ivo Marsh');
    expect(speaker(two + QUOTE + 'the senator said.')).toEqual({
      name: 'the senator',
      role: null,
      mention: 'the senator',
    });
  });

  it('leaves the description alone when one of its capitalized words does not fit the person', () => {
    const before = 'Florida Sen. Ivo Marsh toured the harbor on Monday. Crowds lined the pier. ';
    expect(speaker(before + QUOTE + 'the Florida senator said.')?.name).toBe('Ivo Marsh');
    expect(speaker(before + QUOTE + 'the Ohio senator said.')?.name).toBe('the Ohio senator');
  });

  it('does not take a vice president, or a senator no longer in office, for the description of another', () => {
    const before = 'Vice President Ivo Marsh toured the harbor. ';
    expect(speaker(before + QUOTE + 'the vice president said.')?.name).toBe('Ivo Marsh');
    expect(speaker(before + QUOTE + 'the president said.')?.name).toBe('the president');
    expect(speaker('Sen. Tilda Quarry toured the harbor. ' + QUOTE + 'the former senator said.')?.name).toBe(
      'the former senator',
    );
  });

  it('names "the president" only when one person in the article is titled president', () => {
    const before = 'President Ivo Marsh toured the harbor. ' + QUOTE + 'the president said. ';
    expect(speakersIn(before)[0]?.name).toBe('Ivo Marsh');
    expect(speakersIn(before + 'Former President Tilda Quarry stayed away.')[0]?.name).toBe('the president');
  });

  it('leaves the description alone after an unnamed holder of the office is introduced', () => {
    const before = 'Harbor official Ivo Marsh opened the pier. ';
    expect(speaker(before + 'Crowds came. ' + QUOTE + 'the official said.')?.name).toBe('Ivo Marsh');
    expect(speaker(before + 'A second official stayed away. ' + QUOTE + 'the official said.')?.name).toBe(
      'the official',
    );
  });

  it('leaves the description alone after someone else is introduced with a title', () => {
    const before = 'Sen. Ivo Marsh toured the harbor. ';
    expect(speaker(before + 'Crowds lined the pier. ' + QUOTE + 'the senator said.')?.name).toBe('Ivo Marsh');
    expect(speaker(before + 'Harbor pilot Tilda Quarry met him. ' + QUOTE + 'the senator said.')?.name).toBe(
      'the senator',
    );
  });
});
