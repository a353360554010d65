import { describe, expect, it } from 'vitest';
import { baselineEventIds, isEmptyDigest, periodContaining, selectDigest } from '../../src/index.js';
import { datasetEvents, fakeEvent } from './dataset-events.js';

const ids = (events: { id: string }[]) => events.map((event) => event.id);

describe('selectDigest on the real dataset', () => {
  const events = datasetEvents();

  it('finds the two November 2023 events for the month', () => {
    const selection = selectDigest({ period: periodContaining('monthly', '2023-11-01'), events });
    expect(selection.events.map((event) => [event.start, event.city])).toEqual([
      ['2023-11-14', 'Rome'],
      ['2023-11-21', 'Chisinau'],
    ]);
    expect(selection.alsoAdded).toEqual([]);
  });

  it('finds one event in the week of 13-19 November 2023 and none in the week after the last event', () => {
    expect(selectDigest({ period: periodContaining('weekly', '2023-11-15'), events }).events.map((e) => e.city)).toEqual(['Rome']);
    const empty = selectDigest({ period: periodContaining('weekly', '2023-11-29'), events });
    expect(isEmptyDigest(empty)).toBe(true);
  });

  it('lists events that began in the previous month too (May 2022 has two starting the same day)', () => {
    const may = selectDigest({ period: periodContaining('monthly', '2022-05-01'), events });
    expect(may.events.map((event) => event.start)).toEqual(['2022-05-05', '2022-05-05', '2022-05-23']);
  });
});

describe('selectDigest with a channel history', () => {
  const period = periodContaining('weekly', '2024-02-14'); // 12-18 Feb 2024
  const events = [
    fakeEvent('old-shown', '2024-01-10'),
    fakeEvent('old-new', '2024-01-20'),
    fakeEvent('spans-into', '2024-02-10', '2024-02-12'),
    fakeEvent('inside', '2024-02-15'),
    fakeEvent('inside-shown', '2024-02-16'),
    fakeEvent('next-week', '2024-02-19'),
    fakeEvent('other-country', '2024-02-13', '2024-02-13', { country: 'Montenegro', city: 'Budva' }),
  ];

  it('puts unseen earlier events in "also added" and leaves out what was shown or is still to come', () => {
    const selection = selectDigest({ period, events, announced: new Set(['old-shown', 'inside-shown']) });
    expect(ids(selection.events)).toEqual(['spans-into', 'other-country', 'inside']);
    expect(ids(selection.alsoAdded)).toEqual(['old-new']);
  });

  it('has no "also added" without a history (a preview)', () => {
    expect(selectDigest({ period, events }).alsoAdded).toEqual([]);
  });

  it('applies the filter to both lists', () => {
    const selection = selectDigest({ period, events, announced: new Set(), matches: (event) => event.country === 'Montenegro' });
    expect(ids(selection.events)).toEqual(['other-country']);
    expect(selection.alsoAdded).toEqual([]);
  });

  it('baselines everything that ended before the first period, so a new subscription starts clean', () => {
    const baseline = baselineEventIds(events, period);
    expect(baseline.sort()).toEqual(['old-new', 'old-shown']);
    const first = selectDigest({ period, events, announced: new Set(baseline) });
    expect(first.alsoAdded).toEqual([]);
    expect(ids(first.events)).toContain('spans-into');
  });
});
