import { describe, expect, it } from 'vitest';
import { loadDigestConfig } from '../../adapters/digest/digest-config.js';

describe('loadDigestConfig', () => {
  it('has working defaults, with blank values counting as unset', () => {
    expect(loadDigestConfig({ DIGEST_DEFAULT_TIME: '', IISG_DB_PATH: '  ' })).toEqual({
      dbPath: 'state/iisg.db',
      defaults: { weekday: 1, monthDay: 1, time: '09:00', timeZone: 'Europe/Tirane' },
      slackManagers: [],
    });
  });

  it('reads every key', () => {
    const config = loadDigestConfig({
      IISG_DB_PATH: '/var/lib/iisg/bot.db',
      DIGEST_DEFAULT_DAY: 'friday',
      DIGEST_DEFAULT_MONTH_DAY: '15',
      DIGEST_DEFAULT_TIME: '8:30',
      DIGEST_DEFAULT_TZ: 'america/new_york',
      DIGEST_SLACK_MANAGERS: 'U012AB3CD, U045EF6GH  U078',
    });
    expect(config).toEqual({
      dbPath: '/var/lib/iisg/bot.db',
      defaults: { weekday: 5, monthDay: 15, time: '08:30', timeZone: 'America/New_York' },
      slackManagers: ['U012AB3CD', 'U045EF6GH', 'U078'],
    });
  });

  it('names every bad key in one error, with an example of a good value', () => {
    expect(() => loadDigestConfig({ DIGEST_DEFAULT_DAY: 'someday', DIGEST_DEFAULT_MONTH_DAY: '30', DIGEST_DEFAULT_TIME: '25:00', DIGEST_DEFAULT_TZ: 'CEST' })).toThrow(
      [
        'invalid digest configuration:',
        '  DIGEST_DEFAULT_DAY: expected a day of the week such as `monday` or `fri`, got "someday"',
        '  DIGEST_DEFAULT_MONTH_DAY: monthly digests post on a day from 1 to 28, so that every month has it (e.g. `1`); got "30"',
        '  DIGEST_DEFAULT_TIME: expected a time as HH:MM on a 24-hour clock such as `09:00` or `17:30`, got "25:00"',
        '  DIGEST_DEFAULT_TZ: expected an IANA time zone such as `Europe/Tirane` or `America/New_York`, got "CEST"; see https://en.wikipedia.org/wiki/List_of_tz_database_time_zones',
      ].join('\n'),
    );
  });
});
