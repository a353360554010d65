import { describe, expect, it } from 'vitest';
import { formatDigest, formatPeriod, periodContaining, selectDigest } from '../../src/index.js';
import { datasetEvents, fakeEvent } from './dataset-events.js';

describe('formatDigest', () => {
  it('names the period, counts the events and lists each with its days and place', () => {
    const view = formatDigest(selectDigest({ period: periodContaining('monthly', '2023-11-01'), events: datasetEvents() }));
    expect(view.heading).toBe('IISG monthly digest · November 2023');
    expect(view.summary).toBe('2 events');
    expect(view.sections).toHaveLength(1);
    expect(view.sections[0]?.lines[0]).toMatch(/^14–15 November 2023 · Rome, Italy · /);
    expect(view.sections[0]?.lines[1]).toMatch(/^21 November 2023 · Chisinau, Moldova · /);
    expect(view.text.split('\n').slice(0, 2)).toEqual([view.heading, view.summary]);
    expect(view.askHint).toBeNull();
  });

  it('says so when the period was empty, and shows the filter', () => {
    const view = formatDigest(selectDigest({ period: periodContaining('weekly', '2023-11-29'), events: datasetEvents() }), { filter: 'Montenegro' });
    expect(view.heading).toBe('IISG weekly digest · 27 November – 3 December 2023');
    expect(view.summary).toBe('No activities recorded in this period · filter: Montenegro');
    expect(view.sections).toEqual([]);
  });

  it('cuts long lists, counts the rest and says how to see them all', () => {
    const events = Array.from({ length: 20 }, (_, i) => fakeEvent(`e${i}`, `2024-05-${String(i + 1).padStart(2, '0')}`));
    const late = [fakeEvent('late', '2024-01-03')];
    const view = formatDigest(selectDigest({ period: periodContaining('monthly', '2024-05-01'), events: [...events, ...late], announced: new Set() }), { maxLines: 5 });
    expect(view.sections.map((s) => [s.kind, s.title, s.lines.length, s.more])).toEqual([
      ['period', 'Events', 5, 15],
      ['alsoAdded', 'Also added (earlier events new to this channel)', 1, 0],
    ]);
    expect(view.text).toContain('…and 15 more');
    expect(view.askHint).toBe('events from 2024-05-01 to 2024-05-31');
  });

  it.each([
    ['weekly', '2024-12-30', '30 December 2024 – 5 January 2025'],
    ['monthly', '2024-02-10', 'February 2024'],
  ] as const)('formats a %s period containing %s as "%s"', (cadence, day, expected) => {
    expect(formatPeriod(periodContaining(cadence, day))).toBe(expected);
  });
});
