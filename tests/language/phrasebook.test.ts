// Plurals, ordinals, lists and dates in words in each language, as a reader of the language writes them: the
// plural forms are CLDR's (Intl.PluralRules), so "21 događaj" and "22 događaja", "21 настан" and "22 настани".
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createPhrasebook, ENGLISH_PHRASEBOOK, type Phrasebook } from '../../src/answer/phrasebook.js';
import { replyLanguageOf } from '../../src/answer/reply-languages.js';
import { formatDays, formatRange } from '../../src/answer/format-event.js';
import type { ReplyCatalogue } from '../../src/dataset/reply-schema.js';

const catalogue = (code: string) =>
  JSON.parse(readFileSync(new URL(`../../data/replies/${code}.json`, import.meta.url), 'utf8')) as ReplyCatalogue;
const phrasebook = (code: string, script?: 'Latn' | 'Cyrl'): Phrasebook =>
  createPhrasebook(replyLanguageOf(code)!, catalogue(code), script);
const PB = {
  en: ENGLISH_PHRASEBOOK,
  sq: phrasebook('sq'),
  bcms: phrasebook('bcms'),
  'sr-Cyrl': phrasebook('bcms', 'Cyrl'),
  mk: phrasebook('mk'),
};

describe('plural forms', () => {
  it.each([
    ['en', [1, 2, 5, 21], ['1 event', '2 events', '5 events', '21 events']],
    ['sq', [1, 2, 5, 21], ['1 ngjarje', '2 ngjarje', '5 ngjarje', '21 ngjarje']],
    [
      'bcms',
      [1, 2, 4, 5, 11, 21, 22, 25],
      [
        '1 događaj',
        '2 događaja',
        '4 događaja',
        '5 događaja',
        '11 događaja',
        '21 događaj',
        '22 događaja',
        '25 događaja',
      ],
    ],
    ['sr-Cyrl', [1, 3, 5, 21], ['1 догађај', '3 догађаја', '5 догађаја', '21 догађај']],
    ['mk', [1, 2, 5, 11, 21], ['1 настан', '2 настани', '5 настани', '11 настани', '21 настан']],
  ] as const)('%s: events', (code, counts, expected) => {
    expect(counts.map((count) => PB[code].say('count.event', { count }))).toEqual(expected);
  });

  it.each([
    ['bcms', 'count.country', [1, 3, 5], ['1 država', '3 države', '5 država']],
    ['bcms', 'count.city', [1, 2, 5], ['1 grad', '2 grada', '5 gradova']],
    ['mk', 'count.city', [1, 3], ['1 град', '3 града']],
    ['sq', 'count.country', [1, 3], ['1 shtet', '3 shtete']],
  ] as const)('%s: %s', (code, key, counts, expected) => {
    expect(counts.map((count) => PB[code].say(key, { count }))).toEqual(expected);
  });

  it('"zero", where a message has it, is said for 0', () => {
    expect(PB.en.say('turn.noSuchPosition', { count: 0, ordinal: '2nd' })).toBe(
      'My last answer had no events, so there is no 2nd one.',
    );
    expect(PB.bcms.say('turn.noSuchPosition', { count: 0, ordinal: '2.' })).toMatch(
      /^Moj posljednji odgovor nije imao događaja/,
    );
  });
});

describe('ordinals', () => {
  it.each([
    [
      'en',
      [1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111],
      ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '101st', '111th'],
    ],
    // i parë, i dytë, i katërt: "-rë" for 1, "-t" for 4, 24 but not 14, "-të" otherwise.
    ['sq', [1, 2, 4, 14, 24, 40], ['1-rë', '2-të', '4-t', '14-të', '24-t', '40-të']],
    ['bcms', [1, 2, 40], ['1.', '2.', '40.']],
    // прв, втор, седми, осми: "-ви", "-ри", "-ми", else "-ти"; 11-ти, 12-ти, 17-ти.
    [
      'mk',
      [1, 2, 3, 7, 8, 11, 12, 17, 21, 22, 28],
      ['1-ви', '2-ри', '3-ти', '7-ми', '8-ми', '11-ти', '12-ти', '17-ти', '21-ви', '22-ри', '28-ми'],
    ],
  ] as const)('%s', (code, numbers, expected) => {
    expect(numbers.map((n) => PB[code].ordinal(n))).toEqual(expected);
  });
});

