import { describe, expect, it } from 'vitest';
import { findQuotes } from '../src/quotes/findQuotes.js';
import { documentOf, quotesIn } from './helpers/document.js';

/** Kind, text and speaker name of each quote, in order. */
function summary(body: string) {
  return quotesIn(body).quotes.map((q) => ({ kind: q.kind, text: q.text, speaker: q.speaker?.name ?? null }));
}

describe('findQuotes: direct quotations', () => {
  it('finds a quotation of whole sentences, marks and trailing comma included', () => {
    expect(summary('“The bridge will open in the spring. We are ahead of schedule,” said Maria Lopez.')).toEqual([
      {
        kind: 'direct',
        text: '“The bridge will open in the spring. We are ahead of schedule,”',
        speaker: 'Maria Lopez',
      },
    ]);
  });

  it('finds a quotation introduced by a colon', () => {
    expect(summary('The mayor said: “We have waited ten years for this bridge. Today it opens.”')).toEqual([
      { kind: 'direct', text: '“We have waited ten years for this bridge. Today it opens.”', speaker: 'The mayor' },
    ]);
  });

  it('keeps a quotation that stands alone with no speaker, with a null speaker', () => {
    expect(summary('The festival opened on Saturday with a parade.\n\n“Nobody will forget this day.”')).toEqual([
      { kind: 'direct', text: '“Nobody will forget this day.”', speaker: null },
    ]);
  });

  it('finds every quotation of a paragraph that holds two', () => {
    const quotes = summary(
      '“The bridge will open in the spring,” said Maria Lopez. “We will hold a party on the first day.”',
    );
    expect(quotes.map((q) => q.kind)).toEqual(['direct', 'direct']);
    expect(quotes.map((q) => q.text)).toEqual([
      '“The bridge will open in the spring,”',
      '“We will hold a party on the first day.”',
    ]);
  });

  it('reads a closing mark typed at the start of a quotation as an opening one', () => {
    expect(
      summary('The regatta is on Sunday.\n\n”Rain again. The course is flooded past the boathouse.” ― Edwin Ray'),
    ).toEqual([
      { kind: 'direct', text: '”Rain again. The course is flooded past the boathouse.”', speaker: 'Edwin Ray' },
    ]);
  });

  it('reads a misplaced closing mark before an ellipsis as an opening one', () => {
    expect(summary('” … so we row at dawn, before the wind gets up,” Ray said.')).toEqual([
      { kind: 'direct', text: '” … so we row at dawn, before the wind gets up,”', speaker: 'Ray' },
    ]);
  });

  it('reads an opening mark typed after the last comma of a quotation as its closing mark', () => {
    expect(summary('“The new boats are lighter than anything we have rowed,“ said Karl Olsen.')).toEqual([
      { kind: 'direct', text: '“The new boats are lighter than anything we have rowed,“', speaker: 'Karl Olsen' },
    ]);
  });

  it('reads straight double quotes as quotation marks', () => {
    expect(summary('"The ferries will keep running," said Daniel Okafor.')).toEqual([
      { kind: 'direct', text: '"The ferries will keep running,"', speaker: 'Daniel Okafor' },
    ]);
  });
});

describe('findQuotes: partial quotations', () => {
  it('keeps a short exclamation chanted in the narration, capitalized like a name', () => {
    const texts = summary('As the ferry docked, the crowd on the pier chanted “Home Again!” until the crew waved.').map(
      (q) => q.text,
    );
    expect(texts).toEqual(['“Home Again!”']);
  });

  it('keeps a short fragment framed by a verb of comparing or judging', () => {
    expect(summary('Ada Brook likened the new racing rules to “rowing with one oar.”')).toEqual([
      { kind: 'partial', text: '“rowing with one oar.”', speaker: 'Ada Brook' },
    ]);
  });

  it('finds a quoted fragment inside the author’s sentence', () => {
    expect(summary('The agency called the plan a “reckless gamble.”')).toEqual([
      { kind: 'partial', text: '“reckless gamble.”', speaker: 'The agency' },
    ]);
  });

  it('finds a longer fragment attributed to a named person', () => {
    expect(summary('Maria Lopez called the delay “a small price to pay for a safe bridge.”')).toEqual([
      { kind: 'partial', text: '“a small price to pay for a safe bridge.”', speaker: 'Maria Lopez' },
    ]);
  });

  it('treats a quotation that starts mid-sentence and is attributed after it as partial', () => {
    expect(summary('The Harbour Institute is “not a political body,” Tom Reyes said.')).toEqual([
      { kind: 'partial', text: '“not a political body,”', speaker: 'Tom Reyes' },
    ]);
  });

  it('treats a lower-case quotation after "according to" as partial', () => {
    expect(summary('According to the ministry, “the deck is finished and the railings are going up.”')).toEqual([
      { kind: 'partial', text: '“the deck is finished and the railings are going up.”', speaker: 'the ministry' },
    ]);
  });
});

