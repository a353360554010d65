// Invariants of the vocabulary files in data/ that the zod schema cannot express: references between files
// resolve, no folded alias points two ways, the places the secretariat works in are all there, and names
// that are everyday English words are only matched when marked ambiguous.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EventSchema } from '../../src/dataset/event-schema.js';
import { VocabularySchema, type Vocabulary } from '../../src/dataset/vocabulary-schema.js';
import { foldText, foldWords } from '../../src/text/fold.js';

function readData(file: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8'));
}

const rawVocabulary = {
  people: readData('people.json'),
  places: readData('places.json'),
  organisations: readData('organisations.json'),
  kinds: readData('event-kinds.json'),
};
const parsed = VocabularySchema.safeParse(rawVocabulary);
// Each part is parsed on its own too, so one broken file fails its own checks, not every check.
const shape = VocabularySchema.shape;
const vocabulary: Vocabulary = {
  people: shape.people.safeParse(rawVocabulary.people).data ?? [],
  places: shape.places.safeParse(rawVocabulary.places).data ?? { countries: [], cities: [], regions: [] },
  organisations: shape.organisations.safeParse(rawVocabulary.organisations).data ?? [],
  kinds: shape.kinds.safeParse(rawVocabulary.kinds).data ?? [],
  synonyms: [],
};
const { countries, cities, regions } = vocabulary.places;
const events = EventSchema.array().parse(readData('events.json'));

/** An entity and every phrase that names it, as the phrase matcher will see them. */
interface Named {
  owner: string;
  phrases: string[];
}

const named = {
  countries: countries.map((c) => ({ owner: `country ${c.name}`, phrases: [c.name, ...c.aliases] })),
  cities: cities.map((c) => ({ owner: `city ${c.name} (${c.country})`, phrases: [c.name, ...c.aliases] })),
  regions: regions.map((r) => ({ owner: `region ${r.name}`, phrases: [r.name, ...r.aliases] })),
  organisations: vocabulary.organisations.map((o) => ({
    owner: `organisation ${o.name}`,
    phrases: [o.name, ...(o.fullName ? [o.fullName] : []), ...o.aliases],
  })),
  people: vocabulary.people.map((p) => ({ owner: `person ${p.name}`, phrases: [p.name, ...p.aliases, ...p.titles] })),
  kinds: vocabulary.kinds.map((k) => ({ owner: `kind ${k.name}`, phrases: [k.name, ...k.aliases] })),
} satisfies Record<string, Named[]>;

/** Folded phrase -> the distinct owners it names, for phrases that name more than one. */
function findClashes(entries: readonly Named[]): string[] {
  const owners = new Map<string, Set<string>>();
  for (const { owner, phrases } of entries) {
    for (const phrase of phrases) {
      const key = foldWords(phrase);
      owners.set(key, (owners.get(key) ?? new Set()).add(owner));
    }
  }
  return [...owners].filter(([, set]) => set.size > 1).map(([key, set]) => `"${key}" -> ${[...set].join(' | ')}`);
}

const countryNames = new Set(countries.map((c) => c.name));
const countryOf = (cityName: string) => cities.find((c) => c.name === cityName)?.country;

