// The bot's own sentences in the language of the question: the same questions over the seed posts (now pinned
// to 2026-12-01) asked in Albanian, Latin BCMS, Serbian Cyrillic and Macedonian give the interpretation and the
// events of the English answer, with a first line and an understood line in that language, dates in its words,
// and no English template text left (names, titles and quotes stay as published).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../adapters/data/load-dataset.js';
import type { Answer } from '../../src/index.js';
import { daysInWords, ENGLISH, LANGUAGES, ownWords, publishedStrings, WORDS, type Unit } from './reply-words.js';

const NOW = new Date('2026-12-01T12:00:00Z');
const engine = loadEngine();
const published = publishedStrings();
const catalogue = (code: string) =>
  JSON.parse(readFileSync(new URL(`../../data/replies/${code}.json`, import.meta.url), 'utf8')) as Record<
    string,
    unknown
  >;
/** The published strings and what the answer quotes of the posts ("over 100" participants). */
const withQuotes = (answer: Answer) => [
  ...answer.quotes.flatMap((quote) => [quote.text, quote.figure ?? '']).filter(Boolean),
  ...published,
];
const language = (code: string) => (code === 'sr-Cyrl' ? 'bcms' : code);

/** The words of a catalogue's own text, placeholders left out. */
function catalogueWords(code: string): Set<string> {
  const texts = Object.values(catalogue(code)).flatMap((message) =>
    typeof message === 'string' ? [message] : Object.values(message as Record<string, string>),
  );
  return new Set(texts.flatMap((text) => wordsOf(text.replace(/\{\w+\}/g, ' '))));
}
const wordsOf = (text: string) => text.toLowerCase().match(/\p{L}{3,}/gu) ?? [];

// [question, what the first line is in, what the English answer must hold for the question to mean anything]
const QUESTIONS: [string, Unit | 'yes' | 'no', (cities: string[]) => void][] = [
  ['where was Sojati in 2023', 'event', (cities) => expect(cities).toEqual(['Tivat', 'Budva', 'Chisinau'])],
  ['did Sojati go to Moldova', 'yes', (cities) => expect(cities).toEqual(['Chisinau'])],
  ['did Sojati go to Rome', 'no', (cities) => expect(cities).toEqual([])],
  [
    'how many countries in 2022',
    'country',
    (cities) => expect(cities).toEqual(['Ohrid', 'Tirana', 'Budapest', 'Skopje', 'Vienna', 'Athens']),
  ],
  ['how long was the Ohrid conference', 'day', (cities) => expect(cities).toEqual(['Ohrid'])],
  ['events in Hungary in 2024', 'none', (cities) => expect(cities).toEqual([])],
  ['what happened in May 2022', 'event', (cities) => expect(cities).toEqual(['Budapest', 'Skopje', 'Vienna'])],
  ['last 3 events', 'event', (cities) => expect(cities).toEqual(['Chisinau', 'Rome', 'Budva'])],
  ['who did Sojati meet in Moldova', 'event', (cities) => expect(cities).toEqual(['Chisinau'])],
  ['which countries did he visit', 'country', (cities) => expect(cities).toHaveLength(5)],
  ['busiest month', 'event', (cities) => expect(cities).toEqual(['Budapest', 'Skopje', 'Vienna'])],
  ['events after the Ohrid conference', 'event', (cities) => expect(cities).toHaveLength(9)],
  ['next meeting', 'none', (cities) => expect(cities).toEqual([])],
  ['who organised the Ohrid conference', 'organiser', (cities) => expect(cities).toEqual(['Ohrid'])],
  ['workshops in 2023', 'event', (cities) => expect(cities).toEqual(['Budva'])],
  ['how many participants in Rome', 'participants', (cities) => expect(cities).toEqual(['Rome'])],
  ['events not in Montenegro', 'event', (cities) => expect(cities).toHaveLength(9)],
  ['events in Q4 2023', 'event', (cities) => expect(cities).toEqual(['Rome', 'Chisinau'])],
  ['average events per month', 'cannot', (cities) => expect(cities).toHaveLength(11)],
  ['xyzzy', 'none', (cities) => expect(cities).toEqual([])],
  ['the 40th event', 'event', (cities) => expect(cities).toEqual([])],
  ['shortest event', 'event', (cities) => expect(cities).toEqual(['Tirana', 'Tivat', 'Chisinau'])],
  ['events between March and May 2022', 'event', (cities) => expect(cities).toHaveLength(5)],
  ['conferences since 2022', 'event', (cities) => expect(cities.length).toBeGreaterThan(1)],
  ['help', 'help', (cities) => expect(cities).toEqual([])],
  ['tell me about the Budva workshop', 'record', (cities) => expect(cities).toEqual(['Budva'])],
];