describe('lists', () => {
  it.each([
    ['en', 'A, B and C', 'A or B or C'],
    ['sq', 'A, B dhe C', 'A ose B ose C'],
    ['bcms', 'A, B i C', 'A ili B ili C'],
    ['sr-Cyrl', 'A, B и C', 'A или B или C'],
    ['mk', 'A, B и C', 'A или B или C'],
  ] as const)('%s', (code, list, chain) => {
    expect(PB[code].list(['A', 'B', 'C'])).toBe(list);
    expect(PB[code].chain(['A', 'B', 'C'], 'or')).toBe(chain);
  });
});

describe('dates in words', () => {
  it.each([
    ['en', '9 March 2023', '5–6 September 2023', '30 May – 2 June 2022', '30 December 2022 – 2 January 2023'],
    ['sq', '9 mars 2023', '5–6 shtator 2023', '30 maj – 2 qershor 2022', '30 dhjetor 2022 – 2 janar 2023'],
    [
      'bcms',
      '9. marta 2023.',
      '5–6. septembra 2023.',
      '30. maja – 2. juna 2022.',
      '30. decembra 2022. – 2. januara 2023.',
    ],
    [
      'sr-Cyrl',
      '9. марта 2023.',
      '5–6. септембра 2023.',
      '30. маја – 2. јуна 2022.',
      '30. децембра 2022. – 2. јануара 2023.',
    ],
    ['mk', '9 март 2023', '5–6 септември 2023', '30 мај – 2 јуни 2022', '30 декември 2022 – 2 јануари 2023'],
  ] as const)('%s: days', (code, day, days, months, years) => {
    const pb = PB[code];
    expect(formatDays('2023-03-09', '2023-03-09', pb)).toBe(day);
    expect(formatDays('2023-09-05', '2023-09-06', pb)).toBe(days);
    expect(formatDays('2022-05-30', '2022-06-02', pb)).toBe(months);
    expect(formatDays('2022-12-30', '2023-01-02', pb)).toBe(years);
  });

  it.each([
    ['en', ['2023', 'May 2022', 'Q4 2023', 'March–May 2022', 'since 1 May 2022']],
    ['sq', ['2023', 'maj 2022', 'tremujori i 4-t i vitit 2023', 'mars–maj 2022', 'që nga 1 maj 2022']],
    ['bcms', ['2023.', 'maj 2022.', '4. kvartal 2023.', 'mart–maj 2022.', 'od 1. maja 2022.']],
    ['mk', ['2023', 'мај 2022', '4-ти квартал 2023', 'март–мај 2022', 'од 1 мај 2022']],
  ] as const)('%s: periods', (code, expected) => {
    const pb = PB[code];
    const ranges = [
      ['2023-01-01', '2023-12-31'],
      ['2022-05-01', '2022-05-31'],
      ['2023-10-01', '2023-12-31'],
      ['2022-03-01', '2022-05-31'],
      ['2022-05-01', null],
    ] as const;
    expect(ranges.map(([from, to]) => formatRange({ from, to }, pb))).toEqual(expected);
  });

  it('a BCMS date that ends a sentence ends it once: "do 31. decembra 2026." not "2026.."', () => {
    expect(
      PB.bcms.say('headline.noEventsBetween', {
        from: formatDays('2026-12-01', '2026-12-01', PB.bcms),
        to: formatDays('2026-12-31', '2026-12-31', PB.bcms),
      }),
    ).toBe('Nema događaja od 1. decembra 2026. do 31. decembra 2026.');
    // A title that ends in a number and a full stop is no date: only a value ending in a digit and "." is.
    expect(PB.en.say('headline.yesOne', { days: '9 March 2023', place: 'Tivat', title: 'Meeting no. 3' })).toBe(
      '9 March 2023, Tivat: Meeting no. 3.',
    );
  });
});
