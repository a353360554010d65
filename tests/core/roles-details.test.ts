// Roles and details answered from the posts: who organised, led, hosted, chaired, moderated, presented or
// opened; what was presented, adopted, the purpose, the topic, how many took part; and an event's whole
// record. Over the seed posts and the 24 fixture posts (tests/fixtures/news-2021-2026.txt); every expected
// holder and quote is read in the posts' text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadEngine, readVocabulary } from '../../adapters/data/load-dataset.js';
import { ingestNews } from '../../src/ingest/ingest-news.js';
import { createEngine } from '../../src/index.js';

const NOW = new Date('2026-12-01T12:00:00Z');
const seed = loadEngine();
const { vocabulary } = readVocabulary();
const fixtureEvents = ingestNews({ news: readFileSync(new URL('../fixtures/news-2021-2026.txt', import.meta.url), 'utf8'), events: [], vocabulary, memory: undefined }).events;
const fixtures = createEngine({ events: fixtureEvents, vocabulary });

const holders = (engine: typeof seed, question: string) => engine.ask(question, NOW).roles.map((role) => role.holder).sort();

describe('who holds a role, over the seed posts', () => {
  it.each([
    // "organized by the OSCE Mission to the United Nations and the UNODC"
    ['who organised the Ohrid conference', ['OSCE', 'UNODC']],
    ['who organized the Ohrid conference', ['OSCE', 'UNODC']],
    ['who was the organiser of the Budva workshop', ['Strong Cities Network']],
    // "the Ministry of Foreign Affairs of Moldova, led by Mr. Nicu Popescu"
    ['who led the Moldovan side', ['Nicu Popescu']],
    ['who led the RCC delegation', ['Majlinda Bregu']],
    // "Mr. Agron Sojati moderated a panel on developing strategies for preventing violent extremism"
    ['who moderated the panel in Budva', ['Agron Sojati']],
    ['who presented at the Tivat meeting', ['Agron Sojati']],
    ['who opened the Skopje event in 2021', ['Ljupco Nikolovski']],
  ])('%s', (question, expected) => {
    expect(holders(seed, question)).toEqual(expected);
  });

  it('a role the post does not state is said so, with what the post names', () => {
    const hosted = seed.ask('who hosted the Tivat meeting', NOW);
    expect(hosted.roles).toEqual([]);
    expect(hosted.headline).toMatch(/^The post does not say who hosted it; its organiser is Italian Ministry of Interior/);
    expect(seed.ask('who chaired the Rome conference', NOW).headline).toMatch(/^The post does not say who chaired it/);
  });

  it('"who led" names the lead and what was led, not everyone the post names', () => {
    const answer = seed.ask('who led the Moldovan side', NOW);
    expect(answer.headline).toMatch(/Nicu Popescu led the Ministry of Foreign Affairs of Moldova/);
    expect(answer.headline).not.toMatch(/Bregu/);
  });

  it('"which meetings did the RCC organise" filters by the holder', () => {
    expect(seed.ask('which meetings did the RCC organise', NOW).events.map((event) => event.city)).toEqual(['Chisinau']);
    expect(seed.ask('events chaired by Sojati', NOW).count).toBe(0);
  });

  it('"what did Sojati moderate" is his role and what it was of', () => {
    const answer = seed.ask('what did Sojati moderate', NOW);
    expect(answer.roles.map((role) => [role.holder, role.role, role.of])).toEqual([['Agron Sojati', 'moderator', 'a panel on developing strategies for preventing violent extremism']]);
  });

  it('"who organised it" with nothing before it asks which event', () => {
    const answer = seed.ask('who organised it', NOW);
    expect(answer.headline).toMatch(/^Which event do you mean\?/);
    expect(answer.count).toBe(0);
  });

  it('"organised" in "organised crime" is a subject, not a role', () => {
    expect(seed.ask('organised crime events', NOW).interpretation.role).toBeNull();
  });
});