describe('findQuotes: reported speech', () => {
  it('does not report an empty clause after "that"', () => {
    expect(summary('Nobody believed it when Coach Roe told us that.').map((q) => q.text)).not.toContain('.');
  });

  it('does not report an infinitive or a wh-clause after a bare verb as speech', () => {
    expect(summary('The rowing club maintains a program to train young coxes.')).toEqual([]);
    expect(summary('The rules require stewards to tell the harbor office when a boat capsizes.')).toEqual([]);
  });

  it('reports the clause after "told reporters that", without "that" or the full stop', () => {
    expect(summary('Maria Lopez told reporters that the bridge would open in the spring.')).toEqual([
      { kind: 'reported', text: 'the bridge would open in the spring', speaker: 'Maria Lopez' },
    ]);
  });

  it('reports the clause after "warned that"', () => {
    expect(summary('Maria Lopez warned that the bridge could close again next winter.')).toEqual([
      { kind: 'reported', text: 'the bridge could close again next winter', speaker: 'Maria Lopez' },
    ]);
  });

  it('reports a clause that follows "said" without "that"', () => {
    expect(summary('Police Chief Anna Berg said the road would stay closed overnight.')).toEqual([
      { kind: 'reported', text: 'the road would stay closed overnight', speaker: 'Anna Berg' },
    ]);
  });

  it('reports what a group "estimates"', () => {
    expect(summary('The city council estimates that about 4,000 people will cross the bridge every day.')).toEqual([
      { kind: 'reported', text: 'about 4,000 people will cross the bridge every day', speaker: 'The city council' },
    ]);
  });

  it('reports the clause after a sentence-initial "according to X,"', () => {
    expect(summary('According to Maria Lopez, the bridge will open in the spring.')).toEqual([
      { kind: 'reported', text: 'the bridge will open in the spring', speaker: 'Maria Lopez' },
    ]);
  });

  it('reports the clause before a closing ", according to X"', () => {
    expect(summary('The bridge will open in the spring, according to the transport ministry.')).toEqual([
      { kind: 'reported', text: 'The bridge will open in the spring', speaker: 'the transport ministry' },
    ]);
  });

  it('does not credit "according to" something that cannot speak', () => {
    expect(summary('According to the plan, the bridge will open in the spring.')).toEqual([]);
  });

  it('does not report a verb of saying that takes no clause', () => {
    expect(summary('Maria Lopez warned of the risk.')).toEqual([]);
  });

  it('does not report a sentence again when it already holds a quotation', () => {
    const quotes = summary('Maria Lopez said the bridge is “a promise kept to every family in this town.”');
    expect(quotes.map((q) => q.kind)).toEqual(['partial']);
  });
});

