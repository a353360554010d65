// A bigger, real-looking dataset for the Discord tests: the real vocabulary plus more people, and 64 events
// across the Western Balkans in 2022-2023 (more than one answer can show), one of them with "@everyone"
// and mention syntax in its text.
import { join } from 'node:path';
import { DEFAULT_DATA_DIR, readJsonFile } from '../../adapters/data/load-dataset.js';
import { createEngine } from '../../src/index.js';
import type { Engine } from '../../src/index.js';

const THEMES = [
  'Regional Workshop on Countering Illicit Firearms Trafficking',
  'Consultations on the IISG Annual Work Plan',
  'Border Security Pillar meeting of the IISG',
  'Conference on Preventing Violent Extremism',
  'Training on Financial Investigations and Asset Recovery',
  'Working Group on Cybercrime Cooperation',
  'Seminar on Witness Protection in Serious Crime Cases',
  'Regional Forum of Heads of Police Academies',
];

const PLACES = [
  ['Podgorica', 'Montenegro'],
  ['Tirana', 'Albania'],
  ['Budva', 'Montenegro'],
  ['Skopje', 'North Macedonia'],
  ['Sarajevo', 'Bosnia and Herzegovina'],
  ['Belgrade', 'Serbia'],
  ['Pristina', 'Kosovo'],
  ['Kotor', 'Montenegro'],
] as const;

const FIRST = ['Arben', 'Jelena', 'Dragan', 'Elira', 'Milos', 'Ana', 'Besnik', 'Marija', 'Nikola', 'Lejla'];
const LAST = ['Hoxha', 'Petrovic', 'Kovacevic', 'Berisha', 'Jovanovska', 'Dervishi', 'Markovic', 'Selimovic'];

/** 80 extra people, "Arben Hoxha", "Arben Petrovic", ...: more than autocomplete may offer at once. */
export const EXTRA_PEOPLE = FIRST.flatMap((first) => LAST.map((last) => `${first} ${last}`));

export const EVERYONE_TITLE = '@everyone invited: Regional Conference on Border Security, Podgorica';

export function syntheticEvents(): Array<Record<string, unknown>> {
  const events: Array<Record<string, unknown>> = [];
  for (let index = 0; index < 64; index++) {
    const start = new Date(Date.UTC(2022, 0, 10 + 11 * index));
    const end = new Date(start.getTime() + (index % 3) * 86_400_000);
    const [city, country] = PLACES[index % PLACES.length]!;
    const theme = THEMES[index % THEMES.length]!;
    const day = start.toISOString().slice(0, 10);
    events.push({
      id: `${day}-synthetic-${index}`,
      title: `${theme}, ${city}`,
      start: day,
      end: end.toISOString().slice(0, 10),
      city,
      country,
      people: index % 2 === 0 ? ['Agron Sojati', EXTRA_PEOPLE[index % EXTRA_PEOPLE.length]!] : [EXTRA_PEOPLE[index % EXTRA_PEOPLE.length]!],
      organisers: [],
      topics: [],
      summary: `The IISG Secretariat took part in the ${theme.toLowerCase()} held in ${city}, ${country}.`,
      source: null,
    });
  }
  events.push({
    id: '2023-12-12-everyone-invited-border-security-podgorica',
    title: EVERYONE_TITLE,
    start: '2023-12-12',
    end: '2023-12-13',
    city: 'Podgorica',
    country: 'Montenegro',
    people: ['Agron Sojati', '@here <@&1098765432109876111>'],
    organisers: [],
    topics: ['border security'],
    summary: 'Invitation sent to @everyone and @here; contact <@1012345678901234567>.',
    source: null,
  });
  return events;
}

export function createSyntheticEngine(): Engine {
  const vocabulary = Object.fromEntries(
    (['people', 'places', 'organisations', 'kinds'] as const).map((key) => [key, readJsonFile(join(DEFAULT_DATA_DIR, key === 'kinds' ? 'event-kinds.json' : `${key}.json`))]),
  );
  const people = [...(vocabulary.people as unknown[]), ...EXTRA_PEOPLE.map((name) => ({ name, aliases: [], titles: [] }))];
  return createEngine({ events: syntheticEvents(), vocabulary: { ...vocabulary, people } });
}
