import { describe, expect, it } from 'vitest';
import { lastCompletePeriod, nextPeriod, overlapsPeriod, periodContaining, previousPeriod } from '../../src/digest/digest-period.js';
import type { DigestCadence } from '../../src/digest/digest-period.js';

describe('lastCompletePeriod', () => {
  const cases: Array<[DigestCadence, string, string, string, string]> = [
    ['weekly', '2023-12-01', '2023-11-20', '2023-11-26', 'a Friday: the Monday-to-Sunday week before this one'],
    ['weekly', '2023-11-27', '2023-11-20', '2023-11-26', 'a Monday: the week that ended yesterday'],
    ['weekly', '2023-11-26', '2023-11-13', '2023-11-19', 'a Sunday: its own week is not complete yet'],
    ['weekly', '2024-01-01', '2023-12-25', '2023-12-31', 'across the new year'],
    ['weekly', '2024-03-04', '2024-02-26', '2024-03-03', 'across a leap day'],
    ['monthly', '2023-12-01', '2023-11-01', '2023-11-30', 'the first of the month'],
    ['monthly', '2023-12-31', '2023-11-01', '2023-11-30', 'the last of the month'],
    ['monthly', '2024-03-01', '2024-02-01', '2024-02-29', 'a leap February'],
    ['monthly', '2023-03-15', '2023-02-01', '2023-02-28', 'a common February'],
    ['monthly', '2024-01-05', '2023-12-01', '2023-12-31', 'across the new year'],
  ];
  it.each(cases)('%s before %s is %s..%s (%s)', (cadence, day, from, to) => {
    expect(lastCompletePeriod(cadence, day)).toEqual({ cadence, from, to });
  });
});

describe('periods', () => {
  it('steps back and forth without gaps or overlaps', () => {
    for (const cadence of ['weekly', 'monthly'] as const) {
      let period = periodContaining(cadence, '2023-01-01');
      for (let i = 0; i < 60; i++) {
        const next = nextPeriod(period);
        const dayAfter = new Date(Date.parse(`${period.to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
        expect(next.from).toBe(dayAfter);
        expect(previousPeriod(next)).toEqual(period);
        period = next;
      }
    }
  });

  it('counts an event in every period it has a day in', () => {
    const november = periodContaining('monthly', '2023-11-10');
    expect(overlapsPeriod({ start: '2023-10-30', end: '2023-11-01' }, november)).toBe(true);
    expect(overlapsPeriod({ start: '2023-11-30', end: '2023-12-02' }, november)).toBe(true);
    expect(overlapsPeriod({ start: '2023-10-01', end: '2023-10-31' }, november)).toBe(false);
    expect(overlapsPeriod({ start: '2023-12-01', end: '2023-12-01' }, november)).toBe(false);
  });
});
