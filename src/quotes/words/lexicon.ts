/**
 * Word lists for attribution. They describe English news style in general (verbs of
 * saying, titles, organisation words), never any particular person, outlet or article.
 * All entries are lower case; compare against lemmas or lower-cased tokens.
 */

/**
 * Dashes as punctuation: em dash, horizontal bar, en dash, and the double hyphen typed
 * for one. They set off an aside or a clause, and credit a source ("“…” — Jane Roe"). A
 * single hyphen is usually inside a word ("so-called"), so callers accept it only where
 * it cannot be (a line's first token, a token of its own between clauses).
 */
export const DASHES: ReadonlySet<string> = new Set(['—', '―', '–', '--']);

/** Verbs that introduce a direct or partial quotation ("…,” she said; he called it “…”). Lemmas. */
// prettier-ignore
export const QUOTE_VERBS: ReadonlySet<string> = new Set([
  'say', 'tell', 'add', 'write', 'tweet', 'post', 'ask', 'call', 'note', 'explain', 'continue',
  'declare', 'reply', 'state', 'respond', 'conclude', 'recall', 'argue', 'warn', 'insist', 'claim',
  'estimate', 'announce', 'acknowledge', 'admit', 'suggest', 'predict', 'complain', 'joke', 'quip',
  'confirm', 'deny', 'report', 'describe', 'urge', 'vow', 'pledge', 'promise', 'observe', 'remark',
  'emphasize', 'emphasise', 'stress', 'shout', 'yell', 'scream', 'chant', 'exclaim', 'whisper',
  'mutter', 'answer', 'testify', 'assert', 'contend', 'maintain', 'concede', 'allege', 'charge',
  'counter', 'retort', 'boast', 'brag', 'lament', 'plead', 'demand', 'repeat', 'reiterate', 'read',
  'begin', 'dub', 'label', 'term', 'brand', 'praise', 'criticize', 'criticise', 'accuse', 'mock',
  'cry', 'sigh', 'laugh', 'wonder', 'muse', 'caution', 'advise', 'remind', 'assure', 'inform',
  'agree', 'object', 'protest', 'question', 'propose', 'tease', 'taunt', 'summarize', 'opine',
  'speculate', 'recount', 'interject', 'chime', 'text', 'email', 'blog', 'describe', 'characterize',
  'characterise', 'predict', 'indicate', 'explain', 'elaborate', 'proclaim', 'thunder', 'snap',
  'declare', 'insist', 'pronounce', 'put', 'phrase',
  // Manner-of-speaking and evaluative verbs news writing uses to introduce words.
  'bark', 'growl', 'sneer', 'scoff', 'gush', 'rave', 'marvel', 'chide', 'scold', 'lecture', 'boom',
  'bellow', 'roar', 'ponder', 'reason', 'rail', 'fume', 'hiss', 'intone', 'posit', 'surmise',
  'interrupt', 'vent', 'gripe', 'grumble', 'groan', 'moan', 'rant', 'blast', 'slam', 'decry',
  'deride', 'denounce', 'condemn', 'hail', 'tout', 'laud', 'recite', 'preach', 'implore', 'beg',
  'fret', 'comment', 'mention', 'reveal', 'disclose', 'cite', 'quote', 'echo', 'paraphrase',
  'retweet', 'sing', 'pray', 'rebut', 'scream', 'query', 'inquire', 'enquire', 'clarify', 'confide',
  // Verbs that frame someone's words as a comparison or verdict: likened it to “…”, rated it “false”.
  'liken', 'compare', 'exhort', 'dismiss', 'reference', 'refer', 'rate', 'rule', 'seethe', 'attack',
  'beam', 'snipe', 'jeer', 'applaud', 'thank', 'credit', 'advocate', 'remember', 'recommend',
]);

/**
 * Verbs that report speech or a stated position without quoting it ("X warned that …",
 * "X told listeners that …", "X estimates …"). Lemmas. Narrower than {@link QUOTE_VERBS}:
 * a reported statement has no quotation marks to confirm it.
 */
// prettier-ignore
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'say', 'tell', 'warn', 'note', 'estimate', 'claim', 'argue', 'add', 'state', 'report', 'announce',
  'insist', 'predict', 'admit', 'acknowledge', 'explain', 'testify', 'concede', 'allege', 'assert',
  'contend', 'maintain', 'confirm', 'deny', 'reveal', 'write', 'tweet', 'indicate', 'suggest',
  'declare', 'caution', 'complain', 'stress', 'emphasize', 'emphasise', 'promise', 'vow', 'pledge',
  'conclude', 'recall', 'reply', 'respond', 'observe', 'remark', 'boast', 'hint', 'signal', 'show',
  'find', 'believe', 'fear', 'expect', 'forecast', 'project', 'recognize', 'recognise', 'agree',
]);

