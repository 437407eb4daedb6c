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

  it('keeps the description before a bracketed aside, never half the aside', () => {
    expect(
      roles('Tomas Berg, a harbor engineer at the Port Authority (PA), said: “The ferry will run again.”'),
    ).toEqual(['a harbor engineer at the Port Authority']);
    expect(
      roles('“The ferry will run again,” said Tomas Berg, a harbor engineer for Rep. Ann Lind (D-Me.) since 2019.'),
    ).toEqual(['a harbor engineer for Rep. Ann Lind']);
  });

  it('shows a title the description quotes whole, through the comma set inside its marks', () => {
    expect(
      roles('“The ferry will run again,” said Tomas Berg, the author of “Tides and Rivers,” a history of the port.'),
    ).toEqual(['the author of “Tides and Rivers,”']);
    expect(
      roles(
        "''The ferry will run again,'' said Tomas Berg, the author of ''Tides and Rivers,'' a history of the port.",
      ),
    ).toEqual(["the author of ''Tides and Rivers,''"]);
  });

  it('gives no role that cuts a title typed with two apostrophes in half', () => {
    expect(roles("''The ferry will run again,'' said Tomas Berg, the author of ''Tides and Rivers.")).toEqual([null]);
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

  it.each([
    ['a harbor engineer at the port authority', 'a harbor engineer at the port authority'],
    ['one of the ferry pilots', 'one of the ferry pilots'],
    ['an Eastport-based ferry captain', 'an Eastport-based ferry captain'],
    ['a longtime ally of the mayor', 'a longtime ally of the mayor'],
    ['the council’s Democratic front-runner', 'the council’s Democratic front-runner'],
    ['a Republican', 'a Republican'],
    ['plenty of patience', null],
    ['his seat on the line', null],
    ['the new timetable', null],
    ['an advocacy group', null],
    ['silver-bearded', null],
  ])('the description "%s" gives the role %j', (description, role) => {
    expect(roles(`“The ferry will run again,” said Tomas Berg, ${description}.`)).toEqual([role]);
  });

  it('gives no role for a title that only modifies', () => {
    expect(roles('Former Tomas Berg said: “The ferry will run again.”')).toEqual([null]);
  });
});
