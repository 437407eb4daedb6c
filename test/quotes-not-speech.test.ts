import { describe, expect, it } from 'vitest';
import { quotesIn } from './helpers/document.js';

/** The text of each quotation (reported speech left out), in order. */
const quoted = (body: string): string[] =>
  quotesIn(body)
    .quotes.filter((q) => q.kind !== 'reported')
    .map((q) => q.text);

describe('findQuotes: quoted text that is nobody’s words', () => {
  it('drops a one-word label with a colon', () => {
    expect(quoted('Jane Roe said the pier would reopen in May. "Related:" Pier Repairs Begin In Eastport.')).toEqual(
      [],
    );
  });

  it('drops a subheading in capitals standing alone on its line, but keeps the words it repeats', () => {
    const body =
      'Jane Roe called the plan "too slow and too costly" for the town.\n"TOO SLOW AND TOO COSTLY"\n' +
      'The council will vote on Friday.';
    expect(quoted(body)).toEqual(['"too slow and too costly"']);
  });

  it('drops a stage direction in parentheses between quotations', () => {
    expect(quoted('Jane Roe said, "We will row at dawn." "(APPLAUSE)" "Thank you all," she added.')).toEqual([
      '"We will row at dawn."',
      '"Thank you all,"',
    ]);
  });

  it('drops the gloss of a foreign word', () => {
    expect(quoted('The rowers shouted "Vamos!" - Spanish for "let us go." Jane Roe waved back.')).toEqual(['"Vamos!"']);
  });

  it('drops the words printed on signs, but not a sentence quoted before the noun', () => {
    expect(quoted('Supporters waved "save our ferry" signs as Jane Roe spoke.')).toEqual([]);
    expect(quoted('Jane Roe told the crowd simply, "We lost." Signs came down within the hour.')).toEqual([
      '"We lost."',
    ]);
  });
});
