import { describe, expect, it } from 'vitest';
import { speakersIn as speakers, speakerNamesIn as names } from './helpers/document.js';

describe('findQuotes: clauses opened by a subordinator', () => {
  it('finds the subject after "as" in "as Roe said, “…”"', () => {
    expect(names('The budget was tight. But, as Ines Ferrer said, “Every harbour needs a wall.”')).toEqual([
      'Ines Ferrer',
    ]);
  });

  it('finds the subject after "after" in a clause that introduces the quotation', () => {
    expect(names('The board met again after Ines Ferrer wrote that the wall was “a disgrace.”')).toEqual([
      'Ines Ferrer',
    ]);
  });
});

describe('findQuotes: quotations in a predicate without a verb of saying', () => {
  it('gives a quotation in the predicate to the subject of its sentence', () => {
    expect(names('Ines Ferrer lamented a harbour policy in which boats “simply rot at anchor.”')).toEqual([
      'Ines Ferrer',
    ]);
    expect(names('The harbour board rejected a “wasteful and secret budget.”')).toEqual(['The harbour board']);
  });

  it('does not give a quotation to a subject that stands for a thing or situation', () => {
    expect(names('It was a “wasteful and secret budget” from the start.')).toEqual([null]);
  });

  it('does not take the subject of a headline in capitals run into the sentence', () => {
    expect(
      names('BOARD HAS VOTED — The harbour budget was a “wasteful and secret affair” from the start.'),
    ).not.toContain('BOARD');
  });
});

describe('findQuotes: statements named by a noun and its possessor', () => {
  it('gives a quotation in the complement of "her claim that" to the possessor', () => {
    expect(
      speakers('Ines Ferrer spoke first.\n\nThe council rejected her claim that the old wall “will never fall.”'),
    ).toEqual([{ name: 'Ines Ferrer', role: null, mention: 'her' }]);
  });

  it('gives a quotation after "X’s call for" to X', () => {
    expect(names('The vote followed Tomas Ruiz’s call for a “harbour of the future.”')).toEqual(['Tomas Ruiz']);
  });

  it('does not give a quotation that directly follows the noun to the possessor', () => {
    expect(names('The mayor said that Tomas Ruiz’s remarks “hurt the whole town.”')).toEqual(['The mayor']);
  });
});

describe('findQuotes: fragments in a sentence of their own subject', () => {
  it('gives a fragment to its own sentence’s subject rather than to a neighbouring quotation’s speaker', () => {
    const body =
      '“The wall is safe,” said Tomas Ruiz. Ines Ferrer has gone after the project as a “monument to waste.”';
    expect(names(body)).toEqual(['Tomas Ruiz', 'Ines Ferrer']);
  });
});

describe('findQuotes: clauses joined after the quotation', () => {
  it('keeps the attribution before the quotation when a clause joined by "but" or "though" follows it', () => {
    expect(names('Ines Ferrer said the wall was “perfectly sound,” but Tomas Ruiz said it would fall.')).toEqual([
      'Ines Ferrer',
    ]);
    expect(names('Ines Ferrer said the wall was “perfectly sound,” though Tomas Ruiz noted it was old.')).toEqual([
      'Ines Ferrer',
    ]);
  });
});

describe('findQuotes: attributions set off by commas inside the sentence', () => {
  it('finds ", she said," between the quotation and a trailing participle clause', () => {
    const body =
      '“This is wrong,” Ines Ferrer said. “You let the wall rot” to save money, she said, citing the report on the “broken stones.”';
    expect(speakers(body)[1]).toEqual({ name: 'Ines Ferrer', role: null, mention: 'she' });
  });
});

describe('findQuotes: an attribution between two quotations', () => {
  it('leaves "She adds, “…”" to the quotation it introduces when the one before has its own attribution', () => {
    const body = 'Ana Ruiz says the wall is “a waste of good stone.” She adds, “Nobody asked the fishermen.”';
    expect(speakers(body).map((s) => s.mention)).toEqual(['Ana Ruiz', 'She']);
  });
});

describe('findQuotes: quantities and contrasting clauses', () => {
  it('takes a quantity of a group as the whole subject ("most of the rowers")', () => {
    expect(names('Most of the rowers told reporters that the race was “a farce from start to finish.”')).toEqual([
      'Most of the rowers',
    ]);
  });

  it('does not credit a quotation to the speaker of a contrasting "while" clause after it', () => {
    expect(
      names('Most rowers think the plan is “a disaster for the harbour,” while Tomas Ruiz said the old one was worse.'),
    ).not.toContain('Tomas Ruiz');
  });
});

describe('findQuotes: a title in quotation marks in the sentence before a quotation', () => {
  it('still lets the named subject of that sentence introduce the quotation after it', () => {
    const body =
      'On “Harbour Hour,” Mayor Ana Ruiz, who once ran the ferry office, named the floods as a cause for alarm. “We cannot wait another winter for the wall.”';
    expect(names(body)).toEqual(['Ana Ruiz']);
  });
});

describe('findQuotes: attributions after the quotation', () => {
  it('does not take the subject of a "when" clause after the quotation as its speaker', () => {
    const body =
      'The film ends with a clip of Ana Ruiz saying at the meeting, “The quay is safe,” when Tomas Ruiz criticized her for the delay.';
    expect(names(body)).toEqual(['Ana Ruiz']);
  });

  it('takes a subject with a prepositional phrase after its head ("a voice in the radio spot asks")', () => {
    expect(speakers('“Who will mend the nets?” a voice in the council’s radio spot asks.')[0]!.mention).toBe(
      'a voice in the council’s radio spot',
    );
  });
});
