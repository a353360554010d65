// Date phrasings news posts use, each with the days it must give, and near misses that must give none.
import { describe, expect, it } from 'vitest';
import { extractEventDates } from '../../src/ingest/extract-event-dates.js';

const body = (sentence: string) => extractEventDates('A regional meeting', sentence);

describe('extractEventDates: phrasings from the issue', () => {
  it.each([
    ['on the 14th and 15th of December 2021', '2021-12-14', '2021-12-15'],
    ['held in North Macedonia, from 15 to 17 March 2022.', '2022-03-15', '2022-03-17'],
    ['which was held in Tirana on the 20th of April 2022.', '2022-04-20', '2022-04-20'],
    ['was held from the 23rd to the 27th of May 2022, with a joint', '2022-05-23', '2022-05-27'],
    ['meet on Tuesday 27th and 28th of September 2022, in Athens', '2022-09-27', '2022-09-28'],
    ['in Chisinau on 9 March 2023.', '2023-03-09', '2023-03-09'],
    ['held in Rome on 14-15 November 2023, focused on', '2023-11-14', '2023-11-15'],
  ])('%s', (sentence, start, end) => {
    expect(body(sentence)).toMatchObject({ start, end, problems: [] });
  });
});

describe('extractEventDates: other common ways of writing dates', () => {
  it.each([
    // day-month-year
    ['on 9th March 2023', '2023-03-09', '2023-03-09'],
    ['on 9 March, 2023', '2023-03-09', '2023-03-09'],
    ['on 9 Mar 2023', '2023-03-09', '2023-03-09'],
    ['on 9 Sept. 2023', '2023-09-09', '2023-09-09'],
    ['on the 1st of June 2022', '2022-06-01', '2022-06-01'],
    // month-day-year
    ['on March 9, 2023', '2023-03-09', '2023-03-09'],
    ['on March 9th, 2023', '2023-03-09', '2023-03-09'],
    ['on Nov. 14 2023', '2023-11-14', '2023-11-14'],
    ['from March 15-17, 2022', '2022-03-15', '2022-03-17'],
    ['from March 15 to 17, 2022', '2022-03-15', '2022-03-17'],
    ['on November 14 and 15, 2023', '2023-11-14', '2023-11-15'],
    // weekday prefixes
    ['on Tuesday, 14 November 2023', '2023-11-14', '2023-11-14'],
    ['on Tue 14 Nov 2023', '2023-11-14', '2023-11-14'],
    ['on Tuesday, November 14, 2023', '2023-11-14', '2023-11-14'],
    ['on Monday 13 and Tuesday 14 November 2023', '2023-11-13', '2023-11-14'],
    // dashes and connectors
    ['on 14–15 November 2023', '2023-11-14', '2023-11-15'],
    ['on 14 – 15 November 2023', '2023-11-14', '2023-11-15'],
    ['on 14—15 November 2023', '2023-11-14', '2023-11-15'],
    ['on 14th-15th November 2023', '2023-11-14', '2023-11-15'],
    ['between 14 and 16 November 2023', '2023-11-14', '2023-11-16'],
    ['from 14 until 16 November 2023', '2023-11-14', '2023-11-16'],
    ['on 14, 15 and 16 November 2023', '2023-11-14', '2023-11-16'],
    ['on 14 November and 15 November 2023', '2023-11-14', '2023-11-15'],
    ['on 5/6 May 2022', '2022-05-05', '2022-05-06'],
    ['on 5th & 6th May 2022', '2022-05-05', '2022-05-06'],
    // across months and years
    ['from 30 May - 2 June 2022', '2022-05-30', '2022-06-02'],
    ['from the 30th of May to the 2nd of June 2022', '2022-05-30', '2022-06-02'],
    ['from May 30 to June 2, 2022', '2022-05-30', '2022-06-02'],
    ['from 30 December 2022 to 2 January 2023', '2022-12-30', '2023-01-02'],
    ['from 30 December - 2 January 2023', '2022-12-30', '2023-01-02'],
    ['from December 30, 2022 - January 2, 2023', '2022-12-30', '2023-01-02'],
    // numeric (European order) and ISO
    ['on 14.11.2023', '2023-11-14', '2023-11-14'],
    ['on 14/11/2023', '2023-11-14', '2023-11-14'],
    ['on 4.3.2023', '2023-03-04', '2023-03-04'],
    ['on 14-15.11.2023', '2023-11-14', '2023-11-15'],
    ['from 14.11.2023 to 15.11.2023', '2023-11-14', '2023-11-15'],
    ['on 2023-11-14', '2023-11-14', '2023-11-14'],
    // a year lent from elsewhere in the post
    ['In November 2023 the Secretariat met partners. The meeting took place on 14 November in Rome.', '2023-11-14', '2023-11-14'],
    ['on 5 and 6 May, as every year since 2019. The 2022 edition was held on 5 May 2022', '2022-05-05', '2022-05-06'],
    // leap day
    ['on 29 February 2024', '2024-02-29', '2024-02-29'],
  ])('%s', (sentence, start, end) => {
    expect(body(sentence)).toMatchObject({ start, end });
  });

  it('takes the date from the title when the paragraph is cut off before it', () => {
    const dates = extractEventDates('A high-level strategic meeting on 9 March 2023 in Tivat, Montenegro', 'The meeting took place in Tivat, Montenegro, on the');
    expect(dates).toMatchObject({ start: '2023-03-09', end: '2023-03-09', text: '9 March 2023' });
  });
});