describe.each(LANGUAGES)('replies in %s', (code) => {
  const words = WORDS[code];
  // English words of the English templates that the language's own catalogue never uses.
  const own = catalogueWords(language(code));
  const english = [...catalogueWords('en')].filter((word) => !own.has(word));

  it.each(QUESTIONS)('%s', (question, unit, check) => {
    const inEnglish = engine.ask(question, NOW);
    check(inEnglish.events.map((event) => event.city ?? ''));
    const answer = engine.ask(question, NOW, null, { language: code });
    const { language: _language, script, ...interpretation } = answer.interpretation;
    const { language: _english, script: _latin, ...englishInterpretation } = inEnglish.interpretation;
    expect(interpretation).toEqual(englishInterpretation);
    expect(answer.events.map((event) => event.id)).toEqual(inEnglish.events.map((event) => event.id));
    expect(answer.verdict).toBe(inEnglish.verdict);
    expect([answer.interpretation.language, script]).toEqual([
      language(code),
      code === 'sr-Cyrl' || code === 'mk' ? 'Cyrl' : 'Latn',
    ]);

    const [first = '', understood = ''] = answer.text.split('\n');
    if (unit === 'yes') expect(first.startsWith(words.yes)).toBe(true);
    else if (unit === 'no') expect(first.startsWith(words.no)).toBe(true);
    else if (unit === 'record' || unit === 'help') expect(answer.text).toContain(words.unit[unit]);
    else expect(first).toContain(words.unit[unit]);
    if (unit !== 'help') expect(understood.startsWith(`${words.understood} `)).toBe(true);
    // Every event line says its days in the language's words.
    const eventLines = answer.text.split('\n').filter((line) => /^ {2}• .+ · /.test(line));
    eventLines.forEach((line, index) =>
      expect(line.startsWith(`  • ${daysInWords(words, answer.events[index]!)} · `)).toBe(true),
    );
    if (unit === 'record') expect(answer.text).toContain(daysInWords(words, answer.events[0]!));

    const left = wordsOf(ownWords(answer.text, withQuotes(answer))).filter((word) => english.includes(word));
    expect(left, `English left in: ${answer.text}`).toEqual([]);
    expect(answer.text).not.toMatch(/\{\w+\}/);
  });

  it('asks the same questions in English with English words, so the checks above can fail', () => {
    const answer = engine.ask('where was Sojati in 2023', NOW);
    expect(answer.text.split('\n')[1]?.startsWith(ENGLISH.understood)).toBe(true);
    for (const event of answer.events) expect(answer.text).toContain(daysInWords(ENGLISH, event));
    expect(wordsOf(ownWords(answer.text, published)).filter((word) => english.includes(word)).length).toBeGreaterThan(
      0,
    );
  });
});

describe('Cyrillic replies', () => {
  it.each(['sr-Cyrl', 'mk'] as const)('%s: no Latin letters but in names, titles, quotes and acronyms', (code) => {
    for (const [question] of QUESTIONS) {
      const answer = engine.ask(question, NOW, null, { language: code });
      const latin = ownWords(answer.text, withQuotes(answer)).match(/\p{Script=Latin}+/gu) ?? [];
      expect(
        latin.filter((word) => !/^(?:IISG|OSCE|UNODC|RCC|X|Y)$/.test(word)),
        `${question}: ${answer.text}`,
      ).toEqual([]);
    }
  });
});

