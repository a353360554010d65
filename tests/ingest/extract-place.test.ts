// Where the event was: from the title only, the paragraph only, both; nothing for an online event or a
// post with no place; a place the vocabulary lacks reported by name; describing mentions ignored.
import { describe, expect, it } from 'vitest';
import { extractPlace } from '../../src/ingest/extract-place.js';
import { realLexicon } from './ingest-fixtures.js';

const lexicon = realLexicon();
const codes = (title: string, body: string) => extractPlace(title, body, lexicon).problems.map((problem) => problem.code);

describe('extractPlace', () => {
  it.each([
    ['city in the title only', 'IISG Secretariat participates at the UNODC OSCE BS Conference, Ohrid', 'A Regional Conference was held from 15 to 17 March 2022.', 'Ohrid', 'North Macedonia'],
    ['city and country in the title', 'Regional meeting in Tirana, Albania', 'The meeting was held on the 20th of April 2022.', 'Tirana', 'Albania'],
    ['city in the body only', 'A Strong Cities Western Balkans Regional Hub Workshop', 'On the 5th and 6th of September 2023 in Budva Montenegro, the Secretariat participated.', 'Budva', 'Montenegro'],
    ['country in the title, city in the body', 'OTNA Validation Workshop, Hungary', 'The workshop, held in Budapest on 5 May 2022, was a success.', 'Budapest', 'Hungary'],
    ['city without "in" in the title', 'Working Group of Government Experts on Technical Assistance Vienna, Austria', 'The Working Group was held from the 23rd to the 27th of May 2022.', 'Vienna', 'Austria'],
    ['country only', 'Bilateral consultations in Moldova', 'The Secretariat met the Ministry of Foreign Affairs on 21 November 2023.', null, 'Moldova'],
    ['diacritics and local spellings', 'Consultations in Chişinău', 'held on 21 November 2023', 'Chisinau', 'Moldova'],
    ['a city alias', 'Regional meeting in Prishtina', 'held on 21 November 2023', 'Pristina', 'Kosovo'],
    ['the place, not the minister\'s country', 'Regional conference', 'Remarks from the Minister of Interior of Albania opened the conference held in Skopje on 5 May 2022.', 'Skopje', 'North Macedonia'],
    ['hybrid: online and in a city', 'Hybrid workshop', 'The workshop was held in Tirana and online on 5 May 2022.', 'Tirana', 'Albania'],
    ['an ambiguous city after "in"', 'Meeting', 'A meeting was held in Bar on 5 May 2022.', 'Bar', 'Montenegro'],
    ['"online" describing a crime, not the meeting', 'Expert meeting', 'The Secretariat participated in a meeting in Albania dedicated to online child sexual abuse.', null, 'Albania'],
    ['a webinar that says where it was held', 'Webinar', 'The Secretariat took part in the webinar organised by the US Department of Justice in Liechtenstein.', null, 'Liechtenstein'],
    ['a place inside an organisation\'s name', 'IISG Secretariat participates at the Salzburg Forum meeting', 'The meeting organised by the Salzburg Forum in Sabac, Serbia, was held on 5 May 2024.', 'Sabac', 'Serbia'],
  ])('%s', (_case, title, body, city, country) => {
    expect(extractPlace(title, body, lexicon)).toMatchObject({ city, country });
  });

  it.each([
    ['online event', 'Webinar on cybercrime', 'The Secretariat joined an online meeting with partners from Albania and Serbia on 3 June 2022.', ['online-event']],
    ['video conference', 'Steering Committee', 'The committee met by videoconference on 3 June 2022; the Minister of Interior of Montenegro chaired.', ['online-event']],
    ['no place at all', 'Annual report published', 'The Secretariat published its annual report on 3 June 2022.', ['no-place']],
    ['only describing mentions', 'Consultations', 'The Secretariat met the Ambassador of Italy and experts from Serbia on 3 June 2022.', ['no-place']],
    ['"bar" as an English word', 'Workshop', 'The workshop raised the bar for cooperation on 3 June 2022.', ['no-place']],
  ])('gives no place for: %s', (_case, title, body, expected) => {
    expect(extractPlace(title, body, lexicon)).toMatchObject({ city: null, country: null });
    expect(codes(title, body)).toEqual(expected);
  });

  it('reports a city the vocabulary lacks and keeps its country', () => {
    const place = extractPlace('Regional workshop in Novo Mesto, Slovenia', 'held in Novo Mesto on 3 June 2022', lexicon);
    expect(place).toMatchObject({ city: null, country: 'Slovenia' });
    expect(place.problems).toHaveLength(1);
    expect(place.problems[0]?.message).toContain('"Novo Mesto" is not in the vocabulary');
  });

  it('reports a place at the end of a title that the vocabulary lacks', () => {
    const place = extractPlace('Regional Security Conference, Atlantis', 'The conference took place on 3 June 2022.', lexicon);
    expect(place).toMatchObject({ city: null, country: null });
    expect(place.problems.map((problem) => problem.message)).toEqual([expect.stringContaining('"Atlantis"')]);
  });

  it('does not take organisations, months or people after "in" for unknown places', () => {
    expect(codes('Workshop', 'The Secretariat took part in UNODC work in May 2022 and in Regional Cooperation Council meetings in Tirana on 3 June 2022.')).toEqual([]);
  });

  it('warns when the city and the named country disagree', () => {
    const place = extractPlace('Regional conference, Italy', 'The conference was held in Skopje on 3 June 2022.', lexicon);
    expect(place).toMatchObject({ city: 'Skopje', country: 'North Macedonia' });
    expect(place.problems.map((problem) => problem.code)).toEqual(['place-conflict']);
  });
});
