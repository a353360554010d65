// Is the site's events API reachable and answering as The Events Calendar does? One small request (one
// event, one page), for a health check (`iisg doctor`) to call; it never throws.
import type { SiteClient } from './site-client.js';
import { fetchSiteEvents } from './fetch-site-events.js';
import { syncUntil } from './sync-config.js';

export type SiteApiCheck = { ok: true; url: string; total: number | null } | { ok: false; message: string };

export async function checkSiteApi(
  client: SiteClient,
  options: { site: string; since: string; now: Date },
): Promise<SiteApiCheck> {
  try {
    const fetched = await fetchSiteEvents(client, {
      site: options.site,
      since: options.since,
      until: syncUntil(options.now),
      perPage: 1,
      firstPageOnly: true,
    });
    return { ok: true, url: fetched.url, total: fetched.total };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
