import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers/document.js';

const names = (body: string) => speakers(body).map((s) => s.name);

describe('findQuotes: an attribution after a quoted question or exclamation', () => {
  it('credits the speaker named right after a quoted question, in a long sentence that goes on', () => {
    const body =
      'Ivo Marsh, the harbor master, had warned the council for months. ' +
      '“Who will pay for the new pier?” Tilda Quarry asked the harbor board at a meeting in the old boathouse on Monday evening, before the vote on the levy.';
    expect(names(body)).toEqual(['Tilda Quarry']);
  });

  it('does not take a new statement after a quotation that ends with a full stop', () => {
    const body =
      'Ivo Marsh spoke first. “The pier is older than any of us.” Tilda Quarry told the harbor board at a meeting in the old boathouse on Monday evening that repairs would wait.';
    expect(names(body)).not.toContain('Tilda Quarry');
  });

  it('prefers a lead-in before the quoted question to a sentence after it', () => {
    const body =
      'Pressed on the cost, Tilda Quarry famously answered: “What difference does it make now?” Her critics cited the remark for weeks afterwards as evidence that the board did not care.';
    expect(names(body)).toEqual(['Tilda Quarry']);
  });
});
