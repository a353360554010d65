// The merge: new posts added, known ones matched by id, hand edits never overwritten (and reported),
// nothing dropped. Runs ingestNews as the CLI does, carrying the sidecar from one run to the next.
import { describe, expect, it } from 'vitest';
import { DatasetError, type EventRecord } from '../../src/index.js';
import { ingestNews, type IngestResult } from '../../src/ingest/ingest-news.js';
import { deriveEventId } from '../../src/dataset/event-id.js';
import { newsOf, rawVocabulary } from './ingest-fixtures.js';

const vocabulary = rawVocabulary();
const TIVAT: [string, string] = ['A high-level strategic meeting in Tivat, Montenegro', 'The Head of IISG Secretariat Mr. Agron Sojati gave a presentation at the meeting held in Tivat on 9 March 2023.'];
const BUDVA: [string, string] = ['A Strong Cities Western Balkans Regional Hub Workshop', 'On the 5th and 6th of September 2023 in Budva Montenegro, the IISG Secretariat participated in a workshop.'];
const TIVAT_ID = deriveEventId(TIVAT[0], '2023-03-09');

const run = (news: string, previous?: Pick<IngestResult, 'events' | 'memory'>): IngestResult =>
  ingestNews({ news, events: previous?.events ?? [], memory: previous?.memory, vocabulary });
const byId = (result: IngestResult, id: string) => result.events.find((event) => event.id === id);
const handEdit = (result: IngestResult, id: string, edit: Partial<EventRecord>): IngestResult => ({
  ...result,
  events: result.events.map((event) => (event.id === id ? { ...event, ...edit } : event)),
});

