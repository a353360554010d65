// Posts a slash command's answer to its response URL. Bolt's respond() gives up on the first non-2xx;
// here a 429 waits for Retry-After and a 5xx or a network error is retried, each attempt has a timeout, and
// anything else is reported with Slack's reason. An answer ends within ~20 s, whatever Slack does.

export type FetchLike = (url: string, init: { method: string; headers: Record<string, string>; body: string; signal?: AbortSignal }) => Promise<Response>;

export interface ResponseUrlOptions {
  fetch?: FetchLike;
  attempts?: number;
  /** Longest wait honoured from Retry-After, so a rate limit cannot hold an answer for long. */
  maxWaitMs?: number;
  /** Each attempt's timeout (default 5 s). */
  timeoutMs?: number;
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
  const { fetch: send = globalThis.fetch, attempts = 3, maxWaitMs = 5_000, timeoutMs = 5_000, sleep = delay } = options;
  for (let attempt = 1; ; attempt += 1) {
    const signal = AbortSignal.timeout(timeoutMs);
    let response: Response;
    let reason: string;
    try {
      response = await send(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal });
      reason = await response.text();
    } catch (error) {
      const why = (error as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : `${(error as Error).message}${(error as { cause?: { code?: string } }).cause?.code ? ` (${(error as { cause: { code: string } }).cause.code})` : ''}`;
      if (attempt >= attempts) throw new ResponseUrlError(`could not post to the response URL: ${why}, after ${attempt} attempt(s)`, 0);
      await sleep(Math.min(500 * 2 ** (attempt - 1), maxWaitMs));
      continue;
    }
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
