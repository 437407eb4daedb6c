import { describe, expect, it } from 'vitest';
import { answerSpans, carriesHead } from '../src/answer/expectedAnswers.js';
import { analyzeQuestion } from '../src/answer/question.js';
import { termOf } from '../src/search/analyzer.js';

const spansOf = (sentence: string, question: string): string[] =>
  answerSpans(sentence, analyzeQuestion(question)).map((s) => sentence.slice(s.start, s.end));

describe('question analysis', () => {
  it.each([
    ['How many bridges cross the river?', 'number'],
    ['What percentage of voters turned out?', 'number'],
    ['What length is the ferry crossing?', 'number'],
    ['When did the mill close?', 'date'],
    ['In what year was the library opened?', 'date'],
    ['Who designed the lighthouse?', 'person'],
    ['Which architect drew the plans?', 'person'],
    ['Where did the ferry sink?', 'place'],
    ['Which city hosted the fair?', 'place'],
    ['Which newspaper printed the letter first?', 'name'],
    ['Why did the mill close?', null],
    ['Who led the ferry crew when the storm hit?', 'person'],
    ['When did the man who built the mill die?', 'date'],
  ])('reads %j as asking for a %s', (question, type) => {
    expect(analyzeQuestion(question).answerType).toBe(type);
  });

  it('takes capitalized words after the first for names, unless every word is capitalized', () => {
    const names = (question: string): string[] => [...analyzeQuestion(question).names];
    expect(names('When did the Marigold leave Eastmere?')).toEqual([termOf('marigold'), termOf('eastmere')]);
    // A stop word within a name leaves the rest of the question's capitals meaning names.
    expect(names('Who restored the Grotto of Our Lady?')).toEqual([termOf('grotto'), termOf('lady')]);
    // In capitals or in title case the capitals say nothing: no word is taken for a name.
    expect(names('WHEN DID THE MARIGOLD LEAVE EASTMERE?')).toEqual([]);
    expect(names('When Did The Marigold Leave Eastmere?')).toEqual([]);
    // Title case that keeps stop words in lower case cannot be told from a question of names.
    expect(names('Who Restored the Grotto?')).toEqual([termOf('restored'), termOf('grotto')]);
  });

  it.each([
    'Can you tell me who designed the lighthouse?',
    'Could you please tell me who designed the lighthouse?',
    'Tell me who designed the lighthouse',
    'Do you know who designed the lighthouse?',
    "I'd like to know who designed the lighthouse.",
    'Who designed the lighthouse, please?',
    'Hi, quick question: who designed the lighthouse? Thanks!',
    'ok so who designed the lighthouse pls',
    'According to the article, who designed the lighthouse?',
    'Who designed the lighthouse, according to the story?',
  ])('reads %j as the question inside the request', (asked) => {
    const plain = analyzeQuestion('Who designed the lighthouse?');
    expect(analyzeQuestion(asked)).toMatchObject({ terms: plain.terms, answerType: 'person', text: asked });
  });

  it('reads a wh-word\'s "\'s" as "is"', () => {
    const plain = analyzeQuestion('What is the name of the ferry?');
    for (const asked of ["What's the name of the ferry?", 'What’s the name of the ferry?']) {
      expect(analyzeQuestion(asked)).toMatchObject({ terms: plain.terms, search: plain.search, head: plain.head });
    }
    expect(analyzeQuestion("Who's the harbour master?")).toMatchObject({
      answerType: 'person',
      head: termOf('master'),
    });
  });

  it('sets aside words that point at the article itself', () => {
    expect(analyzeQuestion('What does the article say about the lighthouse?').terms).toEqual([termOf('lighthouse')]);
    expect(analyzeQuestion('Does the story mention a lighthouse?').terms).toEqual([termOf('lighthouse')]);
    expect(analyzeQuestion('Who wrote the article on lighthouses?').terms).toContain(termOf('article'));
  });

  it('reads an instruction to explain or describe as the question it puts', () => {
    expect(analyzeQuestion('Explain why the mill closed.').terms).toEqual(
      analyzeQuestion('Why was the mill closed?').terms,
    );
    expect(analyzeQuestion('Describe how the ferry sank').terms).toEqual(
      analyzeQuestion('How did the ferry sink?').terms,
    );
  });

  it('keeps words of a request that are part of the question', () => {
    expect(analyzeQuestion('Who may vote as they please?').terms).toContain(termOf('please'));
    expect(analyzeQuestion('Who tells the ferry crew when to sail?').terms).toContain(termOf('tells'));
    expect(analyzeQuestion('Tell me').terms).toEqual([termOf('tell')]);
    expect(analyzeQuestion('Hi-Fi makers: who founded them?').terms).toContain(termOf('hi'));
  });

  it('drops wh-words and kind nouns from the search terms', () => {
    const q = analyzeQuestion('In what year was the library opened?');
    expect(q.search).not.toMatch(/\b(?:what|year)\b/u);
    expect(q.search).toMatch(/library/u);
  });

  it.each([
    ['Which hall at the college holds the archive?', 'hall'],
    ['What rowing club did the brothers found?', 'club'],
    ['The ferry was bought by which shipping company?', 'compani'],
    ['Which museum lends the paintings?', 'museum'],
    ['How many fishing boats were lost?', 'boat'],
    ['In what year did the mill close?', null],
    ['What was the number of wrecks on the reef?', 'wreck'],
    ['What is the total amount of the catch?', 'catch'],
    ['Who was the harbour master of Eastmere in 1901?', 'master'],
    ['Who is the current mayor?', 'mayor'],
    ['Who designed the lighthouse?', null],
    ['Why did the mill close?', null],
  ])('reads the head noun of %j', (question, head) => {
    expect(analyzeQuestion(question).head).toBe(head);
  });

  it('keeps the quoted words of a who-said question', () => {
    expect(analyzeQuestion('Who said "the tide is turning"?').whoSaid).toBe('the tide is turning');
    expect(analyzeQuestion('Who said the words "the tide is turning"?').whoSaid).toBe('the tide is turning');
    expect(analyzeQuestion('Who said these words: the tide is turning').whoSaid).toBe('the tide is turning');
    expect(analyzeQuestion('Hi, can you tell me who said "the tide is turning"?').whoSaid).toBe('the tide is turning');
    // "the words" that go on into a clause of their own are the question's, not a frame.
    expect(analyzeQuestion('Who said the words were false?').whoSaid).toBe('the words were false');
    // Quoted words are looked for as typed, contractions and mentions of a story included.
    expect(analyzeQuestion("Who said “what's in the story stays”?").whoSaid).toBe("what's in the story stays");
  });
});