describe('vocabulary files in data/', () => {
  it('validate against VocabularySchema', () => {
    const issues = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues).toEqual([]);
  });

  it.each(Object.keys(named) as (keyof typeof named)[])('no folded %s name or alias names two entities', (kind) => {
    expect(findClashes(named[kind])).toEqual([]);
  });

  it('shares a name between a city and a country only when the city lies in that country', () => {
    const countryByPhrase = new Map(
      countries.flatMap((c) => [c.name, ...c.aliases].map((p) => [foldWords(p), c.name] as const)),
    );
    const wrong = cities.flatMap((city) =>
      [city.name, ...city.aliases]
        .filter((p) => (countryByPhrase.get(foldWords(p)) ?? city.country) !== city.country)
        .map((p) => `city ${city.name} (${city.country}): "${p}" is ${countryByPhrase.get(foldWords(p))}`),
    );
    expect(wrong).toEqual([]);
  });

  it('shares a phrase across people, places, organisations and kinds only where meant', () => {
    // "European Union" is both the region of member states ("events in the European Union") and the
    // organisation ("organised by the European Union"); the question's preposition tells them apart.
    const allowed = new Set(['european union']);
    const groups: Named[] = [
      ...named.people.map((n) => ({ ...n, owner: 'people' })),
      ...[...named.countries, ...named.cities].map((n) => ({ ...n, owner: 'places' })),
      ...named.regions.map((n) => ({ ...n, owner: 'regions' })),
      ...named.organisations.map((n) => ({ ...n, owner: 'organisations' })),
      ...named.kinds.map((n) => ({ ...n, owner: 'kinds' })),
    ];
    const unexpected = findClashes(groups).filter((clash) => !allowed.has(clash.split('"')[1] ?? ''));
    expect(unexpected).toEqual([]);
  });

  it('spells every name in letters that fold to a-z (no Greek, Cyrillic or schwa the matcher would drop)', () => {
    const all = Object.values(named).flat();
    const unreadable = all.flatMap(({ owner, phrases }) =>
      phrases.filter((phrase) => [...phrase].some((ch) => /\p{L}/u.test(ch) && !/^[a-z]+$/.test(foldText(ch))))
        .map((phrase) => `${owner}: "${phrase}"`),
    );
    expect(unreadable).toEqual([]);
  });

  it('gives each country a unique code and never uses a two-letter code as an alias', () => {
    const codes = countries.map((c) => c.code);
    expect(codes.filter((code, i) => codes.indexOf(code) !== i)).toEqual([]);
    const folded = new Set(codes.map((code) => code.toLowerCase()));
    const codeAliases = countries.flatMap((c) => c.aliases.filter((a) => folded.has(foldWords(a))));
    expect(codeAliases).toEqual([]);
  });

  it('places every city in a listed country', () => {
    expect(cities.filter((c) => !countryNames.has(c.country)).map((c) => `${c.name}: ${c.country}`)).toEqual([]);
  });

  it('builds regions from listed countries, each once', () => {
    for (const region of regions) {
      expect(region.countries.filter((c) => !countryNames.has(c)), region.name).toEqual([]);
      expect(new Set(region.countries).size, region.name).toBe(region.countries.length);
    }
  });
});

