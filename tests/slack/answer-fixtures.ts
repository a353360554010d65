// Hand-made events and answers shaped like the engine's, for rendering tests that must not depend on how
// the engine ranks or words things.
import type { Answer, EventRecord } from '../../src/index.js';
import { emptyInterpretation } from '../../src/index.js';

export function makeEvent(overrides: Partial<EventRecord> = {}): EventRecord {
  return {
    id: '2023-03-09-iisg-board-meeting-tivat',
    title: 'IISG Board Meeting held in Tivat',
    start: '2023-03-09',
    end: '2023-03-09',
    city: 'Tivat',
    country: 'Montenegro',
    people: ['Agron Sojati'],
    organisers: ['IISG'],
    roles: [],
    topics: ['governance'],
    summary: 'The IISG Board met in Tivat to review the annual work plan of the Secretariat.',
    source: 'https://iisg.info/news/board-meeting-tivat',
    ...overrides,
  };
}

export function makeAnswer(overrides: Partial<Answer> = {}): Answer {
  const events = overrides.events ?? [makeEvent()];
  return {
    question: 'where was Sojati in 2023',
    interpretation: emptyInterpretation({ intent: 'where', people: ['Agron Sojati'], from: '2023-01-01', to: '2023-12-31' }),
    understood: 'Agron Sojati · 2023',
    understoodLine: `Understood: ${overrides.understood ?? 'Agron Sojati · 2023'}`,
    headline: `${events.length} ${events.length === 1 ? 'event' : 'events'}`,
    count: events.length,
    events,
    people: [],
    groups: [],
    verdict: null,
    roles: [],
    quotes: [],
    record: false,
    followUp: false,
    conversation: { questions: ['where was Sojati in 2023'], shown: [], focus: null },
    notes: [],
    text: `Agron Sojati · 2023\n${events.length} events\n${events.map((event) => `${event.start} · ${event.title}`).join('\n')}`,
    ...overrides,
  };
}

/** `count` distinct, valid events a month apart, each with a long title and summary. */
export function manyEvents(count: number): EventRecord[] {
  return Array.from({ length: count }, (_unused, index) => {
    const month = String((index % 12) + 1).padStart(2, '0');
    const year = 2019 + Math.floor(index / 12);
    return makeEvent({
      id: `${year}-${month}-05-regional-workshop-${index}`,
      title: `Regional workshop on border security and migration management, session ${index + 1}`,
      start: `${year}-${month}-05`,
      end: `${year}-${month}-06`,
      city: index % 2 === 0 ? 'Skopje' : 'Podgorica',
      country: index % 2 === 0 ? 'North Macedonia' : 'Montenegro',
      people: ['Agron Sojati', 'Majlinda Bregu'],
      organisers: ['IISG', 'RCC'],
    });
  });
}
