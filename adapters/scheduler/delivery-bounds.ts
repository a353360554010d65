// How long one digest delivery can take, as three numbers that must fit together: a post gives up after
// DIGEST_POST_TIMEOUT_MS (the platform poster's own timeout, no hidden client retries), recording its outcome
// takes at most SENT_MARK_BOUND_MS (a busy database is retried a few times), and a shutdown drains for
// DIGEST_DRAIN_MS, longer than both together: a post in flight at SIGTERM is always either recorded as sent
// or released to be looked up (not blindly reposted) after the restart.
import { BUSY_TIMEOUT_MS } from '../store/open-database.js';

export const DIGEST_POST_TIMEOUT_MS = 5_000;
/** Waits before each retry of a write that found the database busy (each try itself waits BUSY_TIMEOUT_MS). */
export const SENT_MARK_RETRY_DELAYS_MS: readonly number[] = [100, 300, 600];
export const SENT_MARK_BOUND_MS =
  (SENT_MARK_RETRY_DELAYS_MS.length + 1) * BUSY_TIMEOUT_MS + SENT_MARK_RETRY_DELAYS_MS.reduce((sum, ms) => sum + ms, 0);
export const DIGEST_DRAIN_MS = DIGEST_POST_TIMEOUT_MS + SENT_MARK_BOUND_MS + 1_000;
