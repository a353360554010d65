// Operators over the 11 seed posts, with "now" pinned. Expected answers are read from the posts (cities and
// dates as they are published), not from running the engine.
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../adapters/data/load-dataset.js';

const engine = loadEngine();
const NOW = new Date('2026-12-01T12:00:00Z');
const ask = (question: string, now = NOW) => engine.ask(question, now);
const cities = (question: string, now = NOW) => ask(question, now).events.map((event) => event.city);
const firstLine = (question: string, now = NOW) => ask(question, now).text.split('\n')[0] ?? '';

// The posts, in date order: Skopje (Dec 2021, UNODC), Ohrid (15-17 Mar 2022 conference, OSCE + UNODC), Tirana
// (20 Apr 2022, Sojati), Budapest (5-6 May 2022 workshop, Sojati, CEPOL), Skopje (5-6 May 2022 conference),
// Vienna (23-27 May 2022 working group), Athens (27-28 Sep 2022 seminar), Tivat (9 Mar 2023, Sojati), Budva
// (5-6 Sep 2023 workshop, Sojati), Rome (14-15 Nov 2023 conference), Chisinau (21 Nov 2023, Sojati, RCC).
const ALL = ['Skopje', 'Ohrid', 'Tirana', 'Budapest', 'Skopje', 'Vienna', 'Athens', 'Tivat', 'Budva', 'Rome', 'Chisinau'];
const without = (...left: string[]) => ALL.filter((city) => !left.includes(city));

describe('exclusion', () => {
  it.each([
    ['events not in Montenegro', without('Tivat', 'Budva')],
    ['workshops not in Albania', ['Budapest', 'Budva']],
    ['workshops not in Hungary', ['Budva']],
    ['2023 meetings the HoS skipped', ['Rome']],
    ['events in 2023 that Sojati did not attend', ['Rome']],
    ['anything apart from UNODC events', ['Tirana', 'Budapest', 'Skopje', 'Vienna', 'Athens', 'Tivat', 'Budva', 'Rome', 'Chisinau']],
    ['events without Sojati', ['Skopje', 'Ohrid', 'Skopje', 'Vienna', 'Athens', 'Rome']],
    ['events in 2022 not in North Macedonia', ['Tirana', 'Budapest', 'Vienna', 'Athens']],
    ['where did Sojati go except Montenegro', ['Tirana', 'Budapest', 'Chisinau']],
    ['events not organised by UNODC', ['Tirana', 'Budapest', 'Skopje', 'Vienna', 'Athens', 'Tivat', 'Budva', 'Rome', 'Chisinau']],
    ['events other than workshops in 2022', ['Ohrid', 'Tirana', 'Skopje', 'Vienna', 'Athens']],
    ['events outside the Western Balkans', ['Budapest', 'Vienna', 'Athens', 'Rome', 'Chisinau']],
    ['conferences outside the EU', ['Ohrid', 'Skopje']],
    ['events not in North Macedonia or Montenegro', ['Tirana', 'Budapest', 'Vienna', 'Athens', 'Rome', 'Chisinau']],
    ['events in 2022 but not in May', ['Ohrid', 'Tirana', 'Athens']],
    ['events not in 2022', ['Skopje', 'Tivat', 'Budva', 'Rome', 'Chisinau']],
    ['non-EU events', ['Skopje', 'Ohrid', 'Tirana', 'Skopje', 'Tivat', 'Budva', 'Chisinau']],
  ])('%s', (question, expected) => {
    expect(cities(question)).toEqual(expected);
  });

  it('an excluded person is shown as excluded, not as a filter', () => {
    const { interpretation } = ask('2023 meetings the HoS skipped');
    expect(interpretation.people).toEqual([]);
    expect(interpretation.exclude.people).toEqual(['Agron Sojati']);
    expect(interpretation.from).toBe('2023-01-01');
  });

  it('"which countries did he not visit" is the countries where no post names him', () => {
    const answer = ask('which countries did the HoS not visit');
    expect(answer.groups.map((group) => group.value).sort()).toEqual(['Austria', 'Greece', 'Italy', 'North Macedonia']);
  });
});

