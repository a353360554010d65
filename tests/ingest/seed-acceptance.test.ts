// Acceptance: ingesting the seed news posts into an empty dataset reproduces the hand-made data/events.json's
// ids, dates, places, people and roles for every post; the roles are also checked against the posts' own words.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestNews } from '../../src/ingest/ingest-news.js';

const root = new URL('../../', import.meta.url);
const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const news = readFileSync(new URL('tests/fixtures/news.txt', root), 'utf8');
const vocabulary = {
  people: readJson('data/people.json'),
  places: readJson('data/places.json'),
  organisations: readJson('data/organisations.json'),
  kinds: readJson('data/event-kinds.json'),
};
const handMade = readJson('data/events.json') as { id: string; title: string; start: string; end: string; city: string | null; country: string | null; people: string[]; roles: unknown[]; summary: string }[];

/** What each seed post says about roles, read by hand from tests/fixtures/news.txt ("role: holder (of ...)"). */
const SEED_ROLES: Record<string, string[]> = {
  'UNODC SEE event': ['opener: Ljupco Nikolovski'],
  'BS Conference, Ohrid': ['organiser: OSCE', 'organiser: UNODC'],
  'CT-PCVE Coordinators': [],
  'OTNA Validation Workshop': [],
  'Directors of Police Services': ['organiser: Bureau for Public Security'],
  'Technical Assistance Vienna': [],
  'drug trafficking” meeting in Athens': ['organiser: Directorate of International Security Cooperation'],
  'Tivat, Montenegro': ['organiser: Italian Ministry of Interior', 'presenter: Agron Sojati (the IISG state of play)'],
  'Strong Cities Western Balkans': ['organiser: Strong Cities Network', 'moderator: Agron Sojati (a panel on developing strategies for preventing violent extremism)'],
  'Jumbo': [],
  'Bilateral consultations in Moldova': ['lead: Majlinda Bregu (the RCC Delegation)', 'lead: Nicu Popescu (the Ministry of Foreign Affairs of Moldova)'],
};

describe('ingest of the seed news posts into an empty dataset', () => {
  const result = ingestNews({ news, events: [], vocabulary, memory: undefined });

  it('adds every post', () => {
    expect(result.report.counts).toMatchObject({ posts: 11, added: 11, skipped: 0 });
  });

  it.each(handMade.map((event) => [event.title, event] as const))('%s', (_title, expected) => {
    const event = result.events.find((candidate) => candidate.id === expected.id);
    expect(event, `no event with id ${expected.id}`).toBeDefined();
    expect(event).toMatchObject({
      title: expected.title,
      start: expected.start,
      end: expected.end,
      city: expected.city,
      country: expected.country,
      people: expected.people,
      roles: expected.roles,
      summary: expected.summary,
    });
  });

  it.each(Object.entries(SEED_ROLES))('roles of %s', (titlePart, roles) => {
    const event = result.events.find((candidate) => candidate.title.includes(titlePart));
    expect(event?.roles.map((role) => `${role.role}: ${role.holder}${role.of ? ` (${role.of})` : ''}`)).toEqual(roles);
  });
});
