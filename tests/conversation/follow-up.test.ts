// Follow-ups read against the previous question, table-driven: (previous, follow-up, what the merged question
// must hold). Expected values are what a person means by the follow-up, written from the posts.
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../adapters/data/load-dataset.js';
import type { Answer, ConversationState, Interpretation } from '../../src/index.js';

const engine = loadEngine();
const NOW = new Date('2026-12-01T12:00:00Z');

/** Asks the questions in turn as one conversation and returns the last answer. */
function converse(...questions: string[]): Answer {
  let state: ConversationState | null = null;
  let answer: Answer | undefined;
  for (const question of questions) {
    answer = engine.ask(question, NOW, state);
    state = answer.conversation;
  }
  return answer!;
}

type Expected = Partial<Pick<Interpretation, 'intent' | 'people' | 'places' | 'organisations' | 'kinds' | 'from' | 'to' | 'text'>> & {
  excludedPeople?: string[];
  excludedPlaces?: string[];
  aggregate?: string | null;
  cities?: string[];
  followUp?: boolean;
};

const CASES: [string, string, Expected][] = [
  // A date replaces the date; everything else stays.
  ['events in Montenegro', 'and in 2023?', { places: ['Montenegro'], from: '2023-01-01', to: '2023-12-31', cities: ['Tivat', 'Budva'] }],
  ['where was Sojati in 2023', 'and in 2022?', { intent: 'where', people: ['Agron Sojati'], from: '2022-01-01', cities: ['Tirana', 'Budapest'] }],
  ['where was Sojati in 2023', 'in 2022?', { people: ['Agron Sojati'], from: '2022-01-01' }],
  ['events in North Macedonia', 'and in May 2022?', { places: ['North Macedonia'], from: '2022-05-01', to: '2022-05-31', cities: ['Skopje'] }],
  ['how many events in 2022', 'and in 2023?', { intent: 'count', from: '2023-01-01' }],
  // A place replaces the place.
  ['events in Montenegro', 'what about Budva', { places: ['Budva'], cities: ['Budva'] }],
  ['events in 2023 in Montenegro', 'and Italy?', { places: ['Italy'], from: '2023-01-01', cities: ['Rome'] }],
  ['where was Sojati in 2022', 'what about Hungary', { people: ['Agron Sojati'], places: ['Hungary'], cities: ['Budapest'] }],
  // "also" adds.
  ['events in Montenegro', 'also in Albania', { places: ['Montenegro', 'Albania'], cities: ['Tirana', 'Tivat', 'Budva'] }],
  // A person replaces the person.
  ['where was Sojati in 2023', 'what about Bregu', { people: ['Majlinda Bregu'], from: '2023-01-01', cities: ['Chisinau'] }],
  // A kind refines.
  ['events in Montenegro', 'only workshops', { places: ['Montenegro'], kinds: ['workshop'], cities: ['Budva'] }],
  ['events in 2022', 'just conferences', { kinds: ['conference'], from: '2022-01-01' }],
  // Exclusions add up.
  ['events in 2023', 'without Sojati', { from: '2023-01-01', excludedPeople: ['Agron Sojati'], cities: ['Rome'] }],
  ['events in 2022', 'not in North Macedonia', { from: '2022-01-01', excludedPlaces: ['North Macedonia'], cities: ['Tirana', 'Budapest', 'Vienna', 'Athens'] }],
  ['events in 2022', 'except Vienna', { excludedPlaces: ['Vienna'], cities: ['Ohrid', 'Tirana', 'Budapest', 'Skopje', 'Athens'] }],
  // Excluding someone who was a filter drops the filter.
  ['where was Sojati in 2023', 'and without Sojati?', { people: [], excludedPeople: ['Agron Sojati'], cities: ['Rome'] }],
  // A new intent asks again of the same events.
  ['events in Montenegro', 'how many?', { intent: 'count', places: ['Montenegro'] }],
  ['events in 2023', 'which countries?', { aggregate: 'country', from: '2023-01-01' }],
  ['where was Sojati in 2023', 'when?', { intent: 'when', people: ['Agron Sojati'] }],
  ['events in 2022', 'per month?', { aggregate: 'month', from: '2022-01-01' }],
  ['which countries did he visit', 'and in 2022?', { aggregate: 'country', people: ['Agron Sojati'], from: '2022-01-01' }],
  ['events in Montenegro', 'the latest?', { intent: 'latest', places: ['Montenegro'], cities: ['Budva'] }],
  // "he" in a follow-up is the person asked about before.
  ['where was Bregu in 2023', 'and where was he in 2022?', { people: ['Majlinda Bregu'], from: '2022-01-01' }],
  // A follow-up of a follow-up keeps both.
  ['events in Montenegro', 'and in 2023?', { places: ['Montenegro'], from: '2023-01-01' }],
  // Pointing at an event the last answer showed.
  ['events in 2022', 'the second one', { cities: ['Tirana'] }],
  ['events in 2022', 'the last one', { cities: ['Athens'] }],
  ['where was Sojati in 2023', 'the third one', { cities: ['Chisinau'] }],
  ['when was the Ohrid conference', 'how long was it', { intent: 'duration', cities: ['Ohrid'] }],
  ['where was Sojati in 2023', 'when was that', { intent: 'when', cities: ['Tivat'] }],
  ['bilateral consultations in Moldova', 'who was there', { intent: 'who', cities: ['Chisinau'] }],
  ['bilateral consultations in Moldova', 'more about it', { cities: ['Chisinau'] }],
  // A new, complete question starts afresh.
  ['events in Montenegro', 'where was Sojati in 2022', { places: [], people: ['Agron Sojati'], followUp: false, cities: ['Tirana', 'Budapest'] }],
  ['where was Sojati in 2023', 'events in Italy', { people: [], places: ['Italy'], followUp: false, cities: ['Rome'] }],
  ['events in 2022', 'how many workshops in 2023', { kinds: ['workshop'], from: '2023-01-01', followUp: false }],
  ['events in Montenegro', 'what happened after the Ohrid conference', { places: [], followUp: false }],
  ['how many events in 2022', 'who did Sojati meet in Moldova', { intent: 'who', followUp: false }],
];

