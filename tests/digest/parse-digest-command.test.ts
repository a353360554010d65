import { describe, expect, it } from 'vitest';
import { isManaging, parseDigestCommand } from '../../adapters/digest/parse-digest-command.js';

describe('parseDigestCommand', () => {
  const accepted: Array<[string, unknown]> = [
    ['subscribe weekly', { kind: 'subscribe', cadence: 'weekly', quiet: false, filter: null }],
    ['digest subscribe monthly', { kind: 'subscribe', cadence: 'monthly', quiet: false, filter: null }],
    [
      'subscribe weekly on friday at 17:30 tz Asia/Kolkata',
      {
        kind: 'subscribe',
        cadence: 'weekly',
        day: 5,
        time: '17:30',
        timeZone: 'Asia/Kolkata',
        quiet: false,
        filter: null,
      },
    ],
    [
      'Subscribe Weekly tz europe/tirane at 9:00 on Mon',
      {
        kind: 'subscribe',
        cadence: 'weekly',
        day: 1,
        time: '09:00',
        timeZone: 'Europe/Tirane',
        quiet: false,
        filter: null,
      },
    ],
    [
      'subscribe monthly on the 15th quiet',
      { kind: 'subscribe', cadence: 'monthly', day: 15, quiet: true, filter: null },
    ],
    [
      'subscribe monthly on 1 Sojati',
      { kind: 'subscribe', cadence: 'monthly', day: 1, quiet: false, filter: 'Sojati' },
    ],
    [
      'subscribe weekly filter border security',
      { kind: 'subscribe', cadence: 'weekly', quiet: false, filter: 'border security' },
    ],
    [
      'subscribe weekly at 08:00 about events in Montenegro',
      { kind: 'subscribe', cadence: 'weekly', time: '08:00', quiet: false, filter: 'events in Montenegro' },
    ],
    ['unsubscribe', { kind: 'unsubscribe', cadence: null, id: null }],
    ['unsubscribe monthly', { kind: 'unsubscribe', cadence: 'monthly', id: null }],
    ['unsubscribe #12', { kind: 'unsubscribe', cadence: null, id: 12 }],
    ['list', { kind: 'list' }],
    ['preview', { kind: 'preview', cadence: null }],
    ['preview month', { kind: 'preview', cadence: 'monthly' }],
    ['resume', { kind: 'resume', id: null }],
    ['resume 3', { kind: 'resume', id: 3 }],
    ['pause 4', { kind: 'pause', id: 4 }],
    // Natural forms: the cadence said with "every", times with am/pm, weekdays in the plural, zones with "in".
    [
      'every monday at 9am',
      { kind: 'subscribe', cadence: 'weekly', day: 1, time: '09:00', quiet: false, filter: null },
    ],
    [
      'subscribe every friday at 5:30 pm',
      { kind: 'subscribe', cadence: 'weekly', day: 5, time: '17:30', quiet: false, filter: null },
    ],
    [
      'weekly on mondays at noon',
      { kind: 'subscribe', cadence: 'weekly', day: 1, time: '12:00', quiet: false, filter: null },
    ],
    [
      'every week on wednesdays at 12am in Europe/Tirane',
      {
        kind: 'subscribe',
        cadence: 'weekly',
        day: 3,
        time: '00:00',
        timeZone: 'Europe/Tirane',
        quiet: false,
        filter: null,
      },
    ],
    [
      'every month on the 1st of the month at 8:30am',
      { kind: 'subscribe', cadence: 'monthly', day: 1, time: '08:30', quiet: false, filter: null },
    ],
    [
      'every 15th at 9am about Montenegro',
      { kind: 'subscribe', cadence: 'monthly', day: 15, time: '09:00', quiet: false, filter: 'Montenegro' },
    ],
    [
      'monthly on the 2nd in Montenegro',
      { kind: 'subscribe', cadence: 'monthly', day: 2, quiet: false, filter: 'in Montenegro' },
    ],
    [
      'weekly thursday time zone America/New_York',
      { kind: 'subscribe', cadence: 'weekly', day: 4, timeZone: 'America/New_York', quiet: false, filter: null },
    ],
    ['', { kind: 'help' }],
    ['help', { kind: 'help' }],
  ];
  it.each(accepted)('reads "%s"', (text, expected) => {
    expect(parseDigestCommand(text)).toEqual({ ok: true, value: expected });
  });

  // Every refusal says what was wrong and shows what would work.
  const refused: Array<[string, RegExp]> = [
    [
      'subscribe',
      /say how often: `subscribe weekly` or `subscribe monthly`, e\.g\. `subscribe weekly on monday at 09:00 tz Europe\/Tirane/,
    ],
    ['subscribe daily', /expected weekly or monthly, got "daily"; e\.g\. `subscribe weekly/],
    [
      'subscribe weekly at 25:00',
      /expected a time as HH:MM on a 24-hour clock such as `at 09:00` or `at 17:30`, got "25:00"/,
    ],
    ['subscribe weekly at 13pm', /expected a time as HH:MM .* got "13pm"/],
    ['every fortnight', /say how often: `every monday`, `every week` or `every month`, got "every fortnight"/],
    [
      'subscribe weekly tz CET+1',
      /expected an IANA time zone such as `tz Europe\/Tirane` or `tz America\/New_York`, got "CET\+1"/,
    ],
    ['subscribe weekly tz Mars/Olympus', /got "Mars\/Olympus"/],
    ['subscribe weekly tz new_york', /did you mean `tz America\/New_York`\?/],
    ['subscribe weekly on funday', /expected a day of the week such as `on monday` or `on fri`, got "funday"/],
    [
      'subscribe monthly on 31',
      /monthly digests post on a day from 1 to 28, so that every month has it \(e\.g\. `on 1`\); got "31"/,
    ],
    ['subscribe monthly on monday', /expected a day of the month from 1 to 28 such as `on 1` or `on 15`, got "monday"/],
    ['subscribe weekly at', /`at` needs a value, e\.g\. `at 09:00`/],
    [
      'unsubscribe everything',
      /`unsubscribe` takes weekly, monthly or a subscription number from `list` \(e\.g\. `unsubscribe weekly`\), got "everything"/,
    ],
    ['resume weekly', /`resume` takes a subscription number from `list` \(e\.g\. `resume 3`\), got "weekly"/],
    ['list all', /`list` takes nothing more, got "all"/],
    ['preview yearly', /`preview` takes weekly or monthly \(e\.g\. `preview monthly`\), got "yearly"/],
    ['subscribes weekly', /unknown digest command "subscribes"; expected one of:\nsubscribe weekly\|monthly/],
  ];
  it.each(refused)('refuses "%s" with a message that shows a good example', (text, message) => {
    const parsed = parseDigestCommand(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });

  it('knows which commands change subscriptions', () => {
    const kinds = ['subscribe weekly', 'unsubscribe', 'resume', 'pause', 'list', 'preview', 'help'].map((text) => {
      const parsed = parseDigestCommand(text);
      return parsed.ok && isManaging(parsed.value);
    });
    expect(kinds).toEqual([true, true, true, true, false, false, false]);
  });
});
