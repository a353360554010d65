// The Secretariat's site answers its events API where the sync reads it (IISG_SITE_URL): one request through
// the sync's own client and check (site/check-site-api). Skipped when nothing syncs and no site is named.
import { checkSiteApi } from '../site/check-site-api.js';
import { createSiteClient } from '../site/site-client.js';
import { readSyncConfig } from '../site/sync-config.js';
import { discordConfigured, slackConfigured } from './chat-settings.js';
import type { DoctorCheck } from './doctor-check.js';
import { fail, ok, reasonOf, skip } from './doctor-check.js';

export const checkSite: DoctorCheck = {
  name: 'site',
  async run({ env, timeoutMs }) {
    let config: ReturnType<typeof readSyncConfig>;
    try {
      config = readSyncConfig(env, { chat: slackConfigured(env) || discordConfigured(env) });
    } catch (error) {
      return fail(reasonOf(error));
    }
    if (config.everyMs === null && !env.IISG_SITE_URL?.trim())
      return skip('no site sync runs (IISG_SYNC_EVERY off, or the console chat)');
    // No retries: doctor reports what the site answers now.
    const check = await checkSiteApi(createSiteClient({ timeoutMs, retries: 0 }), {
      site: config.site,
      since: config.since,
      now: new Date(),
    });
    if (!check.ok) return fail(check.message);
    const schedule =
      config.everyMs === null ? 'no scheduled sync' : `synced every ${Math.round(config.everyMs / 60_000)} min`;
    return ok(
      `${new URL(check.url).host}: events API answers, ${check.total ?? 'an unknown number of'} event(s) published; ${schedule}`,
    );
  },
};