describe('follow-ups keep context', () => {
  it.each(CASES)('%s -> %s', (previous, followUp, expected) => {
    const answer = converse(previous, followUp);
    const { interpretation } = answer;
    const { excludedPeople, excludedPlaces, aggregate, cities, followUp: isFollowUp, ...fields } = expected;
    expect(interpretation).toMatchObject(fields);
    if (excludedPeople) expect(interpretation.exclude.people).toEqual(excludedPeople);
    if (excludedPlaces) expect(interpretation.exclude.places).toEqual(excludedPlaces);
    if (aggregate !== undefined) expect(interpretation.aggregate?.by ?? null).toBe(aggregate);
    if (cities) expect(answer.events.map((event) => event.city)).toEqual(cities);
    expect(answer.followUp).toBe(isFollowUp ?? true);
    if (answer.followUp) expect(answer.understood).toMatch(/\(from your previous question\)$/);
  });

  it('three turns keep everything: Montenegro, then 2023, then only workshops', () => {
    const answer = converse('events in Montenegro', 'and in 2023?', 'only workshops');
    expect(answer.interpretation).toMatchObject({ places: ['Montenegro'], kinds: ['workshop'], from: '2023-01-01' });
    expect(answer.events.map((event) => event.city)).toEqual(['Budva']);
  });

  it('pointing past the end of the last answer says so instead of answering', () => {
    const answer = converse('events in Italy', 'the third one');
    expect(answer.headline).toBe('My last answer had 1 event, so there is no 3rd one.');
    expect(answer.count).toBe(0);
  });

  it('without a conversation every question stands alone', () => {
    expect(engine.ask('and in 2023?', NOW).followUp).toBe(false);
    expect(engine.ask('and in 2023?', NOW).interpretation.places).toEqual([]);
  });

  it('the state is a small plain value', () => {
    const state = converse('events in Montenegro', 'and in 2023?').conversation;
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    expect(state.questions).toEqual(['events in Montenegro', 'and in 2023?']);
  });
});