describe('coverage of the places the secretariat works in', () => {
  const EUROPE = [
    'Albania', 'Andorra', 'Armenia', 'Austria', 'Azerbaijan', 'Belarus', 'Belgium', 'Bosnia and Herzegovina',
    'Bulgaria', 'Croatia', 'Cyprus', 'Czechia', 'Denmark', 'Estonia', 'Finland', 'France', 'Georgia', 'Germany',
    'Greece', 'Hungary', 'Iceland', 'Ireland', 'Italy', 'Kosovo', 'Latvia', 'Liechtenstein', 'Lithuania',
    'Luxembourg', 'Malta', 'Moldova', 'Monaco', 'Montenegro', 'Netherlands', 'North Macedonia', 'Norway',
    'Poland', 'Portugal', 'Romania', 'Russia', 'San Marino', 'Serbia', 'Slovakia', 'Slovenia', 'Spain', 'Sweden',
    'Switzerland', 'Turkey', 'Ukraine', 'United Kingdom', 'Vatican City',
  ];
  const WESTERN_BALKANS = ['Albania', 'Bosnia and Herzegovina', 'Kosovo', 'Montenegro', 'North Macedonia', 'Serbia'];
  const EU_CAPITALS: [string, string][] = [
    ['Vienna', 'Austria'], ['Brussels', 'Belgium'], ['Sofia', 'Bulgaria'], ['Zagreb', 'Croatia'],
    ['Nicosia', 'Cyprus'], ['Prague', 'Czechia'], ['Copenhagen', 'Denmark'], ['Tallinn', 'Estonia'],
    ['Helsinki', 'Finland'], ['Paris', 'France'], ['Berlin', 'Germany'], ['Athens', 'Greece'],
    ['Budapest', 'Hungary'], ['Dublin', 'Ireland'], ['Rome', 'Italy'], ['Riga', 'Latvia'], ['Vilnius', 'Lithuania'],
    ['Luxembourg', 'Luxembourg'], ['Valletta', 'Malta'], ['Amsterdam', 'Netherlands'], ['Warsaw', 'Poland'],
    ['Lisbon', 'Portugal'], ['Bucharest', 'Romania'], ['Bratislava', 'Slovakia'], ['Ljubljana', 'Slovenia'],
    ['Madrid', 'Spain'], ['Stockholm', 'Sweden'],
  ];
  const MIN_CITIES_PER_WB_COUNTRY = 8;

  it('lists every European country', () => {
    expect(EUROPE.filter((name) => !countryNames.has(name))).toEqual([]);
  });

  it('defines the Western Balkans as exactly the six', () => {
    const region = regions.find((r) => r.name === 'Western Balkans');
    expect([...(region?.countries ?? [])].sort()).toEqual(WESTERN_BALKANS);
  });

  it('defines the European Union region as 27 European countries', () => {
    const members = regions.find((r) => r.name === 'European Union')?.countries ?? [];
    expect(new Set(members).size).toBe(27);
    expect(members.filter((m) => !EUROPE.includes(m))).toEqual([]);
  });

  it.each(WESTERN_BALKANS)(`lists at least ${MIN_CITIES_PER_WB_COUNTRY} cities in %s`, (country) => {
    expect(cities.filter((c) => c.country === country).length).toBeGreaterThanOrEqual(MIN_CITIES_PER_WB_COUNTRY);
  });

  const OTHER_CAPITALS: [string, string][] = [
    ['Tirana', 'Albania'], ['Sarajevo', 'Bosnia and Herzegovina'], ['Pristina', 'Kosovo'], ['Podgorica', 'Montenegro'],
    ['Skopje', 'North Macedonia'], ['Belgrade', 'Serbia'], ['Chisinau', 'Moldova'],
  ];

  it.each([...EU_CAPITALS, ...OTHER_CAPITALS])('lists the capital %s in %s', (city, country) => {
    expect(countryOf(city)).toBe(country);
  });
});

