// Which part of an answer a page shows, the same for Slack and Discord: pages of 10, a page past the end is
// the last one, counts list nothing until "Show them", groups page by value and list few events at once.
import { describe, expect, it } from 'vitest';
import { MAX_LISTED, PAGE_SIZE, pageOf } from '../../adapters/interactive/paging.js';
import type { AnswerView } from '../../adapters/interactive/paging.js';
import { emptyInterpretation } from '../../src/index.js';
import { makeAnswer, manyEvents } from '../slack/answer-fixtures.js';

const ids = (page: ReturnType<typeof pageOf>) => page.events.map(({ event }) => event.id);

describe('pageOf', () => {
  const events = manyEvents(34);
  const list = makeAnswer({ events });
  const cases: Array<[string, AnswerView, { from: number; to: number; page: number; pages: number }]> = [
    ['the first page', { kind: 'answer', page: 1 }, { from: 1, to: 10, page: 1, pages: 4 }],
    ['a middle page', { kind: 'answer', page: 3 }, { from: 21, to: 30, page: 3, pages: 4 }],
    ['the last, short page', { kind: 'answer', page: 4 }, { from: 31, to: 34, page: 4, pages: 4 }],
    ['a page past the end (the last page)', { kind: 'answer', page: 9 }, { from: 31, to: 34, page: 4, pages: 4 }],
    ['page 0 (the first page)', { kind: 'answer', page: 0 }, { from: 1, to: 10, page: 1, pages: 4 }],
  ];
  it.each(cases)('%s', (_name, view, expected) => {
    const page = pageOf(list, view);
    expect(page).toMatchObject({ items: 'events', total: 34, ...expected });
    expect(ids(page)).toEqual(events.slice(expected.from - 1, expected.to).map((event) => event.id));
    expect(page.events.map(({ number }) => number)).toEqual(
      Array.from({ length: expected.to - expected.from + 1 }, (_u, n) => expected.from + n),
    );
  });

  it(`never pages past ${MAX_LISTED} events`, () => {
    const page = pageOf(makeAnswer({ events: manyEvents(130) }), { kind: 'answer', page: 99 });
    expect(page.total).toBe(MAX_LISTED);
    expect(page.pages).toBe(MAX_LISTED / PAGE_SIZE);
  });

  it('shows a count as its number, with its events behind "Show them"', () => {
    const count = makeAnswer({ events, interpretation: emptyInterpretation({ intent: 'count' }) });
    expect(pageOf(count, { kind: 'answer', page: 1 })).toMatchObject({
      items: 'none',
      events: [],
      canShowEvents: true,
      total: 34,
    });
    expect(ids(pageOf(count, { kind: 'events', page: 2 }))).toEqual(events.slice(10, 20).map((event) => event.id));
    const none = makeAnswer({ events: [], interpretation: emptyInterpretation({ intent: 'count' }) });
    expect(pageOf(none, { kind: 'answer', page: 1 }).canShowEvents).toBe(false);
  });

  it("pages a grouping's values, lists few events with them, and one group's events on their own", () => {
    const groups = Array.from({ length: 12 }, (_u, n) => ({
      value: `Country ${n}`,
      count: 1,
      events: [events[n]!.id],
    }));
    const grouped = makeAnswer({ events: events.slice(0, 12), groups });
    const first = pageOf(grouped, { kind: 'answer', page: 1 });
    expect(first).toMatchObject({ items: 'groups', pages: 2, events: [], canShowEvents: true });
    expect(first.groups.map(({ index }) => index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(pageOf(grouped, { kind: 'answer', page: 2 }).groups.map(({ group }) => group.value)).toEqual([
      'Country 10',
      'Country 11',
    ]);
    const few = pageOf(makeAnswer({ events: events.slice(0, 3), groups: groups.slice(0, 3) }), {
      kind: 'answer',
      page: 1,
    });
    expect(few).toMatchObject({ items: 'groups', canShowEvents: false });
    expect(few.events).toHaveLength(3);
    const one = pageOf(grouped, { kind: 'group', group: 11, page: 1 });
    expect(one.group?.value).toBe('Country 11');
    expect(one.events).toEqual([{ event: events[11], number: null }]);
    expect(pageOf(grouped, { kind: 'group', group: 40, page: 1 })).toMatchObject({ group: null, events: [] });
  });
});