describe('findQuotes: what is not a quote', () => {
  it('drops attribute values of markup left in the text', () => {
    const texts = summary(
      'The crew posted an update. <post author="@ferrycrew" date="2026-05-01">Every boat in the harbor is back in the water and sailing again</post>',
    ).map((q) => q.text);
    expect(texts.filter((t) => t.includes('@ferrycrew') || t.includes('2026'))).toEqual([]);
  });

  it('drops the title of a work set off by commas after the work noun', () => {
    const texts = summary('Members passed around her new book, “A House by the Quiet Sea,” at the club dinner.').map(
      (q) => q.text,
    );
    expect(texts).toEqual([]);
  });

  it('drops a capitalized name in quotation marks after a possessive or preposition', () => {
    const texts = summary(
      'Ada Brook told the station’s “River Hour” that the boathouse would reopen in the spring after repairs.',
    ).map((q) => q.text);
    expect(texts.some((t) => t.includes('River Hour'))).toBe(false);
  });

  it('keeps an unattributed lower-case fragment of three words, or of two that closes its clause', () => {
    const texts = summary(
      'The club ordered a “rather gentle overhaul” of the boats. Few see the coach as a “calm voice,” and fewer obey her.',
    ).map((q) => q.text);
    expect(texts).toEqual(['“rather gentle overhaul”', '“calm voice,”']);
  });

  it('finds nothing in a sentence with no quotation marks and no verb of saying', () => {
    expect(summary('The festival opened on Saturday with a parade through the old town.')).toEqual([]);
  });

  it('finds nothing in an empty body', () => {
    expect(findQuotes(documentOf(''))).toEqual([]);
  });

  it.each([
    ['one word', 'The so-called “smart” bins were removed from the park after a week.'],
    ['two words', 'The “green corridor” will run along the river.'],
    ['four capitalized words', 'The council approved the “Cheaper Faster Safer Bridge” in a vote on Monday.'],
  ])('ignores scare quotes of %s that nobody is said to have spoken', (_label, body) => {
    expect(summary(body)).toEqual([]);
  });

  it('keeps an unattributed fragment once it is long enough to be somebody’s words', () => {
    expect(
      summary('Signs along the road welcomed drivers to a “quiet and easy crossing for every family” at the river.'),
    ).toEqual([{ kind: 'partial', text: '“quiet and easy crossing for every family”', speaker: null }]);
  });

  it('keeps a short fragment when a verb of saying gives it a speaker', () => {
    expect(summary('The mayor described the new park as “lovely” in her speech.')).toEqual([
      { kind: 'partial', text: '“lovely”', speaker: 'The mayor' },
    ]);
  });

  it.each([
    ['after a verb of praise', 'Critics praised the film “Blue Road” at the festival.'],
    ['with no verb of saying', 'The audience watched the film “Blue Road” in silence.'],
    ['of many words', 'The novel “A House by the Quiet Sea” sold well this year.'],
    ['after "titled"', 'The studio released a documentary titled “Rivers of the North” in March.'],
  ])('does not take the title of a work in quotation marks for a quote (%s)', (_label, body) => {
    expect(summary(body)).toEqual([]);
  });

  it('still finds a lower-case quotation about a work', () => {
    expect(summary('Maria Lopez called the film “a slow and beautiful journey through the valley.”')).toEqual([
      { kind: 'partial', text: '“a slow and beautiful journey through the valley.”', speaker: 'Maria Lopez' },
    ]);
  });
});

describe('findQuotes: offsets', () => {
  it('returns quotes in document order, each the exact slice of the body it points to', () => {
    const body = [
      'Maria Lopez warned that the bridge could close again next winter.',
      '“We will reopen it as soon as the ice has gone,” Lopez said. Officials estimate the repairs will take a week.',
      'The agency called the plan a “reckless gamble.”',
    ].join('\n\n');
    const { doc, quotes } = quotesIn(body);
    expect(quotes.map((q) => [q.paragraph, q.kind])).toEqual([
      [1, 'reported'],
      [2, 'direct'],
      [2, 'reported'],
      [3, 'partial'],
    ]);
    for (const q of quotes) expect(doc.body.slice(q.start, q.end)).toBe(q.text);
    expect(quotes.map((q) => q.start)).toEqual([...quotes.map((q) => q.start)].sort((a, b) => a - b));
  });

  it('keeps offsets exact when the body has CRLF line ends and leading blank lines', () => {
    const { doc, quotes } = quotesIn(
      '\r\n\r\nThe mayor opened the bridge.\r\n\r\n“It is finally here,” said Maria Lopez.\r\n',
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ paragraph: 2, text: '“It is finally here,”' });
    expect(doc.body.slice(quotes[0]!.start, quotes[0]!.end)).toBe('“It is finally here,”');
  });
});
