// Date phrases in questions, resolved against a pinned "today"; and text that must not be read as a date.
import { describe, expect, it } from 'vitest';
import { createParseState } from '../../src/query/parse-state.js';
import { extractDateRange } from '../../src/query/extract-dates.js';

const TODAY = '2026-11-28';

function rangeOf(text: string, today = TODAY) {
  return extractDateRange(createParseState(text), today);
}

describe('date phrases', () => {
  it.each([
    ['in 2023', '2023-01-01', '2023-12-31'],
    ['2022', '2022-01-01', '2022-12-31'],
    ['what happened in May 2022', '2022-05-01', '2022-05-31'],
    ['events in may of 2022', '2022-05-01', '2022-05-31'],
    ['sept 2023', '2023-09-01', '2023-09-30'],
    ['on 9 March 2023', '2023-03-09', '2023-03-09'],
    ['on the 20th of April 2022', '2022-04-20', '2022-04-20'],
    ['March 9, 2023', '2023-03-09', '2023-03-09'],
    ['2023-03-09', '2023-03-09', '2023-03-09'],
    ['09.03.2023', '2023-03-09', '2023-03-09'],
    ['5/6/2022', '2022-06-05', '2022-06-05'],
    ['14-15 November 2023', '2023-11-14', '2023-11-15'],
    ['14–15 November 2023', '2023-11-14', '2023-11-15'],
    ['the 14th and 15th of December 2021', '2021-12-14', '2021-12-15'],
    ['from 15 to 17 March 2022', '2022-03-15', '2022-03-17'],
    ['November 14-15, 2023', '2023-11-14', '2023-11-15'],
    ['Q4 2023', '2023-10-01', '2023-12-31'],
    ['2023 q1', '2023-01-01', '2023-03-31'],
    ['the second quarter of 2022', '2022-04-01', '2022-06-30'],
    ['H2 2022', '2022-07-01', '2022-12-31'],
    ['first half of 2023', '2023-01-01', '2023-06-30'],
    ['summer 2022', '2022-06-01', '2022-08-31'],
    ['late 2023', '2023-09-01', '2023-12-31'],
    ['between March and May 2022', '2022-03-01', '2022-05-31'],
    ['between 2021 and 2022', '2021-01-01', '2022-12-31'],
    ['from March 2022 to June 2023', '2022-03-01', '2023-06-30'],
    ['from december to february 2023', '2022-12-01', '2023-02-28'],
    ['2021-2022', '2021-01-01', '2022-12-31'],
    ['in 2022 and 2023', '2022-01-01', '2023-12-31'],
    ['last year', '2025-01-01', '2025-12-31'],
    ['this year', '2026-01-01', '2026-12-31'],
    ['last month', '2026-10-01', '2026-10-31'],
    ['this quarter', '2026-10-01', '2026-12-31'],
    ['last 3 months', '2026-08-29', '2026-11-28'],
    ['in the past two years', '2024-11-29', '2026-11-28'],
    ['last 10 days', '2026-11-19', '2026-11-28'],
    ['yesterday', '2026-11-27', '2026-11-27'],
    // A month without a year is the latest one that has begun.
    ['in May', '2026-05-01', '2026-05-31'],
    ['in December', '2025-12-01', '2025-12-31'],
    ['Q4', '2026-10-01', '2026-12-31'],
  ])('%s -> %s .. %s', (text, from, to) => {
    expect(rangeOf(text)).toEqual({ from, to });
  });

  it.each([
    ['since September 2023', '2023-09-01', null],
    ['after 2022', '2023-01-01', null],
    ['from 2022', '2022-01-01', null],
    ['before 2023', null, '2022-12-31'],
    ['before March 2023', null, '2023-02-28'],
    ['until May 2022', null, '2022-05-31'],
  ])('open range: %s', (text, from, to) => {
    expect(rangeOf(text)).toEqual({ from, to });
  });

  it('reads "in May" relative to the pinned day, not the real clock', () => {
    expect(rangeOf('in May', '2024-03-10')).toEqual({ from: '2023-05-01', to: '2023-05-31' });
  });
});

describe('text that is not a date', () => {
  it.each([
    'top 10',
    '3 events',
    'last 5 events',
    'first 3 meetings',
    'the 8th regional conference',
    'WB6 coordinators',
    'may I ask about Sojati',
    'march against terrorism',
    'CT-PCVE',
    'room 101',
    '31 February 2023',
    '1000 participants',
    'events with 2 people',
  ])('%s', (text) => {
    expect(rangeOf(text)).toBeNull();
  });
});
