// Deliveries: one row per subscription and period, the claim that makes a digest post happen once.
// States: posting (claimed, lease running) -> sent | empty, or -> pending (retry later) -> posting again;
// superseded when a newer period became due first. Announcements are recorded with the sent mark, in the
// same transaction, so "what the channel was shown" and "this period is done" never disagree.
import type { DigestPeriod } from '../../src/index.js';
import type { SqliteDatabase } from './open-database.js';

export type DeliveryState = 'pending' | 'posting' | 'sent' | 'empty' | 'superseded';

export interface Delivery {
  subscriptionId: number;
  periodFrom: string;
  periodTo: string;
  state: DeliveryState;
  /** Claims taken so far (posts attempted, including one interrupted by a crash). */
  attempts: number;
  claimToken: string | null;
  leaseUntil: Date | null;
  retryAt: Date | null;
  /** Events of the latest attempt (period and "also added"), recorded before posting. */
  eventIds: string[];
  messageId: string | null;
  /** When the period was first claimed: no post for it can be older (bounds a platform lookup). */
  firstClaimedAt: Date | null;
  /** When the latest claim was taken. */
  claimedAt: Date | null;
  finishedAt: Date | null;
  lastError: string | null;
}

interface DeliveryRow {
  subscription_id: number;
  period_from: string;
  period_to: string;
  state: DeliveryState;
  attempts: number;
  claim_token: string | null;
  lease_until: string | null;
  retry_at: string | null;
  event_ids: string;
  message_id: string | null;
  first_claimed_at: string | null;
  claimed_at: string | null;
  finished_at: string | null;
  last_error: string | null;
}

export interface ClaimRequest {
  subscriptionId: number;
  period: DigestPeriod;
  token: string;
  now: Date;
  leaseMs: number;
  eventIds: readonly string[];
}

/** A claim either wins (with the row as it was, to spot an interrupted earlier attempt) or loses. */
export type ClaimResult = { claimed: true; previous: Delivery | null } | { claimed: false; current: Delivery };

export interface DeliveryStore {
  get(subscriptionId: number, periodFrom: string): Delivery | null;
  list(subscriptionId: number): Delivery[];
  /** Rows still owed (pending or posting) for a subscription, oldest first. */
  listOpen(subscriptionId: number): Delivery[];
  /**
   * Takes the period for one attempt. Wins when there is no row, a pending row whose retry time has come,
   * or a posting row whose lease ran out (its process died mid-post: the outcome of that post is unknown).
   */
  claim(request: ClaimRequest): ClaimResult;
  /** Records the post and what it announced; false when the claim was lost (token changed, row gone). */
  markSent(subscriptionId: number, periodFrom: string, token: string, messageId: string, announcedIds: readonly string[], now: Date): boolean;
  /** Records that the period had nothing to post (a quiet digest is "sent", not empty). */
  markEmpty(subscriptionId: number, periodFrom: string, token: string, now: Date): boolean;
  /** Gives the claim back, to be retried at `retryAt` (null: as soon as the subscription is active). */
  release(subscriptionId: number, periodFrom: string, token: string, retryAt: Date | null, error: string): boolean;
  /** Marks a row that will never be posted because a newer period is due; its events become "also added". */
  supersede(subscriptionId: number, periodFrom: string, now: Date): void;
  announcedIds(subscriptionId: number): Set<string>;
}

