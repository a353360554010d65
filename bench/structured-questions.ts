// Questions with one exact right answer, computed from the generated events: where was P in Y, events in a
// city / country / region, counts per year and month, month ranges, organisers, kinds, latest and first,
// relative years, two people, empty answers, and typos of names and places.
import type { EventRecord, Person } from '../src/index.js';
import type { Question } from './expected-answer.js';
import { expectSet, overlapsRange } from './expected-answer.js';
import { cityKey, surnameOf, type EntityKey } from './alias-registry.js';
import { makeTypo } from './typos.js';
import { MONTH_NAMES, YEARS, monthBounds, yearBounds, yearOf, type QuestionContext } from './question-context.js';

/** A builder proposes one question or null (its draw did not fit); the caller retries. */
export type Builder = (ctx: QuestionContext) => Question | null;

/** How many of each: 228 structured questions in all. */
export const STRUCTURED_MIX: readonly [Builder, number][] = [
  [nearMissPeople, 3],
  [wherePersonYear('full name'), 20],
  [wherePersonYear('surname'), 10],
  [wherePersonYear('title'), 5],
  [wherePersonMonth, 10],
  [eventsInCity, 10],
  [cityInYear, 10],
  [eventsInCountry, 8],
  [countryInYear, 12],
  [regionInYear, 5],
  [countInYear, 15],
  [countInMonth, 15],
  [monthRange, 15],
  [organiserInYear, 10],
  [kindInYear, 10],
  [kindInCountry, 5],
  [latestEvents, 3],
  [firstEventsInCountry, 2],
  [lastYear, 3],
  [personInEmptyYear, 5],
  [twoPeople, 5],
  [typoPerson, 15],
  [typoCity, 8],
  [typoCountry, 7],
];

const personKey = (person: Person): EntityKey => `person:${person.name}`;
const within = (events: readonly EventRecord[], range: { from: string; to: string }) => events.filter((event) => overlapsRange(event, range.from, range.to));

function question(kind: string, text: string, events: readonly EventRecord[]): Question {
  return { kind, text, expected: expectSet(events) };
}

/** "Sojati", "Sojat", "Sojani": three people one or two letters apart, each asked by surname. */
function nearMissPeople(ctx: QuestionContext): Question | null {
  const candidates = ctx.activePeople.filter((person) => /^soja/i.test(surnameOf(person.name) ?? ''));
  const person = ctx.random.pick(candidates.length > 0 ? candidates : ctx.activePeople);
  const surname = surnameOf(person.name);
  if (!surname || !ctx.registry.namesOnly(surname, personKey(person))) return null;
  const own = ctx.eventsOf(person.name);
  const year = yearOf(ctx.random.pick(own));
  return question('near-miss-name', `where was ${surname} in ${year}`, within(own, yearBounds(year)));
}

function wherePersonYear(form: 'full name' | 'surname' | 'title'): Builder {
  return (ctx) => {
    const person = ctx.random.pick(ctx.activePeople);
    const phrase = form === 'full name' ? person.name : form === 'surname' ? surnameOf(person.name) : person.titles[0];
    if (!phrase || !ctx.registry.namesOnly(phrase, personKey(person))) return null;
    const own = ctx.eventsOf(person.name);
    const year = yearOf(ctx.random.pick(own));
    const text = form === 'title' ? `where was the ${phrase} in ${year}` : `where was ${phrase} in ${year}`;
    return question(`where-year (${form})`, text, within(own, yearBounds(year)));
  };
}

function wherePersonMonth(ctx: QuestionContext): Question | null {
  const person = ctx.random.pick(ctx.activePeople);
  const surname = surnameOf(person.name);
  if (!surname || !ctx.registry.namesOnly(surname, personKey(person))) return null;
  const own = ctx.eventsOf(person.name);
  const event = ctx.random.pick(own);
  const month = Number(event.start.slice(5, 7));
  return question('where-month', `where was ${surname} in ${MONTH_NAMES[month - 1]} ${yearOf(event)}`, within(own, monthBounds(yearOf(event), month)));
}

function askableCities(ctx: QuestionContext) {
  return ctx.vocabulary.places.cities.filter((city) => !city.ambiguous && ctx.registry.namesOnly(city.name, cityKey(city.name)));
}

function askableCountries(ctx: QuestionContext) {
  return ctx.vocabulary.places.countries.filter((country) => ctx.registry.namesOnly(country.name, `place:${country.name}`));
}

function eventsInCity(ctx: QuestionContext): Question | null {
  const city = ctx.random.pick(ctx.events).city;
  if (!city || !askableCities(ctx).some((candidate) => candidate.name === city)) return null;
  return question('city', `events in ${city}`, ctx.events.filter((event) => event.city === city));
}

function cityInYear(ctx: QuestionContext): Question | null {
  const event = ctx.random.pick(ctx.events);
  const city = event.city;
  if (!city || !askableCities(ctx).some((candidate) => candidate.name === city)) return null;
  const year = yearOf(event);
  return question('city-year', `what happened in ${city} in ${year}`, within(ctx.events.filter((e) => e.city === city), yearBounds(year)));
}

