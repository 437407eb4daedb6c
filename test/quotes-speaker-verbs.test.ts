import { describe, expect, it } from 'vitest';
import { speakersIn as speakers, speakerNamesIn as names } from './helpers/document.js';

describe('findQuotes: participles, circumstances and inverted lead-ins', () => {
  it('gives a participle clause ("…, saying, “…”") the subject of the main verb', () => {
    expect(
      names(
        'At the club dinner, Ada Brook thanked the volunteers for their work, saying, “The boats have never looked better.”',
      ),
    ).toEqual(['Ada Brook']);
  });

  it('gives "while singing" the subject of the main verb', () => {
    expect(
      speakers('Rowers paddled past the pier, under the old bridge, while singing, “Row, row, row.”')[0]!.mention,
    ).toBe('Rowers');
  });

  it('steps over a circumstance set off by commas between subject and verb', () => {
    expect(names('Ada Brook, at the boathouse on Monday, said, “The new dock will open in May.”')).toEqual([
      'Ada Brook',
    ]);
  });

  it('finds the speaker after a verb that opens the sentence ("Said X: “…”")', () => {
    expect(names('The club fees will rise. Said Olsen: “Nobody asked the junior rowers what they think.”')).toEqual([
      'Olsen',
    ]);
  });

  it('does not read "so-called" as a verb of saying', () => {
    expect(names('Brook once described the so-called river pact as “a fair deal for every club” in town.')).toEqual([
      'Brook',
    ]);
  });
});

describe('findQuotes: more verbs and clause shapes', () => {
  it('knows manner-of-speaking verbs such as "barked"', () => {
    expect(names('“Sit down and wait your turn,” Brook barked at the rower.')).toEqual(['Brook']);
  });

  it('steps over a participle clause between subject and verb', () => {
    expect(names('Ada Brook, buoyed by a win on the river, is promising to “bring the cup home again.”')).toEqual([
      'Ada Brook',
    ]);
  });

  it('takes a trailing ", he said" after a partial quotation that the sentence carries on', () => {
    expect(speakers('Karl Olsen runs the junior squad. “Nobody rows alone” on the long course, he said.')).toEqual([
      { name: 'Karl Olsen', role: null, mention: 'he' },
    ]);
  });
});

describe('findQuotes: coordinated verbs and bracketed labels', () => {
  it('gives "I laughed and said" the subject of the nearest conjunct, not of a fronted clause', () => {
    // The writer ("I") has no name in the text, so the speaker is unknown rather than the coach.
    expect(
      speakers('Once, when my coach mentioned the old race to me, I smiled and said, “I remember every stroke.”'),
    ).toEqual([{ name: null, role: null, mention: null }]);
    expect(
      names('Once, when Ana Ruiz mentioned the old race to me, Tomas Ruiz smiled and said, “I remember every stroke.”'),
    ).toEqual(['Tomas Ruiz']);
  });

  it('does not take a bracketed party label for a person a pronoun can stand for', () => {
    expect(
      names('Senator Ada Brook (D-Ore.) warned the board: “The dock will not survive another flood,” she said.'),
    ).toEqual(['Ada Brook']);
  });
});

describe('findQuotes: verbs read as nouns and bare time words', () => {
  it('reads "X notes." after a quotation as a verb of saying', () => {
    expect(
      names('“Read the letter the club sent after the flood,” Olsen notes. “Its mood was nothing like this one.”'),
    ).toEqual(['Olsen', 'Olsen']);
  });

  it('steps over a bare day name between subject and verb ("X later Thursday told …:")', () => {
    expect(
      names(
        '“They need to talk,” Reed said. Garber later Thursday told the paper: “Both clubs are meeting next week.”',
      ),
    ).toEqual(['Reed', 'Garber']);
  });
});
