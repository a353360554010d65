// Slack accepts the bot token (auth.test) and, in Socket Mode, the app-level token (apps.connections.open
// hands out a connection URL, which is left unused). No Slack SDK: plain Web API calls.
import { readSlackConfig } from '../slack/slack-config.js';
import { slackConfigured } from './chat-settings.js';
import type { DoctorCheck } from './doctor-check.js';
import { fail, ok, reasonOf, skip } from './doctor-check.js';
import { fetchJson } from './fetch-json.js';

const DEFAULT_API_URL = 'https://slack.com/api/';

export const checkSlack: DoctorCheck = {
  name: 'slack',
  async run({ env, timeoutMs }) {
    if (!slackConfigured(env)) return skip('SLACK_BOT_TOKEN not set');
    let config: ReturnType<typeof readSlackConfig>;
    try {
      config = readSlackConfig(env);
    } catch (error) {
      return fail(reasonOf(error));
    }
    if (!config) return skip('SLACK_BOT_TOKEN not set');
    const base = withSlash(config.apiUrl ?? DEFAULT_API_URL);
    try {
      const auth = await callSlack(base, 'auth.test', config.botToken, timeoutMs);
      if (auth.ok !== true)
        return fail(`SLACK_BOT_TOKEN: auth.test answered ${String(auth.error ?? 'not ok')} (${base})`);
      const who = `bot ${String(auth.user ?? '?')} in ${String(auth.team ?? auth.team_id ?? '?')}`;
      if (config.mode === 'http') return ok(`${who}; HTTP mode (the signing secret is checked on each request)`);
      const socket = await callSlack(base, 'apps.connections.open', config.appToken, timeoutMs);
      if (socket.ok !== true)
        return fail(`SLACK_APP_TOKEN: apps.connections.open answered ${String(socket.error ?? 'not ok')} (${who})`);
      return ok(`${who}; Socket Mode connection accepted`);
    } catch (error) {
      return fail(reasonOf(error));
    }
  },
};

async function callSlack(
  base: string,
  method: string,
  token: string,
  timeoutMs: number,
): Promise<Record<string, unknown>> {
  const answer = await fetchJson(
    `${base}${method}`,
    {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    },
    timeoutMs,
  );
  if (answer.status === 429)
    return { ok: false, error: `rate limited (retry after ${answer.headers.get('retry-after') ?? '?'} s)` };
  if (answer.json === undefined || typeof answer.json !== 'object' || answer.json === null)
    return { ok: false, error: `HTTP ${answer.status} without JSON` };
  return answer.json as Record<string, unknown>;
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
