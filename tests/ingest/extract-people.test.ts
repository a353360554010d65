// People in a post: known people by any alias, new people by an honorific or a role, and the names that
// look like people but are organisations, places or roles.
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../../src/ingest/extract-people.js';
import { lexiconKnowingOnlySojati, realLexicon } from './ingest-fixtures.js';

const known = realLexicon();
const onlySojati = lexiconKnowingOnlySojati();

describe('extractPeople: known people by any alias or title', () => {
  it.each([
    ['The Head of the IISG Secretariat participated.', ['Agron Sojati']],
    ['IISG HoS joined the delegation.', ['Agron Sojati']],
    ['Mr. Sojati thanked the hosts.', ['Agron Sojati']],
    ['The IISG Head of Secretariat Mr. Agron Sojati moderated a panel.', ['Agron Sojati']],
    ['remarks from Ljupčo Nikolovski and the RCC Secretary General', ['Ljupco Nikolovski', 'Majlinda Bregu']],
  ])('%s', (body, people) => {
    expect(extractPeople('A meeting', body, known)).toMatchObject({ people, newPeople: [] });
  });
});

describe('extractPeople: new people named with a title or role', () => {
  it.each([
    ['remarks from Ljupco Nikolovski, Deputy Prime Minister of North Macedonia for the Fight against Corruption,', ['Ljupco Nikolovski']],
    ['the RCC Delegation, led by the Secretary-General, Majlinda Bregu, for bilateral consultations', ['Majlinda Bregu']],
    ['the Ministry of Foreign Affairs of Moldova, led by Mr. Nicu Popescu, Deputy Prime Minister and Minister of Foreign Affairs', ['Nicu Popescu']],
    ['Ms. Jane Doe opened the meeting.', ['Jane Doe']],
    ['Dr Ana María López presented the findings.', ['Ana María López']],
    ['welcomed by Minister Bledi Çuçi and Ambassador Jean-Luc Martin', ['Bledi Çuçi', 'Jean-Luc Martin']],
    ['the Minister of Interior of Albania, Mr. Taulant Balla, opened', ['Taulant Balla']],
    ['Jane Doe, the Director of the Agency, spoke', ['Jane Doe']],
    ['Mr. Hans van der Berg, Senior Adviser, and Mrs. Olga Petrova', ['Hans van der Berg', 'Olga Petrova']],
    ['remarks from Haris Silva, National CT-PCVE Coordinator of Austria', ['Haris Silva']],
    ['Opening remarks were delivered by Zsofia Xhafa.', ['Zsofia Xhafa']],
    ['Opening remarks were delivered by Aleksandar Berisha, Jelena Svoboda, Head of the Witness Protection Unit of Moldova and Luan Romano.', ['Aleksandar Berisha', 'Jelena Svoboda', 'Luan Romano']],
    ['The panel was moderated by Ms. Teuta Gashi and opened by Minister Marko Petrovic.', ['Teuta Gashi', 'Marko Petrovic']],
    ['Mr. Milan Stefanović, State Secretary at the Ministry of Interior of Serbia, welcomed the members', ['Milan Stefanović']],
    ['remarks from Ljupco Nikolovski, Deputy Prime Minister of North Macedonia for the Fight against Corruption, Sustainable Development and Human Resources.', ['Ljupco Nikolovski']],
  ])('%s', (body, people) => {
    const found = extractPeople('A meeting', body, onlySojati);
    expect(found.people).toEqual(people);
    expect(found.newPeople).toEqual(people);
  });

  it('keeps the order of first mention and names each person once', () => {
    const body = 'IISG HoS, Mr. Agron Sojati, joined the RCC Delegation, led by the Secretary-General, Majlinda Bregu, for consultations led by Mr. Nicu Popescu, Deputy Prime Minister. Mr. Agron Sojati used the opportunity to';
    expect(extractPeople('Bilateral consultations in Moldova', body, onlySojati)).toMatchObject({ people: ['Agron Sojati', 'Majlinda Bregu', 'Nicu Popescu'], newPeople: ['Majlinda Bregu', 'Nicu Popescu'] });
  });
});

describe('extractPeople: what is not a person', () => {
  it.each([
    'Directors and senior officials of the Customs and Border Authorities of the Western Balkans, as well as',
    'organized on behalf of the Bureau for Public Security within the Ministry of Interior of',
    'held in Skopje, North Macedonia, Deputy Prime Minister for European Affairs',
    'the Regional Cooperation Council, Secretary-General of the RCC',
    'The Regional Conference of Directors of Police Services on the topic',
    'the Working Group of Government Experts on Technical Assistance was held',
    'In Tirana, Minister of Interior opened the session',
    'The Head of the Delegation of the European Union, Ambassador',
    'organised by the Italian Ministry of Interior. The meeting took place in Tivat, Montenegro',
    'Opening remarks were delivered by the Head of the Ministry of Justice and Public Administration of Kosovo.',
    'The session was chaired by the RCC and moderated by the OSCE Mission to Skopje.',
    'the Minister for Economy, Sustainable Development and Human Rights opened the fair',
    'Mr. Skopje Police opened the session',
  ])('%s', (body) => {
    expect(extractPeople('A meeting', body, onlySojati).people).toEqual([]);
  });

  it('notes an unknown person named by surname only', () => {
    const found = extractPeople('A meeting', 'Ms. Smith presented the report.', onlySojati);
    expect(found.people).toEqual([]);
    expect(found.problems.map((problem) => problem.code)).toEqual(['surname-only']);
  });

  it('does not note a surname already named in full', () => {
    expect(extractPeople('A meeting', 'Ms. Jane Smith presented the report. Ms. Smith thanked the hosts.', onlySojati)).toMatchObject({ people: ['Jane Smith'], problems: [] });
  });
});
