// Hand-made Answers in the engine's shape, with real-looking events from the IISG news posts, so the
// rendering is tested without depending on how the engine phrases things.
import type { Answer, EventRecord, Interpretation } from '../../src/index.js';
import { emptyInterpretation } from '../../src/index.js';

export function makeEvent(overrides: Partial<EventRecord> & Pick<EventRecord, 'id' | 'title' | 'start' | 'end'>): EventRecord {
  return { city: null, country: null, people: [], organisers: [], roles: [], topics: [], summary: '', source: null, ...overrides };
}

export const TIVAT = makeEvent({
  id: '2023-03-09-high-level-strategic-meeting-tivat',
  title: 'A high-level strategic meeting on 9 March 2023 in Tivat, Montenegro',
  start: '2023-03-09',
  end: '2023-03-09',
  city: 'Tivat',
  country: 'Montenegro',
  people: ['Agron Sojati'],
});

export const BUDVA = makeEvent({
  id: '2023-09-05-strong-cities-western-balkans-regional-hub',
  title: 'A Strong Cities Western Balkans Regional Hub Workshop',
  start: '2023-09-05',
  end: '2023-09-06',
  city: 'Budva',
  country: 'Montenegro',
  people: ['Agron Sojati'],
});

export const CHISINAU = makeEvent({
  id: '2023-11-21-bilateral-consultations-in-moldova',
  title: 'Bilateral consultations in Moldova',
  start: '2023-11-21',
  end: '2023-11-21',
  city: 'Chisinau',
  country: 'Moldova',
  people: ['Agron Sojati', 'Majlinda Bregu', 'Nicu Popescu'],
});

const NO_INTERPRETATION: Interpretation = emptyInterpretation();

export function makeAnswer(overrides: Partial<Answer> & Pick<Answer, 'events'>): Answer {
  const count = overrides.count ?? overrides.events.length;
  return {
    question: 'where was Sojati in 2023',
    interpretation: { ...NO_INTERPRETATION, intent: 'where', people: ['Agron Sojati'], from: '2023-01-01', to: '2023-12-31' },
    understood: 'Agron Sojati · 2023',
    understoodLine: `Understood: ${overrides.understood ?? 'Agron Sojati · 2023'}`,
    headline: `${count} events`,
    count,
    people: [],
    groups: [],
    verdict: null,
    roles: [],
    quotes: [],
    record: false,
    followUp: false,
    conversation: { questions: ['where was Sojati in 2023'], shown: [], focus: null },
    notes: [],
    text: 'plain text rendering',
    ...overrides,
  };
}

/** `count` distinct, plausible events, one a week from 2022-01-03. */
export function manyEvents(count: number): EventRecord[] {
  const places = [
    ['Tirana', 'Albania'],
    ['Podgorica', 'Montenegro'],
    ['Skopje', 'North Macedonia'],
    ['Sarajevo', 'Bosnia and Herzegovina'],
    ['Belgrade', 'Serbia'],
    ['Pristina', 'Kosovo'],
  ] as const;
  return Array.from({ length: count }, (_, index) => {
    const day = new Date(Date.UTC(2022, 0, 3 + 7 * index)).toISOString().slice(0, 10);
    const [city, country] = places[index % places.length]!;
    return makeEvent({ id: `${day}-regional-meeting-${index}`, title: `Regional meeting on border security no. ${index + 1} in ${city}`, start: day, end: day, city, country, people: ['Agron Sojati'] });
  });
}
