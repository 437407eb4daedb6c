import { describe, expect, it } from 'vitest';
import { speakersIn } from './helpers/document.js';

const names = (body: string) => speakersIn(body).map((s) => s.name);

describe('findQuotes: a place is never the person a pronoun stands for', () => {
  it('does not take a US state read as a name with an appositive for "he"', () => {
    const body =
      'Ivo Marsh has run the ferry for years. Voters in South Dakota were not asked. ' +
      'South Dakota, a farm state, votes on Tuesday. “The fares went up twice and nobody answered our letters,” he said.';
    expect(names(body)).toEqual(['Ivo Marsh']);
  });

  it('does not take a name the narration places things in ("across Larkin Valley") for "he"', () => {
    const body =
      'Ivo Marsh has run the ferry for years. Larkin Valley, a farm county, votes on Tuesday. ' +
      'Crime across Larkin Valley is down. “We have never had a quieter summer,” he said.';
    expect(names(body)).toEqual(['Ivo Marsh']);
  });

  it('gives no speaker rather than a place when no person is in view', () => {
    const body =
      'The Larkin Valley sheriff spoke at noon. Crime across Larkin Valley is down. ' +
      '“We have never had a quieter summer in this county,” he said.';
    expect(names(body)).toEqual([null]);
  });

  it('still names a person whose surname is also a word of a place named before', () => {
    const body =
      'Crowds gathered in Marsh Pier all week. Marsh, the ferry owner, spoke on Monday. “The fares went up twice,” he said.';
    expect(speakersIn(body).map((s) => [s.name, s.role])).toEqual([['Marsh', 'the ferry owner']]);
  });

  it('reads a name ending in a word for a place ("… Tower", "… Street") as a place', () => {
    const tower =
      'Quillfeather Tower, a glass block, opened in 1990. Quillfeather, the owner, spoke on Monday. “The fares will not rise,” he said.';
    expect(names(tower)).toEqual(['Quillfeather']);
    expect(names('Prices on Harrow Street rose again. “We cannot keep up,” he said.')).toEqual([null]);
  });
});

describe('findQuotes: a subject with a place phrase after its head', () => {
  it('takes the people in a place, not the place, as the speaker', () => {
    expect(names('“The pier will not last the winter,” protest organizers in Eastport said.')).toEqual([
      'protest organizers in Eastport',
    ]);
  });

  it('keeps every place phrase of the subject, not only the last', () => {
    const body =
      'Tilda Quarry runs the ferry. Some delegates at the harbor meeting in Eastport said the fares were “far too high for families.”';
    expect(names(body)).toEqual(['Some delegates at the harbor meeting in Eastport']);
  });

  it('describes an official by the place they come from ("the senator from Maine")', () => {
    expect(names('The senator from Maine said the plan was “dead on arrival” and would never pass.')).toEqual([
      'The senator from Maine',
    ]);
  });

  it('names the person when the phrase after the name says where they spoke ("Roe in a radio interview")', () => {
    expect(names('Dara Quill in a radio interview on Monday said: “We will rebuild the pier.”')).toEqual([
      'Dara Quill',
    ]);
  });
});

describe('findQuotes: an organisation named with "of"', () => {
  it('names the whole organisation, not the words after "of"', () => {
    expect(
      names('“Wages rose faster than prices,” the Bureau of Harbor Statistics said in its monthly report.'),
    ).toEqual(['the Bureau of Harbor Statistics']);
  });

  it("does not take the place in a university's name for the speaker", () => {
    expect(names('The University of Eastport said in a statement that the pier was “unsafe for anyone.”')).toEqual([
      'The University of Eastport',
    ]);
  });
});

describe('findQuotes: a surname after an honorific', () => {
  it('stands for the person of that surname the honorific agrees with, not the last one named', () => {
    const body =
      'Dorian Quillfeather owns the ferry line. Mr. Quillfeather bought it in 1990. ' +
      'His daughter, Ivy Quillfeather, runs the cafe on the pier. “The fares will not rise this year,” Mr. Quillfeather said.';
    expect(names(body)).toEqual(['Dorian Quillfeather']);
  });
});

describe('findQuotes: "it" for the thing quoted before', () => {
  it('names "it" after a quotation by the document quoted just before', () => {
    const body =
      'The editorial did not buy her argument. “The mayor should come to the harbor,” the editorial said. “The harbor needs a visit,” it read.';
    expect(speakersIn(body).map((s) => [s.name, s.mention])).toEqual([
      ['the editorial', 'the editorial'],
      ['the editorial', 'it'],
    ]);
  });

  it('does not reach past a person quoted in between', () => {
    const body =
      '“The mayor should come,” the editorial said. “We agree,” said Ana Roe. The charter is old, but it says the mayor must “visit every spring.”';
    expect(speakersIn(body).map((s) => s.name)).toEqual(['the editorial', 'Ana Roe', null]);
  });
});

describe('findQuotes: an abbreviated title before a name', () => {
  it.each(['Rev.', 'Adm.', 'Maj.', 'Supt.', 'Sen.', 'Dr.'])('names the person after "%s", not the title', (title) => {
    const body = `“The harbour wall will hold through the winter,” said ${title} Ada Brisk, who inspected it on Monday.`;
    expect(speakersIn(body).map((s) => [s.name, s.role])).toEqual([['Ada Brisk', title]]);
  });

  it('does not give one person a plural title as their role', () => {
    const body =
      'Sens. Ada Brisk (Maine) and Ivo Marsh (Ohio) argued over the harbour at Tuesday’s hearing. ' +
      '“The harbour wall will hold,” Brisk said.';
    expect(speakersIn(body).map((s) => [s.name, s.role])).toEqual([['Ada Brisk', null]]);
  });
});
