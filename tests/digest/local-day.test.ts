import { describe, expect, it } from 'vitest';
import { localDayOf, localTimeOf } from '../../src/digest/local-day.js';

describe('localDayOf', () => {
  const cases: Array<[string, string, string, string]> = [
    ['2023-11-30T23:30:00Z', 'Europe/Tirane', '2023-12-01', '00:30'],
    ['2023-11-30T23:30:00Z', 'America/New_York', '2023-11-30', '18:30'],
    ['2023-11-30T11:00:00Z', 'Pacific/Auckland', '2023-12-01', '00:00'],
    ['2023-11-30T18:29:00Z', 'Asia/Kolkata', '2023-11-30', '23:59'],
    ['2023-11-30T18:30:00Z', 'Asia/Kolkata', '2023-12-01', '00:00'],
    ['2024-03-31T01:00:00Z', 'Europe/Tirane', '2024-03-31', '03:00'],
  ];
  it.each(cases)('%s in %s is %s %s', (instant, zone, day, time) => {
    expect(localDayOf(new Date(instant), zone)).toBe(day);
    expect(localTimeOf(new Date(instant), zone)).toBe(time);
  });

  it('rejects an unknown zone', () => {
    expect(() => localDayOf(new Date(), 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});