describe('ingestNews merging', () => {
  it('adds new posts and keeps events that are not in the news', () => {
    const first = run(newsOf(TIVAT));
    const second = run(newsOf(BUDVA), first);
    expect(second.report.counts).toMatchObject({ added: 1, unchanged: 0 });
    expect(second.events.map((event) => event.city)).toEqual(['Tivat', 'Budva']);
  });

  it('matches a post already present by id: no duplicate, reported unchanged', () => {
    const first = run(newsOf(TIVAT));
    const second = run(newsOf(TIVAT, BUDVA), first);
    expect(second.events).toHaveLength(2);
    expect(second.report.posts.map((post) => post.status)).toEqual(['unchanged', 'added']);
    expect(second.changed).toBe(true);
    expect(run(newsOf(TIVAT, BUDVA), second).changed).toBe(false);
  });

  it('keeps a field edited by hand and reports it; other fields still follow the post', () => {
    const first = handEdit(run(newsOf(TIVAT)), TIVAT_ID, { topics: ['encrypted platforms'], people: ['Agron Sojati', 'Jane Doe'] });
    // The post is corrected at the source: a new summary; ingest updates what nobody touched.
    const corrected: [string, string] = [TIVAT[0], `${TIVAT[1]} Participants agreed on the next steps.`];
    const second = run(newsOf(corrected), first);
    const event = byId(second, TIVAT_ID);
    expect(event).toMatchObject({ topics: ['encrypted platforms'], people: ['Agron Sojati', 'Jane Doe'], summary: corrected[1] });
    const [post] = second.report.posts;
    expect(post).toMatchObject({ status: 'updated', updatedFields: ['summary'] });
    expect(post?.keptHandEdits.map((edit) => edit.field).sort()).toEqual(['people', 'topics']);
    expect(post?.keptHandEdits.find((edit) => edit.field === 'people')).toMatchObject({ kept: ['Agron Sojati', 'Jane Doe'], extracted: ['Agron Sojati'] });
  });

  it('keeps roles edited by hand; unedited roles follow a corrected post', () => {
    const chaired: [string, string] = [TIVAT[0], `${TIVAT[1]} The meeting was chaired by Mr. Stefan Berger.`];
    const first = run(newsOf(chaired));
    // "gave a presentation at the meeting": a presenter, of nothing the post names.
    expect(byId(first, TIVAT_ID)?.roles).toEqual([{ role: 'presenter', holder: 'Agron Sojati', holderType: 'person', of: null }, { role: 'chair', holder: 'Stefan Berger', holderType: 'person', of: null }]);
    const edited = handEdit(first, TIVAT_ID, { roles: [{ role: 'co-chair', holder: 'Stefan Berger', holderType: 'person', of: null }] });
    const second = run(newsOf([TIVAT[0], `${chaired[1]} Mr. Agron Sojati moderated a panel on encrypted platforms.`]), edited);
    expect(byId(second, TIVAT_ID)?.roles).toEqual([{ role: 'co-chair', holder: 'Stefan Berger', holderType: 'person', of: null }]);
    expect(second.report.posts[0]?.keptHandEdits.map((edit) => edit.field)).toEqual(['roles']);
    const untouched = run(newsOf([TIVAT[0], `${chaired[1]} Mr. Agron Sojati moderated a panel on encrypted platforms.`]), first);
    expect(byId(untouched, TIVAT_ID)?.roles.map((role) => role.role)).toEqual(['presenter', 'chair', 'moderator']);
  });

  it('fills in roles for events ingested before roles existed (a sidecar record without them)', () => {
    const chaired: [string, string] = [TIVAT[0], `${TIVAT[1]} The meeting was chaired by Mr. Stefan Berger.`];
    const first = run(newsOf(chaired));
    const before = {
      events: first.events.map(({ roles: _roles, ...event }) => event) as unknown as EventRecord[],
      memory: { ...first.memory, posts: Object.fromEntries(Object.entries(first.memory.posts).map(([id, { roles: _roles, ...post }]) => [id, post])) } as IngestResult['memory'],
    };
    const second = run(newsOf(chaired), before);
    expect(byId(second, TIVAT_ID)?.roles.map((role) => role.holder)).toEqual(['Agron Sojati', 'Stefan Berger']);
    expect(second.report.posts[0]?.keptHandEdits).toEqual([]);
  });

  it('keeps a hand edit across any number of later runs', () => {
    let result = handEdit(run(newsOf(TIVAT)), TIVAT_ID, { city: 'Kotor' });
    for (let runs = 0; runs < 3; runs++) result = run(newsOf(TIVAT), result);
    expect(byId(result, TIVAT_ID)).toMatchObject({ city: 'Kotor', country: 'Montenegro' });
  });

  it('keeps start and end together: a corrected start keeps its end', () => {
    const first = handEdit(run(newsOf(TIVAT)), TIVAT_ID, { start: '2023-03-08', end: '2023-03-09' });
    const changedPost: [string, string] = [TIVAT[0], TIVAT[1].replace('on 9 March 2023', 'on 9 March 2023 (postponed from 7 March 2023)')];
    const second = run(newsOf(changedPost), first);
    expect(byId(second, TIVAT_ID)).toMatchObject({ start: '2023-03-08', end: '2023-03-09' });
  });

  it('treats every differing field of a hand-made event (no sidecar record) as a hand edit', () => {
    const handMade: EventRecord = {
      id: TIVAT_ID, title: 'Strategic meeting, Tivat', start: '2023-03-09', end: '2023-03-09', city: 'Tivat', country: 'Montenegro',
      people: ['Agron Sojati'], organisers: ['Italian Ministry of Interior'], roles: [], topics: ['criminal networks'], summary: 'Written by hand.', source: null,
    };
    const result = ingestNews({ news: newsOf(TIVAT), events: [handMade], memory: undefined, vocabulary });
    expect(result.events).toEqual([handMade]);
    expect(result.report.posts[0]?.keptHandEdits.map((edit) => edit.field).sort()).toEqual(['organisers', 'roles', 'summary', 'title', 'topics']);
    expect(result.memory.posts[TIVAT_ID]).toMatchObject({ summary: TIVAT[1] });
  });

  it('does not add again an event that was deleted by hand', () => {
    const first = run(newsOf(TIVAT, BUDVA));
    const deleted = { ...first, events: first.events.filter((event) => event.id !== TIVAT_ID) };
    const second = run(newsOf(TIVAT, BUDVA), deleted);
    expect(second.events.map((event) => event.city)).toEqual(['Budva']);
    expect(second.report.posts[0]).toMatchObject({ status: 'skipped' });
    expect(second.report.posts[0]?.problems.map((p) => p.code)).toEqual(['deleted-by-hand']);
  });

  it('recognises an event whose id was changed by hand (same title, same days)', () => {
    const renamed = handEdit(run(newsOf(TIVAT)), TIVAT_ID, { id: 'tivat-2023' });
    const second = run(newsOf(TIVAT), renamed);
    expect(second.events.map((event) => event.id)).toEqual(['tivat-2023']);
    expect(second.report.posts[0]).toMatchObject({ status: 'unchanged', id: 'tivat-2023' });
  });

  it('adds a recurring event with the same title on other days, with a warning', () => {
    const first = run(newsOf(['IISG Board Meeting', 'The IISG Board met in Tirana on 5 May 2022.']));
    const second = run(newsOf(['IISG Board Meeting', 'The IISG Board met in Tirana on 4 May 2023.']), first);
    expect(second.events.map((event) => event.start)).toEqual(['2022-05-05', '2023-05-04']);
    expect(second.report.posts[0]?.problems.map((p) => p.code)).toEqual(['same-title-different-dates']);
  });

  it('ingests a post repeated in the same file once', () => {
    const result = run(newsOf(TIVAT, BUDVA, TIVAT));
    expect(result.events).toHaveLength(2);
    expect(result.report.posts[2]).toMatchObject({ status: 'skipped' });
    expect(result.report.posts[2]?.problems[0]?.message).toContain('line 1');
  });

  it('sorts the dataset by start day', () => {
    const result = run(newsOf(BUDVA, TIVAT));
    expect(result.events.map((event) => event.start)).toEqual(['2023-03-09', '2023-09-05']);
  });

  it('refuses an invalid dataset, naming the record, rather than dropping it', () => {
    const broken = [{ id: 'kept', title: 'Hand-made', start: '2022-05-05', end: '2022-05-04' }];
    expect(() => ingestNews({ news: newsOf(TIVAT), events: broken, memory: undefined, vocabulary })).toThrow(DatasetError);
    expect(() => ingestNews({ news: newsOf(TIVAT), events: broken, memory: undefined, vocabulary })).toThrow(/record 1 \(id "kept"\), field "end": expected a day on or after start/);
  });

  it('refuses a damaged sidecar with a message saying what it is', () => {
    expect(() => ingestNews({ news: newsOf(TIVAT), events: [], memory: { version: 2, posts: {} }, vocabulary, sources: { memory: 'data/events.ingest.json' } })).toThrow(
      /data\/events\.ingest\.json.*ingest's record of what it last wrote/,
    );
  });
});
