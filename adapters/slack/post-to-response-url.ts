// Posts a slash command's answer to its response URL. Bolt's respond() gives up on the first non-2xx;
// here a 429 waits for Retry-After and a 5xx is retried, and anything else is reported with Slack's reason.

export type FetchLike = (url: string, init: { method: string; headers: Record<string, string>; body: string }) => Promise<Response>;

export interface ResponseUrlOptions {
  fetch?: FetchLike;
  attempts?: number;
  /** Longest wait honoured from Retry-After; a response URL only lives 30 minutes. */
  maxWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export class ResponseUrlError extends Error {
  override name = 'ResponseUrlError';
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export async function postToResponseUrl(url: string, body: object, options: ResponseUrlOptions = {}): Promise<void> {
  const { fetch: send = globalThis.fetch, attempts = 3, maxWaitMs = 30_000, sleep = delay } = options;
  for (let attempt = 1; ; attempt += 1) {
    const response = await send(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const reason = await response.text().catch(() => '');
    if (response.ok) return;
    const retryable = response.status === 429 || response.status >= 500;
    if (!retryable || attempt >= attempts) {
      throw new ResponseUrlError(`response URL answered ${response.status}${reason ? ` (${reason.slice(0, 200)})` : ''} after ${attempt} attempt(s)`, response.status);
    }
    await sleep(Math.min(waitBeforeRetry(response, attempt), maxWaitMs));
  }
}

function waitBeforeRetry(response: Response, attempt: number): number {
  const retryAfter = Number.parseInt(response.headers.get('retry-after') ?? '', 10);
  if (response.status === 429 && Number.isFinite(retryAfter) && retryAfter >= 0) return retryAfter * 1000;
  return 500 * 2 ** (attempt - 1);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
