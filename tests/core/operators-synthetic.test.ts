// Operators over a synthetic dataset whose answers are known by construction: each expected answer is computed
// here from the generated records with plain filters, never by the engine. Plus the negative cases: operator
// words that are part of a title ("Next Generation EU", "Not Alone", "Before the Summit").
import { describe, expect, it } from 'vitest';
import { readVocabulary } from '../../adapters/data/load-dataset.js';
import { createEngine, type EventRecord } from '../../src/index.js';

const PLACES = [
  ['Tirana', 'Albania'],
  ['Skopje', 'North Macedonia'],
  ['Belgrade', 'Serbia'],
  ['Sarajevo', 'Bosnia and Herzegovina'],
  ['Podgorica', 'Montenegro'],
  ['Vienna', 'Austria'],
  ['Rome', 'Italy'],
] as const;
const KINDS = ['Workshop', 'Conference', 'Seminar', 'Meeting'] as const;
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const days = (event: EventRecord) => (Date.parse(event.end) - Date.parse(event.start)) / DAY + 1;

/** 60 events, one every 23 days from 2020-02-03, each with a code word ("Ravel7") that names it alone. */
function generate(): EventRecord[] {
  const events: EventRecord[] = [];
  for (let i = 0; i < 60; i++) {
    const start = Date.parse('2020-02-03T00:00:00Z') + i * 23 * DAY;
    const length = 1 + ((i * 7) % 4);
    const [city, country] = PLACES[(i * 3) % PLACES.length]!;
    const kind = KINDS[i % KINDS.length]!;
    events.push({
      id: `synthetic-${i}`,
      title: `Regional ${kind} Ravel${i} on border cooperation`,
      start: iso(start),
      end: iso(start + (length - 1) * DAY),
      city,
      country,
      people: i % 3 === 0 ? ['Agron Sojati'] : [],
      organisers: i % 4 === 1 ? ['UNODC'] : i % 5 === 2 ? ['OSCE'] : [],
      roles: [],
      topics: ['border security'],
      summary: `Participants of the ${kind.toLowerCase()} in ${city} discussed regional cooperation.`,
      source: null,
    });
  }
  const special = (id: string, title: string, start: string) => ({
    id, title, start, end: start, city: 'Brussels', country: 'Belgium', people: [], organisers: [], roles: [], topics: [], summary: `${title}.`, source: null,
  });
  events.push(special('next-generation-eu', 'Next Generation EU Dialogue with the Western Balkans', '2024-01-10'));
  events.push(special('not-alone', 'Not Alone campaign launch against domestic violence', '2024-02-14'));
  events.push(special('before-the-summit', 'Before the Summit: a youth forum on security', '2024-03-20'));
  return events;
}

const EVENTS = generate();
const { vocabulary } = readVocabulary();
const engine = createEngine({ events: EVENTS, vocabulary });
const NOW = new Date('2026-12-01T12:00:00Z');
const ids = (question: string, now = NOW) => engine.ask(question, now).events.map((event) => event.id);
const idsOf = (events: readonly EventRecord[]) => events.map((event) => event.id);
const regular = EVENTS.filter((event) => event.id.startsWith('synthetic-'));
const kindOf = (event: EventRecord) => event.title.split(' ')[1]!;
const inYear = (year: string) => (event: EventRecord) => event.start.startsWith(year);

