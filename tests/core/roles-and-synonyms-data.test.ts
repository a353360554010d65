// Roles and synonyms are data: a broken role or synonym gets one message naming file, record and field, and a
// role holder that only the dataset names is understood in questions like any person or organiser.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine, DatasetError } from '../../src/index.js';

const read = (name: string) => JSON.parse(readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8')) as unknown;
const vocabulary = { people: read('people.json'), places: read('places.json'), organisations: read('organisations.json'), kinds: read('event-kinds.json'), synonyms: read('synonyms.json') };
const events = read('events.json') as Record<string, unknown>[];
const sources = { events: 'data/events.json', vocabulary: { synonyms: 'data/synonyms.json' } };

function messageOf(input: { events: unknown; vocabulary: unknown }): string {
  try {
    createEngine({ ...input, sources });
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    return (error as Error).message;
  }
  throw new Error('expected the dataset to be rejected');
}

const withRoles = (roles: unknown) => {
  const copy = structuredClone(events);
  copy[10]!.roles = roles;
  return { events: copy, vocabulary };
};

describe('roles in events.json', () => {
  it('accepts the real dataset, whose posts state roles', () => {
    const engine = createEngine({ events, vocabulary, sources });
    expect(engine.events.some((event) => event.roles.length > 0)).toBe(true);
  });

  it.each([
    ['an unknown role', [{ role: 'boss', holder: 'Majlinda Bregu', holderType: 'person', of: null }], /record 11 \(id "2023-11-21-bilateral-consultations-in-moldova"\), field "roles\[1\]\.role": expected one of organiser, co-organiser, host, chair, co-chair, lead, moderator, presenter, opener, speaker, got "boss"/],
    ['a holder type that is neither', [{ role: 'lead', holder: 'Majlinda Bregu', holderType: 'people', of: null }], /field "roles\[1\]\.holderType": expected "person" or "organisation", got "people"/],
    ['an empty holder', [{ role: 'lead', holder: 'Majlinda Bregu', holderType: 'person' }, { role: 'lead', holder: ' ', holderType: 'person' }], /field "roles\[2\]\.holder": expected a non-empty name/],
    ['a misspelt field', [{ role: 'lead', holder: 'Majlinda Bregu', holderType: 'person', off: 'the RCC Delegation' }], /field "roles\[1\]": unknown field "off"/],
    ['roles as a string', 'Majlinda Bregu', /field "roles": expected array, got "Majlinda Bregu"/],
  ])('rejects %s', (_case, roles, message) => {
    expect(messageOf(withRoles(roles))).toMatch(message);
  });

  it('fills in a missing `of` and missing roles', () => {
    const copy = structuredClone(events).map(({ roles: _roles, ...event }) => event);
    copy[10]!.roles = [{ role: 'lead', holder: 'Majlinda Bregu', holderType: 'person' }];
    const engine = createEngine({ events: copy, vocabulary, sources });
    expect(engine.events.find((event) => event.id === copy[10]!.id)?.roles).toEqual([{ role: 'lead', holder: 'Majlinda Bregu', holderType: 'person', of: null }]);
    expect(engine.events.find((event) => event.id === copy[0]!.id)?.roles).toEqual([]);
  });

  it('understands a person named only in roles', () => {
    const copy = structuredClone(events);
    copy[10]!.roles = [{ role: 'chair', holder: 'Irina Ceban', holderType: 'person', of: null }];
    const answer = createEngine({ events: copy, vocabulary, sources }).ask('where was Irina Ceban', new Date('2024-01-01T12:00:00Z'));
    expect(answer.interpretation.people).toEqual(['Irina Ceban']);
  });
});

describe('synonyms.json', () => {
  const withSynonyms = (synonyms: unknown) => ({ events, vocabulary: { ...vocabulary, synonyms } });

  it.each([
    ['no aliases', [{ name: 'counter-terrorism', aliases: [] }], /data\/synonyms\.json, record 1 \(id "counter-terrorism"\), field "aliases": expected at least one other way of saying it/],
    ['an alias of punctuation only', [{ name: 'counter-terrorism', aliases: ['CT', '//'] }], /record 1 .*field "aliases\[2\]": expected a phrase with letters or digits, got "\/\/"/],
    ['a missing name', [{ aliases: ['CT'] }], /record 1, field "name": expected string, got nothing/],
    ['an object instead of a list', { CT: 'counter-terrorism' }, /data\/synonyms\.json: expected a JSON array of records, got object/],
  ])('rejects %s', (_case, synonyms, message) => {
    expect(messageOf(withSynonyms(synonyms))).toMatch(message);
  });

  it('accepts the real file and a vocabulary without synonyms', () => {
    expect(() => createEngine({ events, vocabulary, sources })).not.toThrow();
    const { synonyms: _none, ...withoutSynonyms } = vocabulary;
    expect(() => createEngine({ events, vocabulary: withoutSynonyms })).not.toThrow();
  });
});