export function createDeliveryStore(db: SqliteDatabase): DeliveryStore {
  const selectOne = db.prepare<[number, string], DeliveryRow>('SELECT * FROM deliveries WHERE subscription_id = ? AND period_from = ?');
  const selectAll = db.prepare<[number], DeliveryRow>('SELECT * FROM deliveries WHERE subscription_id = ? ORDER BY period_from');
  const selectOpen = db.prepare<[number], DeliveryRow>("SELECT * FROM deliveries WHERE subscription_id = ? AND state IN ('pending', 'posting') ORDER BY period_from");
  const insertClaim = db.prepare(`INSERT INTO deliveries (subscription_id, period_from, period_to, state, attempts, claim_token, lease_until, event_ids, first_claimed_at, claimed_at)
      VALUES (@subscriptionId, @from, @to, 'posting', 1, @token, @leaseUntil, @eventIds, @now, @now)`);
  const updateClaim = db.prepare(`UPDATE deliveries SET state = 'posting', attempts = attempts + 1, claim_token = @token, lease_until = @leaseUntil,
      retry_at = NULL, event_ids = @eventIds, claimed_at = @now WHERE subscription_id = @subscriptionId AND period_from = @from`);
  const finish = db.prepare(`UPDATE deliveries SET state = @state, message_id = @messageId, finished_at = @now, claim_token = NULL, lease_until = NULL
      WHERE subscription_id = @subscriptionId AND period_from = @periodFrom AND claim_token = @token AND state = 'posting'`);
  const releaseClaim = db.prepare(`UPDATE deliveries SET state = 'pending', retry_at = @retryAt, last_error = @error, claim_token = NULL, lease_until = NULL
      WHERE subscription_id = @subscriptionId AND period_from = @periodFrom AND claim_token = @token AND state = 'posting'`);
  const supersedeRow = db.prepare(`UPDATE deliveries SET state = 'superseded', finished_at = ?, claim_token = NULL, lease_until = NULL
      WHERE subscription_id = ? AND period_from = ? AND state IN ('pending', 'posting')`);
  const insertAnnounced = db.prepare('INSERT OR IGNORE INTO announced_events (subscription_id, event_id, period_from, announced_at) VALUES (?, ?, ?, ?)');
  const selectAnnounced = db.prepare<[number], { event_id: string }>('SELECT event_id FROM announced_events WHERE subscription_id = ?');

  const get = (subscriptionId: number, periodFrom: string) => {
    const row = selectOne.get(subscriptionId, periodFrom);
    return row ? toDelivery(row) : null;
  };

  const claim = db.transaction((request: ClaimRequest): ClaimResult => {
    const { subscriptionId, period, token, now } = request;
    const previous = get(subscriptionId, period.from);
    if (previous && !isClaimable(previous, now)) return { claimed: false, current: previous };
    const params = {
      subscriptionId,
      from: period.from,
      to: period.to,
      token,
      leaseUntil: new Date(now.getTime() + request.leaseMs).toISOString(),
      eventIds: JSON.stringify(request.eventIds),
      now: now.toISOString(),
    };
    if (previous) updateClaim.run(params);
    else insertClaim.run(params);
    return { claimed: true, previous };
  });

  const markSent = db.transaction((subscriptionId: number, periodFrom: string, token: string, messageId: string, announcedIds: readonly string[], now: Date) => {
    const changed = finish.run({ state: 'sent', messageId, now: now.toISOString(), subscriptionId, periodFrom, token }).changes > 0;
    if (changed) for (const eventId of announcedIds) insertAnnounced.run(subscriptionId, eventId, periodFrom, now.toISOString());
    return changed;
  });

  return {
    get,
    list: (subscriptionId) => selectAll.all(subscriptionId).map(toDelivery),
    listOpen: (subscriptionId) => selectOpen.all(subscriptionId).map(toDelivery),
    // IMMEDIATE takes the write lock before reading, so two processes cannot both see "claimable".
    claim: (request) => claim.immediate(request),
    markSent: (subscriptionId, periodFrom, token, messageId, announcedIds, now) => markSent.immediate(subscriptionId, periodFrom, token, messageId, announcedIds, now),
    markEmpty: (subscriptionId, periodFrom, token, now) =>
      finish.run({ state: 'empty', messageId: null, now: now.toISOString(), subscriptionId, periodFrom, token }).changes > 0,
    release: (subscriptionId, periodFrom, token, retryAt, error) =>
      releaseClaim.run({ subscriptionId, periodFrom, token, retryAt: retryAt?.toISOString() ?? null, error }).changes > 0,
    supersede: (subscriptionId, periodFrom, now) => void supersedeRow.run(now.toISOString(), subscriptionId, periodFrom),
    announcedIds: (subscriptionId) => new Set(selectAnnounced.all(subscriptionId).map((row) => row.event_id)),
  };
}

/** Whether a row may be claimed at `now` (see DeliveryStore.claim). */
export function isClaimable(delivery: Delivery, now: Date): boolean {
  if (delivery.state === 'pending') return delivery.retryAt === null || delivery.retryAt <= now;
  if (delivery.state === 'posting') return delivery.leaseUntil !== null && delivery.leaseUntil <= now;
  return false;
}

function toDelivery(row: DeliveryRow): Delivery {
  return {
    subscriptionId: row.subscription_id,
    periodFrom: row.period_from,
    periodTo: row.period_to,
    state: row.state,
    attempts: row.attempts,
    claimToken: row.claim_token,
    leaseUntil: row.lease_until ? new Date(row.lease_until) : null,
    retryAt: row.retry_at ? new Date(row.retry_at) : null,
    eventIds: JSON.parse(row.event_ids) as string[],
    messageId: row.message_id,
    firstClaimedAt: row.first_claimed_at ? new Date(row.first_claimed_at) : null,
    claimedAt: row.claimed_at ? new Date(row.claimed_at) : null,
    finishedAt: row.finished_at ? new Date(row.finished_at) : null,
    lastError: row.last_error,
  };
}