describe('operators, answers known by construction', () => {
  it.each(PLACES.map(([, country]) => country))('events not in %s', (country) => {
    expect(ids(`events not in ${country}`)).toEqual(idsOf(EVENTS.filter((event) => event.country !== country)));
  });

  it.each(['Albania', 'Serbia'])('workshops not in %s', (country) => {
    expect(ids(`workshops not in ${country}`)).toEqual(idsOf(regular.filter((event) => kindOf(event) === 'Workshop' && event.country !== country)));
  });

  it.each(['2021', '2022', '2023'])('events in %s without Sojati', (year) => {
    expect(ids(`events in ${year} without Sojati`)).toEqual(idsOf(EVENTS.filter(inYear(year)).filter((event) => !event.people.includes('Agron Sojati'))));
  });

  it.each(['2020', '2021', '2022', '2023'])('how many countries in %s', (year) => {
    const answer = engine.ask(`how many countries in ${year}`, NOW);
    expect(answer.groups.length).toBe(new Set(EVENTS.filter(inYear(year)).map((event) => event.country)).size);
  });

  it('events per year', () => {
    const expected = new Map<string, number>();
    for (const event of EVENTS) expected.set(event.start.slice(0, 4), (expected.get(event.start.slice(0, 4)) ?? 0) + 1);
    expect(engine.ask('events per year', NOW).groups.map((group) => [group.value, group.count])).toEqual([...expected.entries()]);
  });

  it('the busiest year', () => {
    const counts = new Map<string, number>();
    for (const event of EVENTS) counts.set(event.start.slice(0, 4), (counts.get(event.start.slice(0, 4)) ?? 0) + 1);
    const most = Math.max(...counts.values());
    expect(engine.ask('busiest year', NOW).groups.map((group) => group.value)).toEqual([...counts.entries()].filter(([, n]) => n === most).map(([year]) => year));
  });

  it('the longest events, all of them when several share the length', () => {
    const longest = Math.max(...EVENTS.map(days));
    expect(ids('longest event')).toEqual(idsOf(EVENTS.filter((event) => days(event) === longest)));
  });

  it.each([1, 2, 3, 5])('event number %i of 2022', (n) => {
    const ordinal = ['', 'first', 'second', 'third', 'fourth', 'fifth'][n];
    expect(ids(`the ${ordinal} event of 2022`)).toEqual([EVENTS.filter(inYear('2022'))[n - 1]!.id]);
  });

  it.each([10, 25, 40])('events after the Ravel%i event', (n) => {
    const anchor = EVENTS[n]!;
    expect(ids(`events after the Ravel${n} ${kindOf(anchor).toLowerCase()}`)).toEqual(idsOf(EVENTS.filter((event) => event.start > anchor.end)));
  });

  it.each([10, 25, 40])('the event right before the Ravel%i event', (n) => {
    const anchor = EVENTS[n]!;
    const before = EVENTS.filter((event) => event.end < anchor.start);
    expect(ids(`the event right before Ravel${n}`)).toEqual([before[before.length - 1]!.id]);
  });

  it.each(['2021-06-15', '2022-11-02', '2023-04-20'])('next meeting, asked on %s', (today) => {
    const expected = EVENTS.find((event) => event.end >= today);
    expect(ids('next meeting', new Date(`${today}T08:00:00Z`))).toEqual([expected!.id]);
  });

  it('was there anything in a country with no events: No', () => {
    const answer = engine.ask('was there anything in Kosovo', NOW);
    expect(answer.verdict).toBe('no');
    expect(answer.headline).toMatch(/^No/);
  });

  it('how many events per year with UNODC, composed', () => {
    const expected = new Map<string, number>();
    for (const event of EVENTS.filter((e) => e.organisers.includes('UNODC'))) expected.set(event.start.slice(0, 4), (expected.get(event.start.slice(0, 4)) ?? 0) + 1);
    expect(engine.ask('how many events per year with UNODC', NOW).groups.map((group) => [group.value, group.count])).toEqual([...expected.entries()]);
  });
});

describe('operator words that are part of a title', () => {
  it.each([
    ['Next Generation EU events', 'next-generation-eu'],
    ['anything about the Not Alone campaign', 'not-alone'],
    ['when was Before the Summit', 'before-the-summit'],
    ['next generation eu', 'next-generation-eu'],
  ])('%s', (question, id) => {
    const answer = engine.ask(question, NOW);
    expect(answer.events.map((event) => event.id)).toEqual([id]);
    expect(answer.interpretation.upcoming).toBe(false);
    expect(answer.interpretation.exclude.text).toEqual([]);
  });

  it('"not" before a place that is no title still excludes', () => {
    expect(ids('events not in Belgium')).toEqual(idsOf(EVENTS.filter((event) => event.country !== 'Belgium')));
  });
});
