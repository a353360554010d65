// How long to wait before retrying a failed post: the platform's Retry-After when it gave one, otherwise
// exponential backoff from 30 s, capped at an hour, with jitter so channels that failed together do not
// retry together.
const BASE_MS = 30_000;
const MAX_MS = 3_600_000;

/** `attempt` counts from 1 (the attempt that just failed); `random` returns [0, 1). */
export function retryDelayMs(attempt: number, retryAfterMs: number | null, random: () => number = Math.random): number {
  if (retryAfterMs !== null && retryAfterMs >= 0) return Math.min(retryAfterMs, MAX_MS) + Math.floor(random() * 1_000);
  const backoff = Math.min(MAX_MS, BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.floor(backoff * (0.75 + random() * 0.5));
}
