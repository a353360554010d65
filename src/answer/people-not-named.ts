// The Secretariat's events in a question's scope whose post does not name the person asked about: "where was
// Sojati in 2023" mentions the Rome conference apart, and "did Sojati go to Rome" says the Secretariat was
// there though the post does not name him, rather than a bare "no".
import type { EventRecord } from '../dataset/event-schema.js';
import type { EventIndex } from '../search/event-index.js';
import type { FullTextIndex } from '../search/full-text.js';
import type { Phrasebook } from './phrasebook.js';
import { selectEvents, type Filters } from '../execute/select-events.js';
import { formatDays, formatPlace, titleOf } from './format-event.js';

export interface Scope {
  index: EventIndex;
  fullText: FullTextIndex;
}

/** The scope's events, other than `shown`, that do not name the people the filters ask for. */
export function eventsNotNaming(filters: Filters, shown: readonly number[], { index, fullText }: Scope): EventRecord[] {
  const people = filters.entities.filter((entity) => entity.type === 'person');
  if (people.length === 0) return [];
  const taken = new Set(shown);
  return selectEvents(
    { ...filters, entities: filters.entities.filter((entity) => entity.type !== 'person') },
    index,
    fullText,
  )
    .positions.filter((position) => !taken.has(position))
    .map((position) => index.events[position])
    .filter(
      (event): event is EventRecord =>
        event !== undefined && !people.some((person) => event.people.includes(person.name)),
    );
}

/** "<title> (Rome, Italy, 9 March 2023)": an event inside a note's sentence. */
export function inlineEvent(event: EventRecord, pb: Phrasebook): string {
  return pb.say('notes.eventInline', {
    title: titleOf(event),
    place: formatPlace(event, pb),
    days: formatDays(event.start, event.end, pb),
  });
}

/** For an empty answer that named people and something else: the events the rest finds, if any. */
export function notNamedNote(filters: Filters, scope: Scope, pb: Phrasebook): string[] {
  const people = filters.entities.filter((entity) => entity.type === 'person');
  if (people.length === 0 || filters.entities.length + filters.textWords.length <= people.length) return [];
  const others = eventsNotNaming(filters, [], scope);
  if (others.length === 0) return [];
  const named = pb.chain(
    people.map((person) => person.name),
    'and',
  );
  const lines = others
    .slice(0, 3)
    .map((event) => inlineEvent(event, pb))
    .join('; ');
  return [
    pb.say('notes.notNamed', {
      count: others.length,
      people: named,
      list: `${lines}${others.length > 3 ? '; ...' : ''}`,
    }),
  ];
}