describe('terms', () => {
  it('reduces the past forms of irregular verbs to their base', () => {
    expect(termOf('wrote')).toBe(termOf('writing'));
    expect(termOf('written')).toBe(termOf('writes'));
    expect(termOf('began')).toBe(termOf('beginning'));
    expect(termOf('built')).toBe(termOf('build'));
  });

  it('leaves past forms that are words of their own', () => {
    expect(termOf('found')).not.toBe(termOf('find'));
    expect(termOf('left')).not.toBe(termOf('leave'));
    expect(termOf('born')).not.toBe(termOf('bear'));
  });
});

describe('answer spans', () => {
  it('finds quantities but not a year standing alone', () => {
    expect(spansOf('In 1918 the mill employed 450 workers.', 'How many workers did the mill employ?')).toEqual(['450']);
    expect(spansOf('The mill was sold in 1918.', 'How many workers did the mill employ?')).toEqual([]);
  });

  it('reads what a number question counts', () => {
    expect(analyzeQuestion('How many ferries cross the bay?').quantity).toBe('count');
    expect(analyzeQuestion('What percentage of the harvest was lost?').quantity).toBe('share');
    expect(analyzeQuestion('How much did the new pier cost?').quantity).toBe('money');
    expect(analyzeQuestion('How long is the pier?').quantity).toBeNull();
    expect(analyzeQuestion('Who built the pier?').quantity).toBeNull();
  });

  it('answers "how many" with a count, not a rank, a share or a sum of money', () => {
    const question = 'How many ferries crossed the bay?';
    expect(spansOf('The harbour ranked 12th in the region.', question)).toEqual([]);
    expect(spansOf('Tickets rose by 40% and cost $12 each.', question)).toEqual([]);
    expect(spansOf('Tickets rose by 40 percent.', question)).toEqual([]);
    expect(spansOf('Seven ferries and 3 tugs crossed the bay.', question)).toEqual(['Seven', '3']);
  });

  it('answers "how often" with a frequency, not any number', () => {
    const question = 'How often does the ferry sail?';
    expect(analyzeQuestion(question).quantity).toBe('frequency');
    expect(spansOf('All three ferries sail from the north pier.', question)).toEqual([]);
    expect(spansOf('The ferry sails twice a day in summer and weekly in winter.', question)).toEqual([
      'twice a day',
      'weekly',
    ]);
    expect(spansOf('It sails 4 times a week, and every other month to the islands.', question)).toEqual([
      '4 times a week',
      'every other month',
    ]);
  });

  it('answers "what percentage" with a share and "how much did it cost" with money', () => {
    const sentence = 'Of the 300 nets, 45% were torn, and mending them cost $1,200, or 15 percent of the budget.';
    expect(spansOf(sentence, 'What percentage of the nets were torn?')).toEqual(['45%', '15']);
    expect(spansOf(sentence, 'How much did the mending cost?')).toEqual(['$1,200']);
  });

  it('tells a name or number that carries the head noun, inside it or right after it', () => {
    const headed = (sentence: string, question: string): boolean => {
      const q = analyzeQuestion(question);
      return carriesHead(sentence, answerSpans(sentence, q), q);
    };
    expect(headed('The archive moved to Alder Hall in spring.', 'Which hall holds the archive?')).toBe(true);
    expect(headed('The Greenway program trains the rowers.', 'Which program trains the rowers?')).toBe(true);
    expect(headed('Alder Brothers trains the rowers.', 'Which program trains the rowers?')).toBe(false);
    expect(headed('The yard built 12 new ferries and 3 tugs.', 'How many ferries did the yard build?')).toBe(true);
    expect(headed('The yard built 3 tugs and 12 ferries.', 'How many barges did the yard build?')).toBe(false);
    expect(headed('In 1901 the harbour master, Ada Brisk, retired.', 'Who was the harbour master in 1901?')).toBe(true);
    expect(headed('Ada Brisk, the master of the harbour, retired.', 'Who was the harbour master in 1901?')).toBe(true);
    expect(headed('In 1901 the harbour clerk, Ada Brisk, retired.', 'Who was the harbour master in 1901?')).toBe(false);
    expect(headed('The crossing took 13 years to plan.', 'How many years did the crossing take to plan?')).toBe(true);
  });

  it('answers "what year" with a year and "what day" with a day', () => {
    const sentence = 'The fair opened on a Tuesday in March 1931 and closed on 4 May.';
    expect(spansOf(sentence, 'In what year did the fair open?')).toEqual(['1931']);
    expect(spansOf(sentence, 'On what day did the fair open?')).toEqual(['Tuesday', '4 May']);
    expect(spansOf(sentence, 'When did the fair open?')).toEqual(['Tuesday', 'March', '1931', '4 May']);
  });

  it('finds dates the question does not already name', () => {
    expect(spansOf('The bridge opened in March 1931.', 'When did the bridge open?')).toContain('March');
    expect(spansOf('The bridge of 1931 opened.', 'When did the 1931 bridge open?')).toEqual([]);
  });

  it('finds a person by two capitalized words or a title, not a building', () => {
    expect(spansOf('The plans were drawn by Agnes Whitcombe.', 'Who drew the plans?')).toEqual(['Agnes Whitcombe']);
    expect(spansOf('The plans were drawn by Dr. Whitcombe.', 'Who drew the plans?')).toEqual(['Dr. Whitcombe']);
    expect(spansOf('The plans hang in the Harbour Building.', 'Who drew the plans?')).toEqual([]);
  });

  it('spells out an abbreviation asked about, before or after it', () => {
    const question = 'What does the acronym RHS stand for?';
    expect(analyzeQuestion(question)).toMatchObject({ acronym: 'RHS', answerType: 'name', terms: ['rhs'] });
    expect(spansOf('The Royal Harbour Society (RHS) met in May.', question)).toEqual(['Royal Harbour Society']);
    expect(spansOf('The RHS (Royal Harbour Society) met in May.', question)).toEqual(['Royal Harbour Society']);
    expect(spansOf('Members of the Bureau of Harbour Safety (BHS) met the RHS.', question)).toEqual([]);
    expect(spansOf('The Guild of the Harbour Wardens (GHW) met.', 'What is GHW short for?')).toEqual([
      'Guild of the Harbour Wardens',
    ]);
  });

  it('finds a place after a locative preposition', () => {
    expect(spansOf('The ferry sank near Port Ellery.', 'Where did the ferry sink?')).toEqual(['Port Ellery']);
    expect(spansOf('The archive is kept on the first floor of Keeper Hall.', 'Where is the archive kept?')).toEqual([
      'Keeper Hall',
    ]);
    expect(spansOf('The archive is kept in the form of Letters.', 'Where is the archive kept?')).toEqual([]);
  });
});
