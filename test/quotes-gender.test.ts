import { describe, expect, it } from 'vitest';
import { speakersIn } from './helpers/document.js';

const shown = (body: string) => speakersIn(body).map((s) => [s.name, s.role]);

describe('findQuotes: a name never joins a person of the other gender', () => {
  it('keeps "Mrs. Roe" apart from a governor the pronouns read so far show to be a man', () => {
    const body = [
      'Governor Roe signed the harbour bill, and then he thanked the crews. He left on Monday.',
      'Mrs. Roe, who runs the ferry line, disagreed. “The bill will close the ferries,” said Jane Roe.',
      '“We will publish every cost,” Governor Roe said.',
    ].join('\n\n');
    expect(shown(body)).toEqual([
      ['Jane Roe', null],
      ['Roe', 'Governor'],
    ]);
  });

  it('lets one pronoun alone split nobody: "Mrs. Roe" is still the governor', () => {
    const body = [
      'Governor Roe signed the harbour bill on Monday. He left early.',
      '“The bill will save the ferries,” Mrs. Roe said.',
    ].join('\n\n');
    expect(shown(body)).toEqual([['Roe', 'Governor']]);
  });

  it('does not rename a man called "Mr. Vance" after a woman named in full as his wife', () => {
    const body = [
      'Mayor Vance opened the bridge on Friday. “It took nine years,” Mr. Vance said.',
      'Mr. Vance and his wife, Clara Vance, cut the ribbon at noon.',
      '“The town paid for every stone,” Mr. Vance said.',
    ].join('\n\n');
    expect(shown(body)).toEqual([
      ['Vance', 'Mayor'],
      ['Vance', 'Mayor'],
    ]);
  });

  it('reads a woman from the description her name stands in apposition to', () => {
    const body = [
      'Mr. Vance thanked the crews, and the first lady, Clara Vance, thanked the donors.',
      '“The town paid for every stone,” Mr. Vance said.',
    ].join('\n\n');
    expect(shown(body)).toEqual([['Vance', null]]);
  });

  it('keeps "Mr. Cole" for the man it stood for after his father is named in full', () => {
    const body = [
      'Senator Adam Cole spoke at the mill on Sunday. “We will keep it open,” Mr. Cole said.',
      'His father, Ben Cole, worked there for forty years.',
      '“My father built these looms,” Mr. Cole said.',
    ].join('\n\n');
    expect(shown(body)).toEqual([
      ['Adam Cole', 'Senator'],
      ['Adam Cole', 'Senator'],
    ]);
  });

  it('takes no gender from an honorific inside a role that names someone else', () => {
    const body = [
      'Ms. Lund sued the port. Dan Ortiz, Ms. Lund’s lawyer, met reporters on Friday.',
      '“We will appeal the ruling,” he said.',
    ].join('\n\n');
    expect(shown(body)).toEqual([['Dan Ortiz', 'Ms. Lund’s lawyer']]);
  });

  it('reads no gender from a description a preposition governs before a name', () => {
    const body = [
      'After a letter to the queen, Tom Hale closed the mill on Monday.',
      '“The looms are too old to run,” he said.',
    ].join('\n\n');
    expect(shown(body)).toEqual([['Tom Hale', null]]);
  });
});
