import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers/document.js';

const names = (body: string) => speakers(body).map((s) => s.name);

describe('findQuotes: the nearest person takes the subject of the quotation’s sentence', () => {
  it('credits the subject set off from its verb, not a person named after it as what the words are about', () => {
    expect(
      names('Rosa Quill, while speaking on the radio Monday, urged Omar Tell to drop his “harbor giveaway.”'),
    ).toEqual(['Rosa Quill']);
    expect(
      names(
        'Rosa Quill, while speaking on the radio Monday, called again for Omar Tell to resign over the “harbor giveaway.”',
      ),
    ).toEqual(['Rosa Quill']);
  });

  it('credits the subject over a possessive name in what it says', () => {
    expect(
      names(
        'Senator Rosa Quill, the Eastport Democrat who heads the harbor committee, which oversees the docks, said Omar Tell’s budget “would sink every small boat club.”',
      ),
    ).toEqual(['Rosa Quill']);
  });
});

describe('findQuotes: a quotation does not take the attribution of one in a later sentence', () => {
  it('takes the subject of the sentence before rather than a speaker two sentences on', () => {
    expect(
      names(
        'Rosa Quill walked to the dock. “We will not sell the docks.” The crowd went quiet. Later, “it will cost every rower,” Omar Tell said.',
      ),
    ).toEqual(['Rosa Quill', 'Omar Tell']);
  });

  it('takes the speaker of a quotation in the next sentence for a quote standing alone', () => {
    expect(
      names('Rosa Quill walked in. “We will not sell.” Omar Tell paused, adding, “It will cost every rower.”'),
    ).toEqual(['Omar Tell', 'Omar Tell']);
  });

  it('still takes the attribution of a later quotation in the same sentence', () => {
    expect(names('“We will not sell the docks,” and “it will cost every rower,” Omar Tell said.')).toEqual([
      'Omar Tell',
      'Omar Tell',
    ]);
  });
});