function eventsInCountry(ctx: QuestionContext): Question | null {
  const country = ctx.random.pick(ctx.events).country;
  if (!country || !askableCountries(ctx).some((candidate) => candidate.name === country)) return null;
  return question('country', `events in ${country}`, ctx.events.filter((event) => event.country === country));
}

function countryInYear(ctx: QuestionContext): Question | null {
  const event = ctx.random.pick(ctx.events);
  const country = event.country;
  if (!country || !askableCountries(ctx).some((candidate) => candidate.name === country)) return null;
  const year = yearOf(event);
  return question('country-year', `how many events in ${country} in ${year}`, within(ctx.events.filter((e) => e.country === country), yearBounds(year)));
}

function regionInYear(ctx: QuestionContext): Question | null {
  const regions = ctx.vocabulary.places.regions.filter((region) => ctx.registry.namesOnly(region.name, `place:${region.name}`));
  const region = ctx.random.pick(regions);
  const year = ctx.random.pick(YEARS);
  const members = new Set(region.countries);
  const inRegion = ctx.events.filter((event) => event.country !== null && members.has(event.country));
  if (inRegion.length === 0) return null;
  return question('region-year', `how many events in the ${region.name} in ${year}`, within(inRegion, yearBounds(year)));
}

function countInYear(ctx: QuestionContext): Question | null {
  const year = ctx.random.pick(YEARS);
  const phrasing = ctx.random.pick(['how many events in {Y}', 'how many meetings in {Y}', 'number of events in {Y}', 'how many activities in {Y}?']);
  return question('count-year', phrasing.replace('{Y}', String(year)), within(ctx.events, yearBounds(year)));
}

function countInMonth(ctx: QuestionContext): Question | null {
  const year = ctx.random.pick(YEARS);
  const month = ctx.random.int(1, 12);
  const phrasing = ctx.random.pick(['how many events in {M} {Y}', 'what happened in {M} {Y}']);
  return question('month', phrasing.replace('{M}', MONTH_NAMES[month - 1] ?? '').replace('{Y}', String(year)), within(ctx.events, monthBounds(year, month)));
}

function monthRange(ctx: QuestionContext): Question | null {
  const year = ctx.random.pick(YEARS.slice(0, -1));
  const first = ctx.random.int(1, 12);
  const last = ctx.random.int(1, 12);
  const name = (month: number) => MONTH_NAMES[month - 1] ?? '';
  if (ctx.random.chance(0.25)) {
    // Across the new year: "from November 2021 to February 2022".
    const range = { from: monthBounds(year, first).from, to: monthBounds(year + 1, last).to };
    return question('month-range', `events from ${name(first)} ${year} to ${name(last)} ${year + 1}`, within(ctx.events, range));
  }
  if (first >= last) return null;
  const range = { from: monthBounds(year, first).from, to: monthBounds(year, last).to };
  const text = ctx.random.chance(0.5) ? `what happened between ${name(first)} and ${name(last)} ${year}` : `events from ${name(first)} to ${name(last)} ${year}`;
  return question('month-range', text, within(ctx.events, range));
}

function organiserInYear(ctx: QuestionContext): Question | null {
  const event = ctx.random.pick(ctx.events);
  const organiser = event.organisers[0];
  if (!organiser || !ctx.registry.namesOnly(organiser, `organisation:${organiser}`)) return null;
  const year = yearOf(event);
  const text = ctx.random.chance(0.5) ? `how many ${organiser} events in ${year}` : `events organised by the ${organiser} in ${year}`;
  return question('organiser-year', text, within(ctx.events.filter((e) => e.organisers.includes(organiser)), yearBounds(year)));
}

/** The plural a person would type: "workshops", "board meetings", "consultations". */
function pluralOf(ctx: QuestionContext, kind: string): string | undefined {
  const entry = ctx.vocabulary.kinds.find((candidate) => candidate.name === kind);
  const plural = [entry?.name, ...(entry?.aliases ?? [])].find((alias) => alias?.endsWith('s'));
  return plural && ctx.registry.namesOnly(plural, `kind:${kind}`) ? plural : undefined;
}

function eventsOfKind(ctx: QuestionContext, kind: string): EventRecord[] {
  return ctx.events.filter((_, i) => ctx.facts[i]?.kind === kind);
}

function kindInYear(ctx: QuestionContext): Question | null {
  const i = ctx.random.int(0, ctx.events.length - 1);
  const kind = ctx.facts[i]?.kind;
  const event = ctx.events[i];
  if (!kind || !event) return null;
  const plural = pluralOf(ctx, kind);
  if (!plural) return null;
  const year = yearOf(event);
  return question('kind-year', `how many ${plural} in ${year}`, within(eventsOfKind(ctx, kind), yearBounds(year)));
}

