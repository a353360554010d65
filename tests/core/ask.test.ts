// The question engine over the real dataset, table-driven, with "now" pinned. Expected answers come from
// reading the 11 news posts, not from running the engine.
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../adapters/data/load-dataset.js';

const engine = loadEngine();
const NOW = new Date('2026-11-28T12:00:00Z');
const ask = (question: string, now = NOW) => engine.ask(question, now);
const cities = (question: string) => ask(question).events.map((event) => event.city);

describe('where / when / who', () => {
  it('where was Sojati in 2023: Tivat, Budva and Chisinau, not Rome', () => {
    const answer = ask('where was Sojati in 2023');
    expect(answer.interpretation).toMatchObject({ intent: 'where', people: ['Agron Sojati'], from: '2023-01-01', to: '2023-12-31' });
    expect(answer.events.map((e) => [e.city, e.start, e.end])).toEqual([
      ['Tivat', '2023-03-09', '2023-03-09'],
      ['Budva', '2023-09-05', '2023-09-06'],
      ['Chisinau', '2023-11-21', '2023-11-21'],
    ]);
    expect(answer.text).toMatch(/Rome/); // mentioned separately, as an event that does not name him
  });

  it.each([
    ['where was the Head of Secretariat in 2023'],
    ['where was IISG HoS in 2023'],
    ["where was Mr. Agron Sojati in 2023"],
    ['where was Sojaty in 2023'],
    ['where was SOJATI in 2023?'],
    ['where did Sojati go in 2023'],
    ['where did Sojati travel in 2023'],
    ["Sojati's trips in 2023"],
  ])('%s: same three events', (question) => {
    expect(cities(question)).toEqual(['Tivat', 'Budva', 'Chisinau']);
  });

  it('when was the Ohrid conference', () => {
    const answer = ask('when was the Ohrid conference');
    expect(answer.interpretation.intent).toBe('when');
    expect(answer.events.map((e) => [e.start, e.end])).toEqual([['2022-03-15', '2022-03-17']]);
    expect(answer.headline).toContain('15–17 March 2022');
  });

  it('who did Sojati meet in Moldova: the others named in the post', () => {
    const answer = ask('who did Sojati meet in Moldova');
    expect(answer.interpretation.intent).toBe('who');
    expect(answer.people.map((p) => p.name).sort()).toEqual(['Majlinda Bregu', 'Nicu Popescu']);
  });
});

describe('lists and counts', () => {
  it.each([
    ['how many events in 2022', 6],
    ['how many meetings in 2022', 6],
    ['how many activities in 2023?', 4],
    ['number of events in 2021', 1],
    ['how many events in Montenegro', 2],
    ['how many workshops', 2],
  ])('%s -> %i', (question, count) => {
    const answer = ask(question);
    expect(answer.interpretation.intent).toBe('count');
    expect(answer.count).toBe(count);
  });

  it.each([
    ['what happened in May 2022', ['Budapest', 'Skopje', 'Vienna']],
    ['what meetings were there in May 2022', ['Budapest', 'Skopje', 'Vienna']],
    ['what events were there in May 2022', ['Budapest', 'Skopje', 'Vienna']],
    ['activities in may 2022', ['Budapest', 'Skopje', 'Vienna']],
    ['events in Montenegro', ['Tivat', 'Budva']],
    ['events in Montengro', ['Tivat', 'Budva']],
    ['anything in Albania?', ['Tirana']],
    ['events in Chișinău', ['Chisinau']],
    ['events in chisinau', ['Chisinau']],
    ['events in Italy', ['Rome']],
    ['events in North Macedonia', ['Skopje', 'Ohrid', 'Skopje']],
    ['Q4 2023', ['Rome', 'Chisinau']],
    ['between March and May 2022', ['Ohrid', 'Tirana', 'Budapest', 'Skopje', 'Vienna']],
    ['since September 2023', ['Budva', 'Rome', 'Chisinau']],
    ['events with UNODC', ['Skopje', 'Ohrid']],
    ['CEPOL', ['Budapest']],
    ['workshops', ['Budapest', 'Budva']],
    ['workshop in 2023', ['Budva']],
  ])('%s', (question, expected) => {
    expect(cities(question)).toEqual(expected);
  });

  it.each([
    ['last 5 events', 5, '2023-11-21'],
    ['latest 3 events', 3, '2023-11-21'],
    ['recent events', 5, '2023-11-21'],
    ['the last event', 1, '2023-11-21'],
    ['first event', 1, '2021-12-14'],
    ['first 2 events', 2, '2021-12-14'],
  ])('%s: %i events starting %s', (question, count, firstStart) => {
    const answer = ask(question);
    expect(answer.count).toBe(count);
    expect(answer.events[0]?.start).toBe(firstStart);
  });

  it('last 5 events are newest first', () => {
    const starts = ask('last 5 events').events.map((e) => e.start);
    expect(starts).toEqual([...starts].sort().reverse());
  });
});