describe('anchors on another event', () => {
  it.each([
    ['what happened after the Ohrid conference', ['Tirana', 'Budapest', 'Skopje', 'Vienna', 'Athens', 'Tivat', 'Budva', 'Rome', 'Chisinau']],
    ['the meeting before the Athens seminar', ['Vienna']],
    ['what did the HoS do after the Rome conference', ['Chisinau']],
    ['events before the Budapest workshop', ['Skopje', 'Ohrid', 'Tirana']],
    ['what happened between the Ohrid conference and the Athens seminar', ['Tirana', 'Budapest', 'Skopje', 'Vienna']],
    ['the next event after the Tivat meeting', ['Budva']],
    ['the last event before the Athens seminar', ['Vienna']],
    ['events since the Vienna working group', ['Athens', 'Tivat', 'Budva', 'Rome', 'Chisinau']],
    ['events within a week of the Rome conference', ['Chisinau']],
    ['what happened the same week as the Budapest workshop', ['Skopje']],
    ['events until the Tirana meeting', ['Skopje', 'Ohrid']],
    ['the event right before the Chisinau consultations', ['Rome']],
    ['what did Sojati do before the Tivat meeting', ['Tirana', 'Budapest']],
    ['what did Sojati do after the Ohrid conference in 2023', ['Tivat', 'Budva', 'Chisinau']],
    ['events in Montenegro after the Ohrid conference', ['Tivat', 'Budva']],
    ['events within 2 months of the Budapest workshop', ['Ohrid', 'Tirana', 'Skopje', 'Vienna']],
  ])('%s', (question, expected) => {
    expect(cities(question)).toEqual(expected);
  });

  it('the named event is resolved first and shown, never used as a filter', () => {
    const answer = ask('what happened after the Ohrid conference');
    expect(answer.interpretation.anchor?.events.map((event) => event.start)).toEqual(['2022-03-15']);
    expect(answer.interpretation.places).toEqual([]);
    expect(answer.interpretation.from).toBe('2022-03-18');
    expect(answer.events.some((event) => event.city === 'Ohrid')).toBe(false);
  });

  it('a description that could be several events says which, and answers nothing else', () => {
    // Three posts are conferences; the Vienna post mentions the Conference of the Parties too.
    const answer = ask('what happened after the conference');
    expect(firstLine('what happened after the conference')).toMatch(/^"the conference" could be \d events/);
    expect(answer.events.map((event) => event.city)).toEqual(expect.arrayContaining(['Ohrid', 'Skopje', 'Rome']));
    expect(answer.verdict).toBeNull();
  });

  it('a description that finds nothing is admitted on the first line', () => {
    expect(firstLine('what happened after the Paris summit')).toMatch(/^I could not find the event "the paris summit"/);
    expect(ask('what happened after the Paris summit').count).toBe(0);
  });
});

describe('anchors on days and on today', () => {
  it.each([
    ['events around 20 April 2022', NOW, ['Tirana']],
    ['events in the week of 14 November 2023', NOW, ['Rome']],
    ['events within 2 weeks of 9 March 2023', NOW, ['Tivat']],
    ['after May 2022', NOW, ['Athens', 'Tivat', 'Budva', 'Rome', 'Chisinau']],
    ['next meeting', new Date('2023-06-01T09:00:00Z'), ['Budva']],
    ['upcoming events', new Date('2023-06-01T09:00:00Z'), ['Budva', 'Rome', 'Chisinau']],
    ["what's coming up later this year", new Date('2023-10-01T09:00:00Z'), ['Rome', 'Chisinau']],
    ['events so far this year', new Date('2023-10-01T09:00:00Z'), ['Tivat', 'Budva']],
    ['rest of this month', new Date('2023-11-16T09:00:00Z'), ['Chisinau']],
    ['next event in Montenegro', new Date('2023-01-01T09:00:00Z'), ['Tivat']],
    // Under way on the day asked: the Vienna working group (23-27 May 2022) is current on 25 May.
    ['next event', new Date('2022-05-25T09:00:00Z'), ['Vienna']],
  ])('%s (today %s)', (question, now, expected) => {
    expect(cities(question, now)).toEqual(expected);
  });

  it('nothing upcoming says so, and names the latest event instead', () => {
    const answer = ask('upcoming events');
    expect(answer.count).toBe(0);
    expect(answer.headline).toMatch(/^No upcoming events/);
    expect(answer.notes.join(' ')).toMatch(/Bilateral consultations in Moldova/);
  });

  it('"next" is an operator, never a search for the word', () => {
    const { interpretation } = ask('next steps', new Date('2023-06-01T09:00:00Z'));
    expect(interpretation.upcoming).toBe(true);
    expect(interpretation.text ?? '').not.toMatch(/next/);
  });
});

