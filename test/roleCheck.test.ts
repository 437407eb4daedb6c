import { describe, expect, it } from 'vitest';
import { roleProblem } from '../scripts/roleCheck.js';

describe('role check', () => {
  it.each([
    'harbor engineer',
    'a harbor engineer at the port authority',
    'the chair of the Eastport Rowing Club',
    'managing director of a shipping firm',
    'Republican',
    'a friend of the mayor’s',
    'Eastport’s deputy harbor master',
    'one of the harbor pilots',
    'an Eastport-based ferry captain',
    'a University of Eastport chemistry professor',
    'Harbor Sen.',
    'co-host of the morning show',
  ])('accepts the description "%s"', (role) => {
    expect(roleProblem(role)).toBeNull();
  });

  it.each([
    ['the', /ends on|noun/u],
    ['smiling', /noun|participle/u],
    ['Harbor Trust’s', /possessive/u],
    ['spokesman for', /ends on "for"/u],
    ['the diver known as', /ends on "as"/u],
    ['Eastport and', /ends on "and"/u],
    ['a pilot whose', /ends on "whose"/u],
    ['author of “Tides Along', /quotation/u],
    ['a harbor engineer who has repaired the pier', /relative/u],
    ['61 percent of riders remain unconvinced', /verb/u],
    ['58', /number|noun/u],
    ['plenty of patience', /not a person/u],
    ['his seat on the line', /not a person/u],
    ['Mayor Roe and former Governor', /name/u],
    ['Former', /noun|name/u],
    ['windswept and sunburnt', /not a person|noun/u],
    ['the ferry schedule changed without notice', /not a person/u],
    ['a harbor engineer Roe', /name/u],
  ])('rejects "%s"', (role, why) => {
    expect(roleProblem(role)).toMatch(why);
  });

  it('rejects a description of more than twenty words', () => {
    expect(roleProblem(Array.from({ length: 21 }, () => 'harbor').join(' '))).toBe('too long');
  });
});
