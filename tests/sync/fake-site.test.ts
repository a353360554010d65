// The fake site answers as The Events Calendar's REST API v1 does (the plugin's Archive_Event endpoint and
// its restv1 acceptance tests), so a client that forgets start_date, trusts per_page or pages past the end
// is caught here exactly as it would be by the real site.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSite, type FakeSite } from '../fakes/events-calendar-site.js';
import { SITE_POSTS } from '../fixtures/site-events.js';
import { sitePosts, SITE_NOW } from './sync-harness.js';

let site: FakeSite;
beforeAll(
  async () =>
    void (site = await startFakeSite({ posts: sitePosts(), now: SITE_NOW, postsPerPage: 10, maxPerPage: 20 })),
);
afterAll(async () => site.close());

const get = async (path: string) => {
  const response = await fetch(`${site.url}${path}`);
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Record<string, unknown>,
  };
};
const API = '/wp-json/tribe/events/v1/events';

describe('the fake Events Calendar API', () => {
  it('without start_date lists only events from yesterday on', async () => {
    const { body } = await get(API);
    const yesterday = new Date(SITE_NOW.getTime() - 86_400_000).toISOString().slice(0, 10);
    const upcoming = SITE_POSTS.filter((post) => post.start.slice(0, 10) >= yesterday);
    expect(upcoming.length).toBeLessThan(3);
    expect(body.total).toBe(upcoming.length);
  });

  it('caps per_page, counts in the body and the X-TEC headers, and links the next page unencoded', async () => {
    const { body, headers } = await get(`${API}?start_date=2020-01-01&per_page=100`);
    expect((body.events as unknown[]).length).toBe(20);
    expect(body.total).toBe(SITE_POSTS.length);
    expect(body.total_pages).toBe(Math.ceil(SITE_POSTS.length / 20));
    expect(headers.get('x-tec-total')).toBe(String(SITE_POSTS.length));
    expect(headers.get('x-tec-totalpages')).toBe(String(Math.ceil(SITE_POSTS.length / 20)));
    expect(body.next_rest_url).toBe(
      `${site.url}${API}/?per_page=20&start_date=2020-01-01 00:00:00&end_date=2028-11-28 23:59:59&status=publish&page=2`,
    );
    expect(body).not.toHaveProperty('previous_rest_url');
  });

  it('uses posts_per_page when per_page is not given', async () => {
    expect(((await get(`${API}?start_date=2020-01-01`)).body.events as unknown[]).length).toBe(10);
  });

  it('answers a page past the end with 404 event-archive-page-not-found', async () => {
    const { status, body } = await get(`${API}?start_date=2020-01-01&per_page=20&page=3`);
    expect(status).toBe(404);
    expect(body).toEqual({
      code: 'event-archive-page-not-found',
      message: 'The requested event archive page does not exist',
      data: { status: 404 },
    });
  });

  it.each(['per_page=0', 'page=-1', 'start_date=before%20my%20birthday'])(
    'refuses %s with 400 rest_invalid_param',
    async (query) => {
      const { status, body } = await get(`${API}?${query}`);
      expect(status).toBe(400);
      expect(body.code).toBe('rest_invalid_param');
    },
  );

  it('answers an unknown route with 404 rest_no_route', async () => {
    const { status, body } = await get('/wp-json/tribe/events/v2/events');
    expect(status).toBe(404);
    expect(body.code).toBe('rest_no_route');
  });

  it('sends a venue as [], one object or a list, without empty fields, and titles HTML-encoded', async () => {
    const { body } = await get(`${API}?start_date=2020-01-01&per_page=50`);
    const events = [...(body.events as Record<string, unknown>[])];
    const next = await get(`${API}?start_date=2020-01-01&per_page=20&page=2`);
    events.push(...(next.body.events as Record<string, unknown>[]));
    const byId = new Map(events.map((event) => [event.id, event]));
    expect(byId.get(1055)!.venue).toEqual([]);
    expect(byId.get(1021)!.venue).toMatchObject({
      venue: 'Hotel Tirana International',
      city: 'Tirana',
      country: 'Albania',
    });
    expect(Array.isArray(byId.get(1253)!.venue)).toBe(true);
    expect(byId.get(1315)!.venue).not.toHaveProperty('city');
    expect(byId.get(1253)!.title).toBe('Study visit of Western Balkan prosecutors to Eurojust &#038; Europol');
    expect(byId.get(1034)!.organizer).toEqual([]);
  });
});
