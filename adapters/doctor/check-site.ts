// The Secretariat's site answers its events API (The Events Calendar, REST v1) at IISG_SITE_URL. A first
// look only: the site sync (issue 15) may register a deeper check under the same name.
import type { DoctorCheck } from './doctor-check.js';
import { fail, ok, reasonOf, skip } from './doctor-check.js';
import { fetchJson } from './fetch-json.js';

export const checkSite: DoctorCheck = {
  name: 'site',
  async run({ env, timeoutMs }) {
    const site = env.IISG_SITE_URL?.trim();
    if (!site) return skip('IISG_SITE_URL not set');
    let url: URL;
    try {
      // An early start_date: without one the API lists only events from yesterday on.
      url = new URL(
        'wp-json/tribe/events/v1/events?per_page=1&start_date=2000-01-01',
        site.endsWith('/') ? site : `${site}/`,
      );
    } catch {
      return fail(`IISG_SITE_URL: expected a URL such as https://wb-iisg.com, got ${JSON.stringify(site)}`);
    }
    try {
      const answer = await fetchJson(url.toString(), { headers: { accept: 'application/json' } }, timeoutMs);
      const body = answer.json as { events?: unknown; total?: unknown; code?: unknown } | undefined;
      if (answer.status === 404 && body?.code === 'rest_no_route')
        return fail(`${url.host}: the events API is off (rest_no_route)`);
      if (answer.status !== 200) return fail(`${url.host}: the events API answered HTTP ${answer.status}`);
      if (!body || !Array.isArray(body.events))
        return fail(`${url.host}: the events API answered without an events list (an HTML page?)`);
      const total = answer.headers.get('x-tec-total') ?? (typeof body.total === 'number' ? String(body.total) : '?');
      return ok(`${url.host}: events API answers, ${total} event(s) published`);
    } catch (error) {
      return fail(reasonOf(error));
    }
  },
};