describe('the notes of the engine and the conversation, in the language', () => {
  it.each([
    [
      'sq',
      /^Lexoj «sojaty» si Agron Sojati\.$/,
      /^Cilën ngjarje keni parasysh\?/,
      /^Përgjigjja ime e fundit kishte 3 ngjarje, ndaj nuk ka të 5-të\./,
    ],
    [
      'bcms',
      /^Čitam „sojaty“ kao Agron Sojati\.$/,
      /^Koji događaj mislite\?/,
      /^Moj posljednji odgovor imao je 3 događaja, pa nema 5\. po redu\./,
    ],
    [
      'sr-Cyrl',
      /^Читам „sojaty“ као Agron Sojati\.$/,
      /^Који догађај мислите\?/,
      /^Мој посљедњи одговор имао је 3 догађаја, па нема 5\. по реду\./,
    ],
    [
      'mk',
      /^Читам „sojaty“ како Agron Sojati\.$/,
      /^На кој настан мислите\?/,
      /^Мојот последен одговор имаше 3 настани, па нема 5-ти\./,
    ],
  ] as const)('%s', (code, typo, which, noSuch) => {
    const options = { language: code };
    // The typo is read as the name, and said so.
    expect(engine.ask('where was Sojaty in 2023', NOW, null, options).notes).toEqual(
      expect.arrayContaining([expect.stringMatching(typo)]),
    );
    // "it" with nothing before it.
    expect(engine.ask('who organised it', NOW, null, options).headline).toMatch(which);
    // "the fifth one" of an answer that showed three events.
    const first = engine.ask('where was Sojati in 2023', NOW, null, options);
    expect(first.events).toHaveLength(3);
    expect(engine.ask('the fifth one', NOW, first.conversation, options).headline).toMatch(noSuch);
  });

  it('a follow-up says it was read against the question before, in the language', () => {
    const first = engine.ask('events in Montenegro', NOW, null, { language: 'bcms' });
    const next = engine.ask('and in 2023?', NOW, first.conversation, { language: 'bcms' });
    expect(next.interpretation).toMatchObject({ places: ['Montenegro'], from: '2023-01-01', to: '2023-12-31' });
    expect(next.understood).toMatch(/ \(prema vašem prethodnom pitanju\)$/);
  });

  it('recent events in the language', () => {
    const answer = engine.recent(2, NOW, { language: 'mk' });
    expect(answer.events.map((event) => event.city)).toEqual(['Chisinau', 'Rome']);
    expect(answer.headline).toBe('Последните 2 настани:');
    expect(answer.interpretation.language).toBe('mk');
  });
});

describe('every kind of answer, in every language', () => {
  // Questions whose answers take the other templates: ties, anchors, roles, details, groups, suggestions.
  const MORE = [
    'quietest year',
    'events per year',
    'second longest event',
    'third most recent event',
    'who led the Moldovan side',
    'who hosted the Rome conference',
    'what did Sojati moderate',
    'what was discussed in Athens',
    'events within 2 weeks of the Ohrid conference',
    'the meeting before the Rome conference',
    'events since May 2022',
    'which countries did Sojati not visit',
    'multi-day events in 2023',
    'when was the Ohrid conference',
    'first 3 events',
    'who was at the Tivat meeting',
    'events organised by OSCE',
    'which organisations',
    'events per city',
    'workshops in Hungary',
    'drug trafficing',
    'events in Montengro',
    'what happened after the Zagreb summit',
    'what did Sojati do after the conference',
    'events before 2022',
    'events until March 2022',
    'busiest country',
    'which cities more than once',
  ];
  it.each(LANGUAGES)('%s: every placeholder filled, every sentence ended once', (code) => {
    for (const question of MORE) {
      const answer = engine.ask(question, NOW, null, { language: code });
      expect(answer.text, question).not.toMatch(/\{\w+\}/);
      expect(answer.text, question).not.toMatch(/\d\.\.(?!\.)/);
      expect(answer.interpretation.language, question).toBe(language(code));
    }
  });
});