/**
 * Reporting verbs whose subject must be a source (a person, organisation, report) for the
 * sentence to count as reported speech: "the data suggest that …" is not somebody speaking.
 */
// prettier-ignore
export const SOURCE_ONLY_VERBS: ReadonlySet<string> = new Set([
  'suggest', 'indicate', 'show', 'find', 'signal', 'hint', 'project', 'forecast',
]);

/** "according to X": the one prepositional cue. */
export const ACCORDING = 'according';

/**
 * Titles and roles that stand before a name ("Deputy Commissioner Jane Roe", "Sen. Roe").
 * The name starts after the last of these in a run of capitalized words.
 */
// prettier-ignore
export const TITLES: ReadonlySet<string> = new Set([
  'president', 'vice', 'deputy', 'assistant', 'associate', 'acting', 'interim', 'former', 'commissioner',
  'senator', 'sen.', 'sens.', 'rep.', 'reps.', 'representative', 'gov.', 'governor', 'lt.', 'mayor', 'minister',
  'premier', 'secretary', 'chief', 'director', 'general', 'gen.', 'officer', 'spokesman', 'spokeswoman',
  'spokesperson', 'chairman', 'chairwoman', 'chair', 'ceo', 'cfo', 'judge', 'justice', 'professor',
  'prof.', 'dr.', 'king', 'queen', 'prince', 'princess', 'pope', 'rev.', 'reverend', 'father', 'bishop',
  'archbishop', 'cardinal', 'rabbi', 'imam', 'sheikh', 'ambassador', 'attorney', 'prosecutor',
  'sheriff', 'commander', 'captain', 'capt.', 'lieutenant', 'sgt.', 'sergeant', 'col.', 'colonel',
  'major', 'maj.', 'admiral', 'adm.', 'chancellor', 'speaker', 'leader', 'whip', 'treasurer',
  'comptroller', 'councilman', 'councilwoman', 'councillor', 'councilor', 'alderman', 'assemblyman',
  'assemblywoman', 'congressman', 'congresswoman', 'delegate', 'dean', 'provost', 'superintendent',
  'inspector', 'detective', 'agent', 'constable', 'coach', 'manager', 'strategist', 'adviser',
  'advisor', 'analyst', 'economist', 'pollster', 'candidate', 'nominee', 'founder', 'co-founder',
  'owner', 'editor', 'anchor', 'host', 'correspondent', 'reporter', 'columnist', 'author',
  'executive', 'administrator', 'head', 'sec.', 'supt.', 'det.', 'insp.', 'cmdr.', 'pres.',
  'candidate', 'hopeful', 'contender', 'challenger', 'incumbent', 'mp', 'mep', 'magistrate',
  'counsel', 'solicitor', 'lawyer', 'marshal', 'staffer', 'aide', 'official', 'activist', 'historian',
  'scientist', 'researcher', 'expert', 'chairperson', 'emeritus', 'senior', 'junior',
]);

/** Honorifics: part of how a name is written, not a role ("Mr. Roe" is named "Roe"). */
// prettier-ignore
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms', 'miss', 'mx.', 'sir', 'dame', 'lord', 'lady', 'madam',
]);

/** Honorifics that tell a person's grammatical gender, for pronoun agreement. */
export const MASCULINE_HONORIFICS: ReadonlySet<string> = new Set(['mr.', 'mr', 'sir', 'lord']);
export const FEMININE_HONORIFICS: ReadonlySet<string> = new Set([
  'mrs.',
  'mrs',
  'ms.',
  'ms',
  'miss',
  'dame',
  'lady',
  'madam',
]);

/** Role nouns that tell a person's grammatical gender ("a spokeswoman for the council"). */
// prettier-ignore
export const MASCULINE_ROLES: ReadonlySet<string> = new Set([
  'spokesman', 'chairman', 'councilman', 'congressman', 'assemblyman', 'alderman', 'businessman',
  'king', 'prince', 'duke', 'emperor', 'actor', 'waiter', 'husband', 'father', 'son', 'brother',
  'uncle', 'grandfather', 'nephew', 'boyfriend', 'widower', 'monk',
]);
// prettier-ignore
export const FEMININE_ROLES: ReadonlySet<string> = new Set([
  'spokeswoman', 'chairwoman', 'councilwoman', 'congresswoman', 'assemblywoman', 'businesswoman',
  'queen', 'princess', 'duchess', 'empress', 'actress', 'waitress', 'wife', 'mother', 'daughter',
  'sister', 'aunt', 'grandmother', 'niece', 'girlfriend', 'widow', 'nun',
]);

