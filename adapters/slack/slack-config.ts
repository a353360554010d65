// The Slack settings, read from a plain env object (main passes process.env after dotenv) and validated
// once: Socket Mode when SLACK_APP_TOKEN is set, HTTP mode when SLACK_SIGNING_SECRET is set. Missing or
// contradictory settings become one SlackConfigError naming the variable; no secret is ever echoed.
import { z } from 'zod';

export type SlackConfig =
  | { mode: 'socket'; botToken: string; appToken: string; apiUrl: string | undefined }
  | { mode: 'http'; botToken: string; signingSecret: string; port: number; host?: string | undefined; apiUrl: string | undefined };

export const DEFAULT_HTTP_PORT = 3000;

export class SlackConfigError extends Error {
  override name = 'SlackConfigError';
}

const blankAsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const tokenSchema = (prefix: string, kind: string) =>
  z.preprocess(
    blankAsUnset,
    z
      .string()
      .trim()
      .refine((value) => value.startsWith(prefix) && !/\s/.test(value), {
        error: (issue) => `expected ${kind} starting with "${prefix}", got ${describeSecret(String(issue.input))}`,
      })
      .optional(),
  );

export const SlackEnvSchema = z.object({
  SLACK_BOT_TOKEN: tokenSchema('xoxb-', 'a bot token'),
  SLACK_APP_TOKEN: tokenSchema('xapp-', 'an app-level token (Basic Information → App-Level Tokens, scope connections:write)'),
  SLACK_SIGNING_SECRET: z.preprocess(
    blankAsUnset,
    z
      .string()
      .trim()
      .regex(/^\S+$/, 'expected the signing secret from Basic Information → App Credentials, got a value with spaces')
      .optional(),
  ),
  PORT: z.preprocess(
    blankAsUnset,
    z
      .string()
      .trim()
      .regex(/^\d+$/, 'expected a port number from 0 to 65535')
      .transform(Number)
      .refine((port) => port <= 65535, 'expected a port number from 0 to 65535')
      .optional(),
  ),
  HOST: z.preprocess(
    blankAsUnset,
    z
      .string()
      .trim()
      .regex(/^[\w.:-]+$/, 'expected an interface address such as 127.0.0.1 or ::1 (or leave it empty for all interfaces)')
      .optional(),
  ),
  SLACK_API_URL: z.preprocess(
    blankAsUnset,
    z
      .url({ protocol: /^https?$/, error: (issue) => `expected an http(s) URL such as https://slack.com/api/, got ${JSON.stringify(issue.input)}` })
      .optional(),
  ),
});

/** The Slack settings, or null when Slack is not configured at all (no Slack variable set). */
export function readSlackConfig(env: Record<string, string | undefined>): SlackConfig | null {
  const parsed = SlackEnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SlackConfigError(`${String(issue?.path[0] ?? 'Slack settings')}: ${issue?.message ?? 'invalid value'}`);
  }
  const { SLACK_BOT_TOKEN: botToken, SLACK_APP_TOKEN: appToken, SLACK_SIGNING_SECRET: signingSecret, PORT: port, HOST: host, SLACK_API_URL: apiUrl } = parsed.data;
  if (!botToken) {
    if (appToken || signingSecret) {
      const which = appToken ? 'SLACK_APP_TOKEN' : 'SLACK_SIGNING_SECRET';
      throw new SlackConfigError(`SLACK_BOT_TOKEN: missing; ${which} is set, so Slack needs the bot token (OAuth & Permissions → Bot User OAuth Token, xoxb-…)`);
    }
    return null;
  }
  if (appToken && signingSecret) {
    throw new SlackConfigError(
      'SLACK_APP_TOKEN and SLACK_SIGNING_SECRET are both set: set SLACK_APP_TOKEN for Socket Mode or SLACK_SIGNING_SECRET (with PORT) for HTTP mode, not both',
    );
  }
  if (appToken) return { mode: 'socket', botToken, appToken, apiUrl };
  if (signingSecret) return { mode: 'http', botToken, signingSecret, port: port ?? DEFAULT_HTTP_PORT, host, apiUrl };
  throw new SlackConfigError('SLACK_APP_TOKEN: missing; with SLACK_BOT_TOKEN set, set SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET and PORT (HTTP mode)');
}

/** Enough of a secret to recognise the kind of token, never the token itself. */
function describeSecret(value: string): string {
  const prefix = /^[a-z]{4}-/.exec(value)?.[0];
  return prefix ? `a value starting with "${prefix}"` : `a ${value.length}-character value`;
}