describe('order, position and superlatives', () => {
  it.each([
    ['first event', ['Skopje']],
    ['third most recent event', ['Budva']],
    ['last 3 of 2023', ['Chisinau', 'Rome', 'Budva']],
    ['the earliest event in Albania', ['Tirana']],
    ['second event of 2022', ['Tirana']],
    ['most recent workshop', ['Budva']],
    ['oldest event in North Macedonia', ['Skopje']],
    ['longest event', ['Vienna']],
    ['the 2 longest events', ['Vienna', 'Ohrid']],
    ['events in 2023 newest first', ['Chisinau', 'Rome', 'Budva', 'Tivat']],
    ['events in 2023 in reverse order', ['Chisinau', 'Rome', 'Budva', 'Tivat']],
    ['events in 2023 in chronological order', ['Tivat', 'Budva', 'Rome', 'Chisinau']],
  ])('%s', (question, expected) => {
    expect(cities(question)).toEqual(expected);
  });

  it('ties are shown together and said: three one-day events are all "the shortest"', () => {
    const answer = ask('shortest event');
    expect(answer.events.map((event) => event.city)).toEqual(['Tirana', 'Tivat', 'Chisinau']);
    expect(answer.headline).toMatch(/1 day/);
  });

  it('the 4th event is a tie: two events began on 5 May 2022', () => {
    const answer = ask('the fourth event');
    expect(answer.events.map((event) => event.city).sort()).toEqual(['Budapest', 'Skopje']);
    expect(answer.headline).toMatch(/tie/i);
  });

  it('a position past the end says how many there are', () => {
    expect(firstLine('the 9th event of 2022')).toMatch(/only 6 matching events/);
  });
});

describe('groupings', () => {
  const groups = (question: string) => ask(question).groups.map((group) => [group.value, group.count]);
  it.each([
    ['which cities did Sojati visit', [['Budapest', 1], ['Budva', 1], ['Chisinau', 1], ['Tirana', 1], ['Tivat', 1]]],
    ['which countries did he visit', [['Montenegro', 2], ['Albania', 1], ['Hungary', 1], ['Moldova', 1]]],
    ['how many countries did the secretariat go to in 2022', [['North Macedonia', 2], ['Albania', 1], ['Austria', 1], ['Greece', 1], ['Hungary', 1]]],
    ['events per month in 2022', [['March 2022', 1], ['April 2022', 1], ['May 2022', 3], ['September 2022', 1]]],
    ['how many events per year', [['2021', 1], ['2022', 6], ['2023', 4]]],
    ['how many events per year without UNODC', [['2022', 5], ['2023', 4]]],
    ['which countries did the HoS visit outside the Western Balkans', [['Hungary', 1], ['Moldova', 1]]],
    ['the busiest month', [['May 2022', 3]]],
    ['busiest year', [['2022', 6]]],
    ['the country visited most often', [['North Macedonia', 3]]],
    ['which countries did he visit more than once', [['Montenegro', 2]]],
    ['which organisations organised events in 2023', [['Italian Ministry of Interior', 1], ['RCC', 1], ['Strong Cities Network', 1]]],
  ])('%s', (question, expected) => {
    expect(groups(question)).toEqual(expected);
  });

  it('"how many countries" answers with a number of countries on the first line', () => {
    expect(firstLine('how many countries did the secretariat go to in 2022')).toMatch(/^5 countries/);
    expect(firstLine('in how many cities was Sojati')).toMatch(/5 cities/);
  });

  it('a pronoun with no one named is read as the Head of Secretariat, and said', () => {
    const answer = ask('which countries did he visit');
    expect(answer.interpretation.pronoun).toBe('Agron Sojati');
    expect(answer.understood).toMatch(/"he" as Agron Sojati/);
  });
});