/** Pronouns that tell the gender of the person they stand for. */
export const GENDERED_PRONOUNS: ReadonlyMap<string, 'masculine' | 'feminine'> = new Map([
  ['he', 'masculine'],
  ['his', 'masculine'],
  ['him', 'masculine'],
  ['she', 'feminine'],
  ['her', 'feminine'],
] as const);

/** Words that make a capitalized name an organisation or place rather than a person. */
// prettier-ignore
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  'government', 'nations', 'union', 'party', 'committee', 'council', 'department', 'ministry',
  'agency', 'administration', 'commission', 'court', 'congress', 'senate', 'house', 'parliament',
  'assembly', 'centre', 'center', 'institute', 'institution', 'university', 'college', 'school',
  'foundation', 'association', 'organization', 'organisation', 'corporation', 'company', 'inc.',
  'corp.', 'co.', 'ltd.', 'llc', 'group', 'bank', 'fund', 'board', 'bureau', 'office', 'service',
  'police', 'force', 'forces', 'army', 'navy', 'military', 'campaign', 'team', 'network', 'news',
  'times', 'post', 'journal', 'press', 'tribune', 'herald', 'magazine', 'radio', 'television',
  'channel', 'coalition', 'alliance', 'federation', 'league', 'church', 'club', 'society',
  'authority', 'republic', 'kingdom', 'states', 'county', 'city', 'state', 'embassy', 'network',
  'pac', 'caucus', 'cabinet', 'mission', 'secretariat', 'tribunal', 'initiative', 'project',
  'program', 'programme', 'watch', 'international', 'partners', 'associates', 'media', 'daily',
  'gazette', 'review', 'report', 'reports', 'monitor', 'observer', 'examiner', 'star', 'sun', 'mail', 'chamber',
  'telegraph', 'guardian', 'economist', 'cnn', 'council', 'department', 'command', 'guard', 'corps',
]);

/**
 * Common nouns that name something able to make a statement without being a person:
 * "a report from July noted …", "reports indicate …", "the statement said …".
 */
// prettier-ignore
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'report', 'reports', 'study', 'studies', 'survey', 'surveys', 'poll', 'polls', 'statement',
  'statements', 'analysis', 'memo', 'letter', 'release', 'filing', 'document', 'documents', 'paper',
  'review', 'audit', 'assessment', 'estimate', 'estimates', 'data', 'research', 'complaint', 'lawsuit',
  'ruling', 'indictment', 'email', 'emails', 'tweet', 'tweets', 'post', 'editorial', 'article',
  'story', 'account', 'transcript', 'records', 'record', 'figures', 'website', 'ad', 'advertisement',
]);

/**
 * Nouns for works known by a title: in "the film “Blue Road”" the quotation marks hold a
 * name, not anybody's words.
 */
// prettier-ignore
export const WORK_NOUNS: ReadonlySet<string> = new Set([
  'film', 'films', 'movie', 'movies', 'book', 'books', 'novel', 'novels', 'song', 'songs', 'album',
  'albums', 'play', 'plays', 'musical', 'opera', 'show', 'series', 'documentary', 'poem',
  'poems', 'painting', 'paintings', 'exhibition', 'exhibit', 'podcast', 'programme', 'program',
  'episode', 'memoir', 'essay', 'track', 'sculpture', 'video', 'game', 'sitcom', 'drama', 'comedy',
  'thriller', 'anthology', 'collection', 'ballet', 'symphony', 'autobiography', 'ad', 'ads', 'spot', 'spots',
  'commercial',
]);

/** Words between a work noun and its title: "a film titled “Blue Road”". */
export const TITLE_CUES: ReadonlySet<string> = new Set(['titled', 'entitled', 'called', 'named']);

/** Short words written in lower case inside a title ("A House by the Quiet Sea"). */
// prettier-ignore
export const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'of', 'in', 'on', 'at', 'to', 'by', 'with', 'from',
  'as', 'into', 'over', 'up', 'upon', 'via', 'vs.', 'vs',
]);

