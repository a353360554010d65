// How this bot talks to Slack's Web API, in one place: every request gives up after a timeout, and the
// client retries a failed call twice within about a second (its default is ten retries over ~30 minutes,
// which turned one outage into stuck answers, a start that never ended and a shutdown that never came).
import type { webApi } from '@slack/bolt';

export const SLACK_REQUEST_TIMEOUT_MS = 5_000;
/** Three tries in all, 250 ms then 500 ms apart (jittered); with the timeout, a call ends within ~16 s. */
export const SLACK_RETRY_POLICY: webApi.RetryOptions = {
  retries: 2,
  factor: 2,
  minTimeout: 250,
  maxTimeout: 1_000,
  randomize: true,
};

const DEFAULT_API_URL = 'https://slack.com/api/';

/** The host a Slack Web API base URL points at, for messages ("slack.com", "127.0.0.1:9"). */
export function slackHost(apiUrl: string | undefined): string {
  try {
    return new URL(apiUrl ?? DEFAULT_API_URL).host;
  } catch {
    return String(apiUrl);
  }
}

/** Slack's own error code, or what went wrong on the way to `host` (refused, unknown host, timed out). */
export function describeSlackError(error: unknown, host: string): string {
  const { data, original, code } = (error ?? {}) as { data?: { error?: unknown }; original?: unknown; code?: string };
  if (typeof data?.error === 'string') return data.error;
  if (code === 'slack_webapi_request_error') return describeNetworkError(original ?? error, host);
  return error instanceof Error ? error.message : String(error);
}

export function describeNetworkError(error: unknown, host: string): string {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'TimeoutError' || name === 'AbortError')
    return `no answer from ${host} within ${SLACK_REQUEST_TIMEOUT_MS / 1000} s`;
  const cause = (error as { cause?: { code?: string; message?: string } } | null)?.cause;
  const causeCode = cause?.code;
  if (causeCode === 'ECONNREFUSED') return `${host} refused the connection`;
  if (causeCode === 'ENOTFOUND' || causeCode === 'EAI_AGAIN') return `the host name of ${host} could not be resolved`;
  if (causeCode) return `could not reach ${host} (${causeCode}${cause?.message ? `: ${cause.message}` : ''})`;
  return `could not reach ${host} (${error instanceof Error ? error.message : String(error)})`;
}