describe('free text', () => {
  it.each([
    ['anything about drug trafficking', 'Athens'],
    ['encrypted platforms', 'Tivat'],
    ['border security', 'Ohrid'],
    ['violent extremism workshop', 'Budva'],
    ['drug trafficing', 'Athens'],
  ])('%s -> %s first', (question, city) => {
    expect(cities(question)[0]).toBe(city);
  });

  it('a word no post uses does not empty an answer the understood parts give, and the first line says so', () => {
    const answer = ask('where was Sojati in 2023 blorf');
    expect(answer.count).toBe(3);
    expect(answer.text.split('\n')[0]).toMatch(/^No post mentions "blorf"/);
  });

  it('words that occur elsewhere but not in the matching events keep the structured answer and say so', () => {
    const answer = ask('events in Montenegro about drug trafficking');
    expect(answer.events.map((e) => e.city)).toEqual(['Tivat', 'Budva']);
    expect(answer.text.split('\n')[0]).toMatch(/^None of these events mentions "drug trafficking"/);
  });
});

describe('nothing found is an answer', () => {
  it('another year is offered', () => {
    const answer = ask('where was Sojati in 2021');
    expect(answer.count).toBe(0);
    expect(answer.notes.join(' ')).toMatch(/2022 \(2\).*2023 \(3\)/);
  });

  it('a place with no events offers the places that have them', () => {
    const answer = ask('events in France');
    expect(answer.interpretation.places).toEqual(['France']);
    expect(answer.count).toBe(0);
    expect(answer.notes.join(' ')).toMatch(/North Macedonia \(3\)/);
  });

  it('a specific kind narrows, even to nothing', () => {
    const answer = ask('board meetings in 2022');
    expect(answer.interpretation.kinds).toEqual(['board meeting']);
    expect(answer.count).toBe(0);
  });

  it('gibberish says so', () => {
    const answer = ask('xyzzy');
    expect(answer.count).toBe(0);
    expect(answer.notes.join(' ')).toContain('xyzzy');
  });

  it('relative dates follow the pinned now', () => {
    expect(ask('last year', new Date('2024-02-01T12:00:00Z')).events.map((e) => e.city)).toEqual(['Tivat', 'Budva', 'Rome', 'Chisinau']);
    expect(ask('last year').count).toBe(0);
  });
});

describe('help', () => {
  it.each(['help', '', '?', 'what can you do'])('%j', (question) => {
    const answer = ask(question);
    expect(answer.interpretation.intent).toBe('help');
    expect(answer.text).toMatch(/where was Sojati in 2023/);
  });
});

describe('autocomplete', () => {
  it('offers people and places that occur in the dataset', () => {
    expect(engine.completePeople('soj')).toContain('Agron Sojati');
    expect(engine.completePlaces('mont')).toContain('Montenegro');
    expect(engine.completePlaces('')).not.toContain('France');
    expect(engine.completePlaces('', 25).length).toBeLessThanOrEqual(25);
  });
});

describe('names that mean two things, and typos that are not', () => {
  it('"in the European Union" is the region, "with the European Union" the organisation', () => {
    expect(ask('events in the European Union').interpretation.places).toEqual(['European Union']);
    expect(ask('events with the European Union').interpretation.organisations).toEqual(['EU']);
  });

  it('a typo reading is said', () => {
    expect(ask('events in Budvaa').notes.join(' ')).toContain('Read "budvaa" as Budva');
  });

  it.each(['internal security events', 'bars in 2023', 'fire arms workshop'])('%s is not read as a place or organisation', (question) => {
    const { interpretation } = ask(question);
    expect([...interpretation.places, ...interpretation.organisations]).toEqual([]);
  });
});
