// Deterministic synthetic datasets of any size: N events between 2015 and 2026 in real places, organised
// by real organisations, naming people from a generated roster, with the facts each post was built from
// kept beside it (its kind and code name) so questions can know their answers without the engine.
import { compareEvents, type EventRecord, type Person, type Vocabulary } from '../src/index.js';
import { createRandom, type Random } from './random.js';
import { generateRoster, type RosterPerson } from './roster.js';
import { createAliasRegistry } from './alias-registry.js';
import { writeSummary, writeTitle, type PostFacts } from './post-text.js';
import { CODE_FIRST, CODE_SECOND, KIND_STYLES, TOPICS } from './post-vocabulary.js';

export interface GenerateOptions {
  size: number;
  seed?: number | string;
  /** How many people the generated roster holds (default 300). */
  rosterSize?: number;
}

export interface GeneratedDataset {
  seed: string;
  /** Events as they would sit in data/events.json. */
  events: EventRecord[];
  /** The generated people: the extra vocabulary (data/people.json's people come first in `vocabulary`). */
  people: Person[];
  /** The whole vocabulary to give the engine: the real files plus the generated people. */
  vocabulary: Vocabulary;
  /** Per event (same order): the kind its post names (null: a plain meeting) and its project code name. */
  facts: { kind: string | null; code: string }[];
}

export const DEFAULT_SEED = 'iisg-bench-1';
const FIRST_DAY = Date.UTC(2015, 0, 1);
const LAST_DAY = Date.UTC(2026, 11, 31);
const DAY_MS = 86_400_000;
const WESTERN_BALKANS = new Set(['Albania', 'Bosnia and Herzegovina', 'Kosovo', 'Montenegro', 'North Macedonia', 'Serbia']);
const FREQUENT_ORGANISERS = new Set(['UNODC', 'OSCE', 'RCC', 'CEPOL', 'EU', 'European Commission', 'Europol', 'DCAF', 'SELEC', 'WB PaCT']);
const HEAD = 'Agron Sojati';

export function generateDataset(vocabulary: Vocabulary, options: GenerateOptions): GeneratedDataset {
  const seed = String(options.seed ?? DEFAULT_SEED);
  const root = createRandom(seed);
  const roster = generateRoster(root.fork('roster'), vocabulary, options.rosterSize ?? 300);
  const random = root.fork('events');
  const pickPeople = createPeoplePicker(random, vocabulary, roster);
  const pickPlace = createPlacePicker(random, vocabulary);
  const pickOrganisation = random.weighted(vocabulary.organisations.map((organisation) => organisation.name), weightOf);
  const codeFirst = CODE_FIRST.filter(isUnclaimed(vocabulary));
  const codeSecond = CODE_SECOND.filter(isUnclaimed(vocabulary));

  const events: EventRecord[] = [];
  const facts: GeneratedDataset['facts'] = [];
  for (let i = 0; i < options.size; i++) {
    const style = random.pickWeighted(KIND_STYLES, (candidate) => candidate.weight);
    const [start, end] = pickDays(random);
    const place = style.kind === 'webinar' && random.chance(0.7) ? { city: null, country: null } : pickPlace();
    const organiserCount = random.pickWeighted([0, 1, 2], (n) => [2, 6, 2][n] ?? 0);
    const organisers: string[] = [];
    while (organisers.length < organiserCount) {
      const name = pickOrganisation();
      if (!organisers.includes(name)) organisers.push(name);
    }
    const people = pickPeople();
    const topics = random.sample(TOPICS, random.pickWeighted([1, 2, 3], (n) => [3, 5, 2][n - 1] ?? 0));
    const code = `${random.pick(codeFirst)} ${random.pick(codeSecond)}`;
    const post: PostFacts = {
      style,
      topics,
      ...place,
      organisers,
      people: people.map((person) => ({ name: person.name, title: person.titles[0] ?? null, isHead: person.name === HEAD })),
      start,
      end,
      code,
    };
    const title = writeTitle(random, post);
    events.push({
      id: `${start}-${slug(title)}-${i.toString(36)}`,
      title,
      start,
      end,
      city: place.city,
      country: place.country,
      people: people.map((person) => person.name),
      organisers,
      roles: [],
      topics: [...topics],
      summary: writeSummary(random, post),
      source: random.chance(0.3) ? `https://www.iisg.info/news/${start}-${i.toString(36)}` : null,
    });
    facts.push({ kind: style.kind, code });
  }

  // In the order ingest writes data/events.json; facts stay beside their events.
  const order = events.map((_, i) => i).sort((a, b) => compareEvents(events[a]!, events[b]!));
  const people: Person[] = roster.map(({ weight: _weight, ...person }) => person);
  return { seed, events: order.map((i) => events[i]!), facts: order.map((i) => facts[i]!), people, vocabulary: { ...vocabulary, people: [...vocabulary.people, ...people] } };
}

function weightOf(organisation: string): number {
  return FREQUENT_ORGANISERS.has(organisation) ? 6 : 1;
}

/** 65% one day, 25% two, 8% three, 2% a week; uniformly spread over 2015-2026. */
function pickDays(random: Random): [string, string] {
  const days = Math.floor((LAST_DAY - FIRST_DAY) / DAY_MS);
  const length = random.pickWeighted([1, 2, 3, 5], (n) => ({ 1: 65, 2: 25, 3: 8, 5: 2 })[n] ?? 0);
  const first = FIRST_DAY + random.int(0, days - length + 1) * DAY_MS;
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return [iso(first), iso(first + (length - 1) * DAY_MS)];
}

/** Most events are in the Western Balkans; 5% name only a country. */
function createPlacePicker(random: Random, vocabulary: Vocabulary) {
  const cities = vocabulary.places.cities.filter((city) => vocabulary.places.countries.some((country) => country.name === city.country));
  const pickCountry = random.weighted([...new Set(cities.map((city) => city.country))], (country) => (WESTERN_BALKANS.has(country) ? 8 : 1));
  const pickCity = random.weighted(cities, (candidate) => (WESTERN_BALKANS.has(candidate.country) ? 6 : 1));
  return (): { city: string | null; country: string | null } => {
    if (random.chance(0.05)) return { city: null, country: pickCountry() };
    const city = pickCity();
    return { city: city.name, country: city.country };
  };
}

/** The Head of Secretariat is in ~15% of posts; others by popularity; 0-3 people per post. */
function createPeoplePicker(random: Random, vocabulary: Vocabulary, roster: readonly RosterPerson[]) {
  const head = vocabulary.people.find((person) => person.name === HEAD);
  // Real people other than the Head appear untitled: their titles name organisations (RCC) a post must not add.
  const others: RosterPerson[] = [
    ...vocabulary.people.filter((person) => person.name !== HEAD).map((person) => ({ ...person, titles: [], weight: 2 })),
    ...roster,
  ];
  const pickOther = random.weighted(others, (candidate) => candidate.weight);
  return (): Person[] => {
    const chosen: Person[] = head && random.chance(0.15) ? [head] : [];
    const count = random.pickWeighted([0, 1, 2, 3], (n) => [30, 40, 22, 8][n] ?? 0);
    while (chosen.length < count) {
      const person = pickOther();
      if (!chosen.includes(person)) chosen.push(person);
    }
    return chosen;
  };
}

function isUnclaimed(vocabulary: Vocabulary) {
  const registry = createAliasRegistry(vocabulary);
  return (word: string) => registry.owners(word).size === 0;
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
}
