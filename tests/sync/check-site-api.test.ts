// The health check a doctor command can call: one request, the site's count, or the one-line problem.
import { afterEach, describe, expect, it } from 'vitest';
import { checkSiteApi } from '../../adapters/site/check-site-api.js';
import { createSiteClient } from '../../adapters/site/site-client.js';
import { startFakeSite, type FakeSite } from '../fakes/events-calendar-site.js';
import { SITE_POSTS } from '../fixtures/site-events.js';
import { sitePosts, SITE_NOW } from './sync-harness.js';

let site: FakeSite;
afterEach(async () => site.close());

describe('checkSiteApi', () => {
  it('reads one page of one event and reports the count', async () => {
    site = await startFakeSite({ posts: sitePosts(), now: SITE_NOW });
    const check = await checkSiteApi(createSiteClient(), { site: site.url, since: '2020-01-01', now: SITE_NOW });
    expect(check).toMatchObject({ ok: true, total: SITE_POSTS.length });
    expect(site.eventRequests()).toHaveLength(1);
    expect(site.eventRequests()[0]!.query.get('per_page')).toBe('1');
  });

  it('says what is wrong, without throwing', async () => {
    site = await startFakeSite({ posts: sitePosts(), now: SITE_NOW, apiOff: true });
    const check = await checkSiteApi(createSiteClient({ retries: 0 }), {
      site: site.url,
      since: '2020-01-01',
      now: SITE_NOW,
    });
    expect(check).toEqual({ ok: false, message: expect.stringMatching(/rest_no_route/) });
  });
});
