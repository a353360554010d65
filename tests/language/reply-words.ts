// What a reader of each language expects to see, written down here independently of the catalogues: the words
// for yes and no, the understood line's label, a few nouns, and the month names of dates in words.
import { readFileSync } from 'node:fs';
import type { EventRecord } from '../../src/index.js';

export const LANGUAGES = ['sq', 'bcms', 'sr-Cyrl', 'mk'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface Words {
  yes: string;
  no: string;
  understood: string;
  /** Substrings that a line of the kind must contain ("događaj" is in "3 događaja"). */
  unit: Record<Unit, string>;
  /** Month names as in "9 March 2023". */
  months: readonly string[];
  /** A day in words: "9 mars 2023", "9. marta 2023.", "5–6 shtator 2023". */
  days: (from: number, to: number, month: string, year: number) => string;
}

export type Unit = 'event' | 'country' | 'day' | 'none' | 'organiser' | 'participants' | 'help' | 'cannot' | 'record';

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const SQ_MONTHS = [
  'janar',
  'shkurt',
  'mars',
  'prill',
  'maj',
  'qershor',
  'korrik',
  'gusht',
  'shtator',
  'tetor',
  'nëntor',
  'dhjetor',
];
// The genitive, as BCMS writes a day of the month ("9. marta").
const BCMS_MONTHS = [
  'januara',
  'februara',
  'marta',
  'aprila',
  'maja',
  'juna',
  'jula',
  'avgusta',
  'septembra',
  'oktobra',
  'novembra',
  'decembra',
];
const SR_MONTHS = [
  'јануара',
  'фебруара',
  'марта',
  'априла',
  'маја',
  'јуна',
  'јула',
  'августа',
  'септембра',
  'октобра',
  'новембра',
  'децембра',
];
const MK_MONTHS = [
  'јануари',
  'февруари',
  'март',
  'април',
  'мај',
  'јуни',
  'јули',
  'август',
  'септември',
  'октомври',
  'ноември',
  'декември',
];

const span = (from: number, to: number) => (from === to ? `${from}` : `${from}–${to}`);
const plain = (from: number, to: number, month: string, year: number) => `${span(from, to)} ${month} ${year}`;
const dotted = (from: number, to: number, month: string, year: number) => `${span(from, to)}. ${month} ${year}.`;

export const ENGLISH: Words = {
  yes: 'Yes:',
  no: 'No:',
  understood: 'Understood:',
  unit: {
    event: 'event',
    country: 'countr',
    day: 'day',
    none: 'No ',
    organiser: 'Organised',
    participants: 'participants',
    help: 'Secretariat',
    cannot: "I can't yet",
    record: 'Date:',
  },
  months: EN_MONTHS,
  days: plain,
};

export const WORDS: Record<Language, Words> = {
  sq: {
    yes: 'Po:',
    no: 'Jo:',
    understood: 'Kuptova:',
    unit: {
      event: 'ngjarje',
      country: 'shtet',
      day: 'ditë',
      none: 'Nuk ka',
      organiser: 'Organizuar nga',
      participants: 'pjesëmarrës',
      help: 'Sekretariat',
      cannot: 'Ende nuk mund',
      record: 'Data:',
    },
    months: SQ_MONTHS,
    days: plain,
  },
  bcms: {
    yes: 'Da:',
    no: 'Ne:',
    understood: 'Razumijem:',
    unit: {
      event: 'događaj',
      country: 'držav',
      day: 'dan',
      none: 'Nema',
      organiser: 'Organizator',
      participants: 'učesnik',
      help: 'Sekretarijat',
      cannot: 'Još ne mogu',
      record: 'Datum:',
    },
    months: BCMS_MONTHS,
    days: dotted,
  },
  'sr-Cyrl': {
    yes: 'Да:',
    no: 'Не:',
    understood: 'Разумијем:',
    unit: {
      event: 'догађај',
      country: 'држав',
      day: 'дан',
      none: 'Нема',
      organiser: 'Организатор',
      participants: 'учесник',
      help: 'Секретаријат',
      cannot: 'Још не могу',
      record: 'Датум:',
    },
    months: SR_MONTHS,
    days: dotted,
  },
  mk: {
    yes: 'Да:',
    no: 'Не:',
    understood: 'Разбрав:',
    unit: {
      event: 'настан',
      country: 'држав',
      day: 'ден',
      none: 'Нема',
      organiser: 'Организатор',
      participants: 'учесници',
      help: 'Секретаријат',
      cannot: 'Сѐ уште не можам',
      record: 'Датум:',
    },
    months: MK_MONTHS,
    days: plain,
  },
};

/** An event's days in words, as a reader of the language writes them (the seed events each fall within a month). */
export function daysInWords(words: Words, event: Pick<EventRecord, 'start' | 'end'>): string {
  const [year, month, from] = event.start.split('-').map(Number) as [number, number, number];
  const to = Number(event.end.slice(8, 10));
  return words.days(from, to, words.months[month - 1]!, year);
}

/** Everything an answer may repeat as published: titles, summaries, names, places, organisers, roles, topics. */
export function publishedStrings(): string[] {
  const events = JSON.parse(readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8')) as EventRecord[];
  const strings = events.flatMap((event) => [
    event.title,
    // As a sentence quotes it: without the full stop or colon a title may end with.
    event.title.replace(/[\s.:;,]+$/, ''),
    event.summary,
    event.city ?? '',
    event.country ?? '',
    ...event.people,
    ...event.organisers,
    ...event.topics,
    ...event.roles.flatMap((role) => [role.holder, role.of ?? '']),
    event.source ?? '',
  ]);
  return [...new Set(strings.filter((text) => text.length > 0))].sort((a, b) => b.length - a.length);
}

/** The text with what was published and what was quoted (the question's words, a post's sentence) taken out. */
export function ownWords(text: string, published: readonly string[]): string {
  let rest = text;
  for (const string of published) rest = rest.split(string).join(' ');
  return rest.replace(/„[^“]*“|«[^»]*»|“[^”]*”|"[^"]*"/g, ' ');
}