describe('extractEventDates: near misses give no date', () => {
  it.each([
    'the 2021-2022 needs mapping was presented',
    'a plan for 2024-2026 was adopted',
    'between 2021 and 2023 the programme grew',
    'in 2022 the Secretariat',
    'over 100 participants from 14 countries',
    'The 8th Regional (Jumbo) Security Coordination Conference',
    'the 3rd edition of the forum',
    'resolution 10/4 of the Conference',
    'COVID-19 measures and the G20 summit',
    'open 24/7 for 3.5 million people',
    'the participants may 15 minutes later leave',
    'a march 5 km long',
    'the plan of 14-15 partners',
    'page 12.11',
    '2023/24 budget',
    'the 31 June 2022 deadline',
    'on 30 February 2023',
    'on 14 November',
  ])('%s', (sentence) => {
    const dates = body(sentence);
    expect(dates.start).toBeNull();
    expect(dates.problems.map((p) => p.code)).toContain('no-date');
  });

  it('reports a month without a day', () => {
    expect(body('a workshop held in May 2022 in Skopje').problems.map((p) => p.code)).toEqual(['month-only', 'no-date']);
  });

  it('reports a day that does not exist', () => {
    expect(body('held on 31 June 2022').problems.map((p) => p.code)).toEqual(['not-a-day', 'no-date']);
  });

  it('reports a date with no year anywhere in the post', () => {
    expect(body('held on 14 November in Rome').problems.map((p) => p.code)).toEqual(['date-without-year', 'no-date']);
  });
});

describe('extractEventDates: choosing among several dates', () => {
  it('ignores a year range next to the event date', () => {
    expect(body('The 2021-2022 needs mapping was presented on 9 March 2023 in Tivat.')).toMatchObject({ start: '2023-03-09', problems: [] });
  });

  it('prefers the date after "on" to a date mentioned in passing', () => {
    expect(body('Following the strategy adopted 3 May 2022, a workshop was held on 5 June 2022 in Skopje.')).toMatchObject({ start: '2022-06-05', problems: [] });
  });

  it('takes a range that contains the other dates', () => {
    expect(body('held from 15 to 17 March 2022; on 16 March 2022 the directors met.')).toMatchObject({ start: '2022-03-15', end: '2022-03-17', problems: [] });
  });

  it('reports two candidate dates when both are introduced as the date', () => {
    const dates = body('The board met on 3 May 2022 and the working group met on 5 June 2022.');
    expect(dates).toMatchObject({ start: '2022-05-03', end: '2022-05-03' });
    expect(dates.problems.map((p) => p.code)).toEqual(['two-candidate-dates']);
    expect(dates.problems[0]?.message).toContain('5 June 2022');
  });

  it('treats "5 May and 7 June" as two days, not a range', () => {
    const dates = body('meetings on 5 May and 7 June 2022');
    expect(dates.candidates.map((c) => [c.start, c.end])).toEqual([['2022-05-05', '2022-05-05'], ['2022-06-07', '2022-06-07']]);
    expect(dates.problems.map((p) => p.code)).toEqual(['two-candidate-dates']);
  });

  it('keeps the date but warns when the weekday does not match', () => {
    const dates = body('on Monday 14 November 2023');
    expect(dates.start).toBe('2023-11-14');
    expect(dates.problems[0]).toMatchObject({ code: 'weekday-mismatch' });
    expect(dates.problems[0]?.message).toContain('Tuesday');
  });

  it('warns about a range longer than a month', () => {
    const dates = body('the project runs from 1 March 2022 to 28 February 2024');
    expect(dates.start).toBe('2022-03-01');
    expect(dates.problems.map((p) => p.code)).toEqual(['long-range']);
  });
});