describe('spellings people type resolve to one canonical entity', () => {
  const lookup = (entries: readonly Named[], text: string) =>
    entries.filter((e) => e.phrases.some((p) => foldWords(p) === foldWords(text))).map((e) => e.owner);

  it.each([
    ['Chișinău', 'city Chisinau (Moldova)'],
    ['PRISHTINA', 'city Pristina (Kosovo)'],
    ['Prishtinë', 'city Pristina (Kosovo)'],
    ['Den Haag', 'city The Hague (Netherlands)'],
    ['Beograd', 'city Belgrade (Serbia)'],
    ['Kiev', 'city Kyiv (Ukraine)'],
    ['München', 'city Munich (Germany)'],
    ['Niš', 'city Nis (Serbia)'],
  ])('city %s -> %s', (text, owner) => {
    expect(lookup(named.cities, text)).toEqual([owner]);
  });

  it.each([
    ['Türkiye', 'country Turkey'],
    ['Bosnia & Herzegovina', 'country Bosnia and Herzegovina'],
    ['BiH', 'country Bosnia and Herzegovina'],
    ['Severna Makedonija', 'country North Macedonia'],
    ['Republic of Moldova', 'country Moldova'],
    ['Holland', 'country Netherlands'],
    ['Crna Gora', 'country Montenegro'],
  ])('country %s -> %s', (text, owner) => {
    expect(lookup(named.countries, text)).toEqual([owner]);
  });

  it.each([
    ['WB6', 'region Western Balkans'],
    ['Southeast Europe', 'region South-Eastern Europe'],
    ['EU member states', 'region European Union'],
  ])('region %s -> %s', (text, owner) => {
    expect(lookup(named.regions, text)).toEqual([owner]);
  });

  it.each([
    ['United Nations Office on Drugs and Crime', 'organisation UNODC'],
    ['EMCDDA', 'organisation EUDA'],
    ['Viminale', 'organisation Italian Ministry of Interior'],
    [
      'Direction de la coopération internationale de sécurité',
      'organisation Directorate of International Security Cooperation',
    ],
    ['Regional Cooperation Council', 'organisation RCC'],
    ['OSCE Mission to the United Nations', 'organisation OSCE'],
  ])('organisation %s -> %s', (text, owner) => {
    expect(lookup(named.organisations, text)).toEqual([owner]);
  });

  it.each(['IISG', 'IISG Secretariat', 'EU', 'SEE', 'US', 'Roma'])('"%s" names no place', (text) => {
    expect(lookup([...named.countries, ...named.cities, ...named.regions], text)).toEqual([]);
  });

  it.each(['IISG', 'IISG Secretariat'])('"%s" names no organisation (the bot is about it)', (text) => {
    expect(lookup(named.organisations, text)).toEqual([]);
  });
});

describe('everyday English words among place and organisation names', () => {
  // Words a question is likely to contain. A place called one of them must be marked ambiguous (matched only
  // after "in", "at", ...); an organisation or country must not be called one at all.
  const COMMON_WORDS = new Set([
    'us', 'it', 'at', 'be', 'me', 'in', 'on', 'to', 'no', 'is', 'see', 'ran', 'may', 'march', 'sun', 'sat', 'mon',
    'wed', 'last', 'next', 'who', 'where', 'when', 'what', 'how', 'many', 'events', 'meeting', 'island', 'bale',
    'roma', 'nice', 'split', 'bar', 'bath', 'reading', 'bled', 'mons', 'pact', 'gent',
  ]);

  it('marks ambiguous every city named like a common word, and no country, region or organisation is', () => {
    const unflagged = named.cities.filter((_, i) => cities[i]?.ambiguous !== true);
    const offenders = [...named.countries, ...named.regions, ...named.organisations, ...unflagged].flatMap(
      ({ owner, phrases }) => phrases.filter((p) => COMMON_WORDS.has(foldWords(p))).map((p) => `${owner}: ${p}`),
    );
    expect(offenders).toEqual([]);
  });

  it.each(['Nice', 'Split', 'Bar', 'Bath', 'Reading', 'Bled', 'Mons'])('lists %s as an ambiguous city', (name) => {
    expect(cities.find((c) => c.name === name)?.ambiguous).toBe(true);
  });
});

describe('data/events.json against the vocabulary', () => {
  const organisationNames = new Set(vocabulary.organisations.map((o) => o.name));

  it('names only known organisations as organisers', () => {
    const unknown = events.flatMap((e) =>
      e.organisers.filter((o) => !organisationNames.has(o)).map((o) => `${e.id}: ${o}`),
    );
    expect(unknown).toEqual([]);
  });

  it('uses only known countries, and cities that lie in the event country', () => {
    const wrong = events.flatMap((e) => {
      const problems: string[] = [];
      if (e.country !== null && !countryNames.has(e.country)) problems.push(`${e.id}: unknown country ${e.country}`);
      if (e.city !== null) {
        const country = countryOf(e.city);
        if (country === undefined) problems.push(`${e.id}: unknown city ${e.city}`);
        else if (e.country !== null && country !== e.country) {
          problems.push(`${e.id}: ${e.city} is in ${country}, not ${e.country}`);
        }
      }
      return problems;
    });
    expect(wrong).toEqual([]);
  });
});
