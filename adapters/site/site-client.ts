// A polite JSON client for the Secretariat's site, on Node's fetch: a User-Agent naming the bot, a timeout
// per request, a few retries with backoff (p-retry) on server errors, rate limits and refused or reset
// connections, never after a timeout (a hung site ends the run after one wait), and a byte budget per run.
// Every failure is a SiteError naming the address and the problem.
import pRetry, { AbortError } from 'p-retry';
import { decodeHTML } from 'entities';
import { SiteError } from './site-error.js';
import { botUserAgent } from './user-agent.js';

export interface SiteClientOptions {
  fetch?: typeof fetch;
  /** Per request, headers and body together (at most 20 s). */
  timeoutMs?: number;
  /** Retries after the first attempt, for retryable failures only. */
  retries?: number;
  /** The first retry's delay; each next one doubles (with jitter). */
  retryDelayMs?: number;
  /** Bytes of response bodies allowed in one run (one client per run). */
  maxBytes?: number;
  userAgent?: string;
  /** Stops requests in flight and waiting retries (the bot is stopping). */
  signal?: AbortSignal;
  /** Told about each failed attempt that will be retried. */
  onRetry?: (error: SiteError, attempt: number, delayMs: number) => void;
}

export interface JsonResponse {
  /** The address that answered (after redirects). */
  url: string;
  status: number;
  headers: Headers;
  body: unknown;
}

export interface SiteClient {
  /**
   * GETs JSON. A 2xx or 4xx answer in JSON is returned (the API words its errors as JSON, and the caller knows
   * what its codes mean); anything else throws a SiteError: 5xx after the retries, a page that is not JSON,
   * malformed JSON, a timeout, a refused connection, the byte budget spent.
   */
  getJson(url: string): Promise<JsonResponse>;
  bytesRead(): number;
}

export const MAX_TIMEOUT_MS = 20_000;
const DEFAULT_RETRIES = 3;
const DEFAULT_RETRY_DELAY_MS = 1_000;
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
/** A Retry-After longer than this is not waited for: the next scheduled run will do. */
const LONGEST_RETRY_AFTER_MS = 30_000;
/** Connection failures worth another try; a name that does not resolve (ENOTFOUND) or a connect timeout is not one. */
const RETRYABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'EAI_AGAIN', 'UND_ERR_SOCKET']);

export function createSiteClient(options: SiteClientOptions = {}): SiteClient {
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = Math.min(options.timeoutMs ?? MAX_TIMEOUT_MS, MAX_TIMEOUT_MS);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const userAgent = options.userAgent ?? botUserAgent();
  let bytes = 0;

  const attempt = async (url: string): Promise<JsonResponse> => {
    const signals = [AbortSignal.timeout(timeoutMs), ...(options.signal ? [options.signal] : [])];
    const signal = AbortSignal.any(signals);
    let response: Response;
    try {
      response = await doFetch(url, {
        headers: { 'User-Agent': userAgent, Accept: 'application/json' },
        signal,
        redirect: 'follow',
      });
    } catch (error) {
      throw requestError(url, error, options.signal, timeoutMs);
    }
    let text: string;
    try {
      text = await readBody(response, (count) => (bytes += count) <= maxBytes);
    } catch (error) {
      if (error === OVER_BUDGET) {
        throw new SiteError(
          url,
          `this run's answers passed the limit of ${formatBytes(maxBytes)} per run; stopped reading`,
        );
      }
      throw requestError(url, error, options.signal, timeoutMs);
    }
    return interpret(url, response, text);
  };

  return {
    bytesRead: () => bytes,
    getJson: (url) =>
      pRetry(
        async () => {
          try {
            return await attempt(url);
          } catch (error) {
            // p-retry retries what it is given; only retryable site errors are given to it.
            if (error instanceof SiteError && error.retryable) throw error;
            throw new AbortError(error as Error);
          }
        },
        {
          retries: options.retries ?? DEFAULT_RETRIES,
          minTimeout: options.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS,
          factor: 2,
          randomize: true,
          signal: options.signal,
          unref: true,
          onFailedAttempt: async ({ error, attemptNumber, retriesLeft }) => {
            if (!(error instanceof SiteError) || retriesLeft === 0) return;
            const wait = Math.min(error.details.retryAfterMs ?? 0, LONGEST_RETRY_AFTER_MS);
            options.onRetry?.(error, attemptNumber, wait);
            if (wait > 0) await sleep(wait, options.signal);
          },
        },
      ).catch((error: unknown) => {
        if (error instanceof SiteError) throw error;
        if (options.signal?.aborted) throw new SiteError(url, 'stopped: the bot is shutting down');
        throw new SiteError(url, error instanceof Error ? error.message : String(error));
      }),
  };
}