describe('who holds a role, over the fixture posts', () => {
  it.each([
    // "The meeting was co-chaired by Ms. Lejla Kovač, Head of Unit at DG HOME, and Mr. Marko Vuković"
    ['who co-chaired the IISG Board meeting in Podgorica', ['Lejla Kovač', 'Marko Vuković']],
    // "hosted by the Ministry of Interior of Albania in Tirana"
    ['who hosted the WBCTi expert meeting in Tirana', ['Ministry of Interior of Albania']],
    // "The discussion that followed was moderated by Ms. Ana Petrović"
    ['who moderated the discussion at the expert meeting in Tirana', ['Ana Petrović']],
    // "The workshop was opened by Mr. Jovan Stojanov"
    ['who opened the firearms workshop in Skopje', ['Jovan Stojanov']],
    // "The meeting was chaired by the Head of the IISG Secretariat, Mr. Agron Sojati"
    ['who chaired the serious crime pillar meeting in Belgrade', ['Agron Sojati']],
  ])('%s', (question, expected) => {
    expect(holders(fixtures, question)).toEqual(expected);
  });
});

describe('details quoted from the post', () => {
  it.each([
    [seed, 'what was the purpose of the Budapest workshop', /^The post says: “The purpose of the meeting was to ensure that OTNA conclusions/],
    [seed, 'how many participants in Rome', /^Over 100 participants: “.*brought together over 100 participants/],
    [seed, 'what was the topic of the Skopje conference in 2022', /^The topic: “Fighting Organized Crime: Challenges and support”/],
    [seed, 'what did Sojati present in Tivat', /^The post says: “.*deliver a presentation on the IISG state of play/],
    [fixtures, 'how many participants at the IISG Board meeting in Podgorica', /^Over 40 participants/],
    [fixtures, 'what did the Board adopt in Podgorica', /adopted the conclusions on the IISG Work Plan 2022/],
    [fixtures, 'what was the purpose of the expert meeting in Tirana', /The purpose of the meeting was to review the implementation of the regional P\/CVE actions/],
    [fixtures, 'how many people attended the serious crime pillar meeting in Belgrade', /^28 participants/],
  ])('%#: %s', (engine, question, line) => {
    expect(engine.ask(question, NOW).headline).toMatch(line);
  });

  it('a detail the post does not state is said so, and the event is shown', () => {
    const answer = seed.ask('what was discussed in Athens', NOW);
    expect(answer.headline).toBe('The post does not say what was discussed; here is the event:');
    expect(answer.events.map((event) => event.city)).toEqual(['Athens']);
    expect(answer.quotes).toEqual([]);
  });

  it('"what did X present" quotes X, never another speaker', () => {
    // "Mr. Agron Sojati, gave a presentation on the link between the IISG and the Roadmap ..."
    expect(fixtures.ask('what did Sojati present at the firearms workshop in Skopje', NOW).headline).toMatch(/gave a presentation on the link between the IISG and the Roadmap/);
    // The Deputy Minister opened it and "underlined"; the presentation in the post is Sojati's.
    const other = fixtures.ask('what did Stojanov present at the firearms workshop in Skopje', NOW);
    expect(other.quotes).toEqual([]);
    expect(other.headline).toMatch(/^The post does not say what was presented/);
  });

  it('a post cut off mid-sentence is quoted with an ellipsis, never completed', () => {
    expect(seed.ask('what was the purpose of the Budapest workshop', NOW).quotes[0]?.text).toMatch(/are…$/);
  });
});

describe('the whole record on request', () => {
  it.each(['tell me about the Budva workshop', 'details of the Budva workshop', 'info on the Budva workshop'])('%s', (question) => {
    const answer = seed.ask(question, NOW);
    expect(answer.record).toBe(true);
    expect(answer.text).toMatch(/Moderator: Agron Sojati \(a panel on developing strategies for preventing violent extremism\)/);
    expect(answer.text).toMatch(/Organisers: Strong Cities Network/);
    expect(answer.text).toMatch(/Summary: On the 5th and 6th of September 2023 in Budva/);
  });

  it('"tell me about" a subject many posts share lists them instead', () => {
    const answer = seed.ask('tell me about organised crime', NOW);
    expect(answer.record).toBe(false);
    expect(answer.count).toBeGreaterThan(1);
  });
});