describe('who else', () => {
  it('"apart from Sojati, who attended the Moldova consultations" leaves him out of the people, not the event', () => {
    // "joined the RCC Delegation, led by the Secretary-General, Majlinda Bregu ... led by Mr. Nicu Popescu"
    const answer = ask('apart from Sojati, who attended the Moldova consultations');
    expect(answer.people.map((person) => person.name)).toEqual(['Majlinda Bregu', 'Nicu Popescu']);
    expect(answer.events.map((event) => event.city)).toEqual(['Chisinau']);
  });
});

describe('lengths', () => {
  it.each([
    ['how long was the Ohrid conference', /^3 days: 15–17 March 2022/],
    ['how long did the Vienna working group last', /^5 days: 23–27 May 2022/],
    ['how many days was the Budapest workshop', /^2 days: 5–6 May 2022/],
  ])('%s', (question, line) => {
    expect(firstLine(question)).toMatch(line);
  });

  it.each([
    ['multi-day workshops', ['Budapest', 'Budva']],
    ['one-day events in 2023', ['Tivat', 'Chisinau']],
    ['events longer than 2 days', ['Ohrid', 'Vienna']],
  ])('%s', (question, expected) => {
    expect(cities(question)).toEqual(expected);
  });
});

describe('yes or no', () => {
  it.each([
    ['was there anything in Hungary', 'Yes', 1],
    ['did the HoS attend a workshop in 2023', 'Yes', 1],
    ['was there an event in Moldova in 2023', 'Yes', 1],
    ['did Sojati meet Majlinda Bregu', 'Yes', 1],
    ['did anything happen in 2024', 'No', 0],
    ['has the HoS been to Serbia', 'No', 0],
    ['is there any conference in Albania', 'No', 0],
    ['did Sojati go to Rome', 'No', 0],
  ])('%s -> %s', (question, verdict, count) => {
    const answer = ask(question);
    expect(answer.headline.startsWith(verdict)).toBe(true);
    expect(answer.count).toBe(count);
  });

  it('a "no" where the Secretariat was there but the post does not name him says so', () => {
    expect(ask('did Sojati go to Rome').notes.join(' ')).toMatch(/does not name Agron Sojati: The 8th Regional/);
  });
});

describe('the rule of honesty: what cannot be applied is admitted on the first line', () => {
  it.each([
    ['average length of events', 'average'],
    ['how many speeches in Rome', 'how many speeches'],
    ['compare 2022 and 2023', 'compare'],
    ['the percentage of events in Montenegro', 'percentage'],
  ])('%s', (question, word) => {
    const answer = ask(question);
    expect(answer.interpretation.unsupported).toContain(word);
    expect(firstLine(question)).toMatch(new RegExp(`^I can't yet answer "${word}"`));
  });

  it.each(['events not in Montenegro', 'what happened after the Ohrid conference', 'shortest event', 'busiest month', 'next meeting'])(
    'no operator word of "%s" is searched as text',
    (question) => {
      const { interpretation } = ask(question);
      expect(interpretation.text).toBeNull();
      expect(interpretation.unsupported).toEqual([]);
    },
  );

  it('an ordinary word is not bent into another by typo tolerance: "counter" finds no "counted"', () => {
    const answer = ask('counter terrorism workshop');
    expect(answer.interpretation.text ?? '').not.toMatch(/counted/);
  });
});