function kindInCountry(ctx: QuestionContext): Question | null {
  const i = ctx.random.int(0, ctx.events.length - 1);
  const kind = ctx.facts[i]?.kind;
  const country = ctx.events[i]?.country;
  if (!kind || !country || !askableCountries(ctx).some((candidate) => candidate.name === country)) return null;
  const plural = pluralOf(ctx, kind);
  if (!plural) return null;
  return question('kind-country', `${plural} in ${country}`, eventsOfKind(ctx, kind).filter((event) => event.country === country));
}

function latestEvents(ctx: QuestionContext): Question | null {
  const n = ctx.random.pick([3, 5, 10]);
  const starts = ctx.events.map((event) => event.start).sort().reverse().slice(0, n);
  return { kind: 'latest', text: ctx.random.pick([`last ${n} events`, `latest ${n} events`, `the ${n} most recent events`]), expected: { mode: 'starts', starts } };
}

function firstEventsInCountry(ctx: QuestionContext): Question | null {
  const country = ctx.random.pick(ctx.events).country;
  if (!country || !askableCountries(ctx).some((candidate) => candidate.name === country)) return null;
  const starts = ctx.events.filter((event) => event.country === country).map((event) => event.start).sort().slice(0, 3);
  return { kind: 'first', text: `first 3 events in ${country}`, expected: { mode: 'starts', starts } };
}

function lastYear(ctx: QuestionContext): Question | null {
  const year = 2026;
  const choice = ctx.random.int(0, 2);
  if (choice === 0) return question('relative-year', 'how many events last year', within(ctx.events, yearBounds(year)));
  if (choice === 1) {
    const head = ctx.activePeople.find((person) => person.name === 'Agron Sojati');
    return head ? question('relative-year', 'where was Sojati last year', within(ctx.eventsOf(head.name), yearBounds(year))) : null;
  }
  const country = ctx.random.pick(ctx.events).country;
  if (!country || !askableCountries(ctx).some((candidate) => candidate.name === country)) return null;
  return question('relative-year', `events in ${country} last year`, within(ctx.events.filter((event) => event.country === country), yearBounds(year)));
}

/** A year the person has no event in: the right answer is none. */
function personInEmptyYear(ctx: QuestionContext): Question | null {
  const person = ctx.random.pick(ctx.activePeople);
  const own = ctx.eventsOf(person.name);
  const busy = new Set(own.flatMap((event) => [yearOf(event), Number(event.end.slice(0, 4))]));
  const free = YEARS.filter((year) => !busy.has(year));
  if (free.length === 0 || !ctx.registry.namesOnly(person.name, personKey(person))) return null;
  const year = ctx.random.pick(free);
  return question('empty', `where was ${person.name} in ${year}`, []);
}

function twoPeople(ctx: QuestionContext): Question | null {
  const event = ctx.random.pick(ctx.events);
  if (event.people.length < 2) return null;
  const [a, b] = ctx.random.sample(event.people, 2);
  const sa = a && surnameOf(a);
  const sb = b && surnameOf(b);
  if (!a || !b || !sa || !sb || !ctx.registry.namesOnly(sa, `person:${a}`) || !ctx.registry.namesOnly(sb, `person:${b}`)) return null;
  return question('two-people', `events with ${sa} and ${sb}`, ctx.eventsOf(a).filter((e) => e.people.includes(b)));
}

function typoPerson(ctx: QuestionContext): Question | null {
  const person = ctx.random.pick(ctx.activePeople);
  const surname = surnameOf(person.name);
  if (!surname || !ctx.registry.namesOnly(surname, personKey(person))) return null;
  const typo = makeTypo(ctx.random, surname, personKey(person), ctx.registry, ctx.isCorpusWord);
  if (!typo) return null;
  const own = ctx.eventsOf(person.name);
  const year = yearOf(ctx.random.pick(own));
  return question('typo-person', `where was ${typo} in ${year}`, within(own, yearBounds(year)));
}

function typoCity(ctx: QuestionContext): Question | null {
  const city = ctx.random.pick(ctx.events).city;
  if (!city || !askableCities(ctx).some((candidate) => candidate.name === city)) return null;
  const typo = makeTypo(ctx.random, city, cityKey(city), ctx.registry, ctx.isCorpusWord);
  return typo ? question('typo-city', `events in ${typo}`, ctx.events.filter((event) => event.city === city)) : null;
}

function typoCountry(ctx: QuestionContext): Question | null {
  const event = ctx.random.pick(ctx.events);
  const country = event.country;
  if (!country || !askableCountries(ctx).some((candidate) => candidate.name === country)) return null;
  const typo = makeTypo(ctx.random, country, `place:${country}`, ctx.registry, ctx.isCorpusWord);
  if (!typo) return null;
  const year = yearOf(event);
  return question('typo-country', `how many events in ${typo} in ${year}`, within(ctx.events.filter((e) => e.country === country), yearBounds(year)));
}