/** Nouns for people or groups who speak as sources ("experts warned", "officials said"). */
// prettier-ignore
export const SOURCE_NOUNS: ReadonlySet<string> = new Set([
  'expert', 'experts', 'official', 'officials', 'analyst', 'analysts', 'critic', 'critics', 'source',
  'sources', 'spokesman', 'spokeswoman', 'spokesperson', 'government', 'governments', 'police',
  'enforcement', 'authorities', 'authority', 'agency', 'agencies', 'ministry', 'department',
  'officer', 'officers', 'investigators', 'prosecutors', 'prosecutor', 'lawyer', 'lawyers',
  'attorney', 'attorneys', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'witness',
  'witnesses', 'resident', 'residents', 'leader', 'leaders', 'campaign', 'spokespeople', 'economists',
  'economist', 'scientists', 'researchers', 'doctors', 'people', 'voters', 'supporters', 'opponents',
  'democrats', 'republicans', 'administration', 'company', 'firm', 'group', 'organisation',
  'organization', 'bureaucrats', 'diplomats', 'observers', 'commentators', 'members', 'member',
  'staff', 'staffers', 'insiders', 'allies', 'candidate', 'senator', 'president', 'governor',
  'mayor', 'minister', 'secretary', 'chief', 'director', 'chairman', 'spokesmen', 'representatives',
  'council', 'committee', 'court', 'judge', 'board', 'union', 'party', 'military', 'army',
]);

/** Words that head a time expression; they never name a speaker ("Last week Jane Roe said"). */
// prettier-ignore
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'week', 'weeks', 'month', 'months', 'year', 'years', 'day', 'days', 'today', 'yesterday',
  'tomorrow', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'time', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.',
  'nov.', 'dec.', 'hour', 'hours', 'minute', 'minutes', 'decade', 'century', 'spring', 'summer',
  'fall', 'autumn', 'winter', 'earlier', 'later', 'ago', 'now', 'then', 'recently', 'previously', 'past',
]);

/** Personal pronouns that can stand for a speaker, with what they can refer to. */
export const PRONOUNS: ReadonlyMap<string, 'masculine' | 'feminine' | 'group' | 'thing' | 'self'> = new Map([
  ['he', 'masculine'],
  ['she', 'feminine'],
  ['they', 'group'],
  ['it', 'thing'],
  ['we', 'self'],
  ['i', 'self'],
] as const);

/** Possessive pronouns and what they refer to ("her remark", "their claim"). */
export const POSSESSIVE_PRONOUNS: ReadonlyMap<string, 'masculine' | 'feminine' | 'group' | 'thing' | 'self'> = new Map([
  ['his', 'masculine'],
  ['her', 'feminine'],
  ['their', 'group'],
  ['its', 'thing'],
  ['my', 'self'],
  ['our', 'self'],
] as const);

/**
 * Subordinating conjunctions: each opens a clause of its own, with its own subject ("when Roe
 * spoke, …", "said that if elected, she …"), so a subject or a quotation after one belongs to that
 * clause, not to the clause it hangs from.
 */
// prettier-ignore
export const SUBORDINATING_CONJUNCTIONS: ReadonlySet<string> = new Set([
  'as', 'when', 'while', 'after', 'before', 'because', 'although', 'though', 'since', 'until', 'once',
  'if', 'unless', 'where', 'whereas',
]);

/** Particles written in lower case inside names ("Charles de Gaulle", "Ludwig van Beethoven"). */
// prettier-ignore
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'la', 'le',
  'du', 'dos', 'das', 'ter', 'ten', 'y',
]);

/** Lower-case words to step over between a speaker and a verb ("Roe also said", "Roe has long argued"). */
// prettier-ignore
export const VERB_MODIFIERS: ReadonlySet<string> = new Set([
  'also', 'then', 'later', 'earlier', 'again', 'once', 'recently', 'previously', 'both', 'all',
  'further', 'simply', 'just', 'even', 'still', 'only', 'repeatedly', 'reportedly', 'publicly',
  'privately', 'consistently', 'frequently', 'often', 'never', 'always', 'long', 'flatly', 'quickly',
  'bluntly', 'angrily', 'openly', 'not', "n't", 'has', 'have', 'had', 'is', 'are', 'was', 'were',
  'will', 'would', 'did', 'does', 'do', 'may', 'might', 'could', 'can', 'should', 'must', 'be',
  'been', 'being', 'tearfully', 'jokingly', 'famously', 'memorably', 'subsequently', 'separately',
  'similarly', 'likewise', 'herself', 'himself', 'themselves', 'itself', 'first', 'last', 'finally',
]);

/**
 * Verbs that take another verb as an infinitive with the same subject ("went on to say",
 * "continued to insist", "refused to comment"). Lemmas.
 */
// prettier-ignore
export const CATENATIVE_VERBS: ReadonlySet<string> = new Set([
  'go', 'continue', 'begin', 'start', 'try', 'want', 'decide', 'refuse', 'need', 'seem', 'appear',
  'hope', 'plan', 'intend', 'choose', 'prefer', 'like', 'love', 'hate', 'tend', 'use', 'proceed',
  'attempt', 'manage', 'fail', 'offer', 'agree', 'promise', 'vow', 'pause', 'stop', 'rush', 'hasten',
  'venture', 'dare', 'care', 'wish', 'expect', 'return', 'prompt', 'force', 'compel', 'feel',
]);
