import { describe, expect, it } from 'vitest';
import { speakersIn } from './helpers/document.js';

const names = (body: string) => speakersIn(body).map((s) => s.name);

describe('findQuotes: subjects after a subordinator', () => {
  it('reads the subject of a clause opened by "as" after a comma, extended over "of"', () => {
    expect(
      names(
        'A quarrel has broken out at the rowing club, days before the regatta, as the head of the club’s finance committee has accused the board of a “grave breach of trust” in the vote.',
      ),
    ).toEqual(['the head of the club’s finance committee']);
  });
});

describe('findQuotes: descriptions set off by commas', () => {
  it('reads an appositive that opens with an adverb as a description of the subject', () => {
    expect(names('Tomas Ruiz (D-Maine), also a candidate for mayor, called Ines Ferrer “reckless” on Sunday.')).toEqual(
      ['Tomas Ruiz'],
    );
    expect(names('Ines Ferrer, now the harbour master, called Tomas Ruiz “a pirate” last week.')).toEqual([
      'Ines Ferrer',
    ]);
  });
});

describe('findQuotes: participles after a comma', () => {
  it('does not read the words before the comma as a subject with insertions', () => {
    expect(
      names(
        'At a dinner in Eastport, Maine, on Friday, Mayor Ines Ferrer endorsed Tomas Ruiz, saying that her old rival would “make a fine senator.”',
      ),
    ).toEqual(['Ines Ferrer']);
  });

  it('gives the participle the subject of the main clause, not of a verb in an opening prepositional phrase', () => {
    expect(
      names('In a letter sent on Monday, Tomas Ruiz answered the board, saying: “The pier will not close.”'),
    ).toEqual(['Tomas Ruiz']);
    expect(
      names(
        'In reply to a plan to close the pier for a year, Ines Ferrer rallied the rowers, saying: “We will row from the beach.”',
      ),
    ).toEqual(['Ines Ferrer']);
  });
});

describe('findQuotes: the reporter of a clause that holds other clauses', () => {
  it('gives a quotation after a relative clause with a verb of saying to the one who reports it', () => {
    expect(
      names(
        'Tomas Ruiz said the way the club treated rowers who complained about the coach “was simply shameful” at the time.',
      ),
    ).toEqual(['Tomas Ruiz']);
  });

  it('gives a quotation in a later clause of the reported words to their reporter, not to an object before it', () => {
    expect(
      names(
        'Ines Ferrer says that the town is seeking a captain to counter the smugglers, but instead the board is giving them “speeches and promises.”',
      ),
    ).toEqual(['Ines Ferrer']);
    expect(
      names(
        'Tomas Ruiz said that when Ines Ferrer spoke against the levy at the council, “she was speaking for the whole town.”',
      ),
    ).toEqual(['Tomas Ruiz']);
  });

  it('takes the reporter’s own mention when the reported clause repeats the subject after an adverbial clause', () => {
    expect(
      speakersIn(
        'Ines Ferrer spoke at the pier. She said, if elected, she would ask the mayor to lead a “harbour cleanup” next spring.',
      ),
    ).toEqual([{ name: 'Ines Ferrer', role: null, mention: 'She' }]);
  });

  it('keeps the speaker whose own verb introduces the quotation', () => {
    expect(names('Tomas Ruiz said the plan failed, and Ines Ferrer called it “a farce.”')).toEqual(['Ines Ferrer']);
    expect(names('Tomas Ruiz said the ferry, which Ines Ferrer called “a floating ruin,” would be sold.')).toEqual([
      'Ines Ferrer',
    ]);
  });
});

describe('findQuotes: verbs coordinated in a clause with its own subject', () => {
  it('gives the second verb the subject of the clause a subordinator opens', () => {
    expect(
      speakersIn(
        'Ines Ferrer won the vote.\n\nSmiling, Tomas Ruiz drew cheers as she thanked the crews and then shouted, “The harbour is ours again.”',
      ).map((s) => s.mention),
    ).toEqual(['she']);
  });

  it('gives the second verb a subject that follows a conjunction opening the sentence', () => {
    expect(
      names(
        'But Tomas Ruiz, making it clear that money came first, stood beside the mayor, Ines Ferrer, and described the ferry as “perfectly safe.”',
      ),
    ).toEqual(['Tomas Ruiz']);
  });
});