function requestError(url: string, error: unknown, stop: AbortSignal | undefined, timeoutMs: number): SiteError {
  if (stop?.aborted) return new SiteError(url, 'stopped: the bot is shutting down');
  const name = (error as { name?: string }).name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new SiteError(url, `no complete answer within ${formatSeconds(timeoutMs)} (timed out; not retried)`);
  }
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code;
  if (code === 'ECONNREFUSED') return new SiteError(url, 'connection refused (is the site up?)', { retryable: true });
  if (code === 'ENOTFOUND') return new SiteError(url, 'no such host (check the site address, or the network)');
  const reason = cause?.message ?? (error as Error).message ?? String(error);
  return new SiteError(url, `request failed: ${reason}${code ? ` (${code})` : ''}`, {
    retryable: code !== undefined && RETRYABLE_CODES.has(code),
  });
}

const OVER_BUDGET = Symbol('over budget');

/** The body as text; `spend` counts each chunk against the run's budget and says whether it is still within. */
async function readBody(response: Response, spend: (bytes: number) => boolean): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!spend(value.byteLength)) {
      await reader.cancel().catch(() => undefined);
      throw OVER_BUDGET;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function interpret(url: string, response: Response, text: string): JsonResponse {
  const status = response.status;
  const type = response.headers.get('content-type') ?? '';
  const isJson = /\bjson\b/i.test(type);
  const statusText = `HTTP ${status}${response.statusText ? ` ${response.statusText}` : ''}`;
  if (status >= 500 || status === 429) {
    const retryAfterMs = retryAfterOf(response.headers.get('retry-after'));
    throw new SiteError(url, `${statusText}${isJson ? errorWords(parseOrNull(text)) : ''}`, {
      retryable: true,
      status,
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    });
  }
  if (!isJson) {
    const what =
      /html/i.test(type) || /^\s*<(?:!doctype|html)/i.test(text)
        ? `an HTML page${titleOf(text)}`
        : type
          ? `"${type}"`
          : 'a body without a content type';
    throw new SiteError(
      url,
      status >= 200 && status < 300
        ? `expected JSON from the API, got ${what}`
        : `${statusText}, and ${what} instead of the API's JSON`,
      { status, isJson: false },
    );
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new SiteError(
      url,
      `${status >= 300 ? `${statusText}, and ` : ''}malformed JSON (${(error as Error).message})`,
      { status },
    );
  }
  if (status >= 300 && status < 400) throw new SiteError(url, `${statusText} without a redirect to follow`, { status });
  return { url: response.url || url, status, headers: response.headers, body };
}

function parseOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** ": rest_no_route: No route was found..." for a WordPress error object. */
export function errorWords(body: unknown): string {
  if (typeof body !== 'object' || body === null) return '';
  const { code, message } = body as { code?: unknown; message?: unknown };
  return [typeof code === 'string' ? code : '', typeof message === 'string' ? message : '']
    .filter(Boolean)
    .map((part, index) => (index === 0 ? `: ${part}` : ` (${part})`))
    .join('');
}

function retryAfterOf(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

function titleOf(html: string): string {
  const title = /<title[^>]*>([^<]{1,120})<\/title>/i.exec(html)?.[1]?.trim();
  return title ? ` ("${decodeHTML(title)}")` : '';
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    timer.unref?.();
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}
