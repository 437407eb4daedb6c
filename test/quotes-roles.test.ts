import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers/document.js';

const roles = (body: string) => speakers(body).map((s) => s.role);

describe('findQuotes: roles a reader would accept', () => {
  it('keeps an appositive that describes the speaker', () => {
    expect(roles('“The ferry will run again,” said Tomas Berg, a harbor engineer at the port authority.')).toEqual([
      'a harbor engineer at the port authority',
    ]);
  });

  it('cuts a relative clause and keeps the description before it', () => {
    expect(
      roles(
        '“The ferry will run again,” said Tomas Berg, a harbor engineer who has repaired the old pier twice since 2010.',
      ),
    ).toEqual(['a harbor engineer']);
  });

  it('gives no role for an age', () => {
    expect(roles('Tomas Berg, 58, said: “The ferry will run again.”')).toEqual([null]);
  });

  it('gives no role for a description that runs on past twenty words', () => {
    const long =
      'the longest serving harbor engineer of the northern district and the chair of three boards and two clubs and a choir in the old town';
    expect(roles(`“The ferry will run again,” said Tomas Berg, ${long}.`)).toEqual([null]);
  });

  it('gives no role for a description that is a clause of its own', () => {
    expect(roles('“The ferry will run again,” said Tomas Berg, most riders agree.')).toEqual([null]);
  });

  it('keeps a title before the name', () => {
    expect(roles('Harbor Commissioner Tomas Berg said: “The ferry will run again.”')).toEqual(['Harbor Commissioner']);
  });
});
