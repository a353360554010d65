// Is the site's events API reachable and answering as The Events Calendar does? One small request (one
// event per page), for a health check (`iisg doctor`) to call; never throws.
import type { SiteClient } from './site-client.js';
import { fetchSiteEvents } from './fetch-site-events.js';

export type SiteApiCheck = { ok: true; url: string; total: number | null } | { ok: false; message: string };

export async function checkSiteApi(client: SiteClient, site: string, today: string): Promise<SiteApiCheck> {
  try {
    // One page of one event: enough to see the route, the JSON and the count, without paging on.
    const fetched = await fetchSiteEvents(client, { site, since: '2000-01-01', until: today, perPage: 1, firstPageOnly: true });
    return { ok: true, url: fetched.url, total: fetched.total };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
