// Digest subscriptions in SQLite: one per channel and cadence. Creating or changing one also records the
// baseline (events the channel must never be told about) in the same transaction.
import type { DigestCadence } from '../../src/index.js';
import type { SqliteDatabase } from './open-database.js';

export interface Subscription {
  id: number;
  /** 'slack', 'discord', ... : which DigestPoster delivers it. */
  platform: string;
  /** Slack team id / Discord guild id ('' when none): the scope `list` shows. */
  workspaceId: string;
  channelId: string;
  channelName: string | null;
  cadence: DigestCadence;
  /** Weekly: ISO weekday 1 (Monday) .. 7 (Sunday). Monthly: day of the month 1 .. 28. */
  day: number;
  /** Local posting time, HH:MM (24-hour). */
  time: string;
  /** IANA zone the day and time are read in. */
  timeZone: string;
  /** Question-engine text narrowing the digest (a person, a place, a topic), or null. */
  filter: string | null;
  /** Post even when the period had nothing. */
  quiet: boolean;
  /** First day of the first period this subscription delivers (the period it was created in). */
  firstPeriodFrom: string;
  createdAt: Date;
  createdBy: string | null;
  pausedReason: string | null;
  pausedAt: Date | null;
  /** Who paused it by hand; null when it paused itself (or is not paused). A hand pause is never probed. */
  pausedBy: string | null;
}

export type SubscriptionSettings = Omit<Subscription, 'id' | 'createdAt' | 'pausedReason' | 'pausedAt' | 'pausedBy'>;

interface SubscriptionRow {
  id: number;
  platform: string;
  workspace_id: string;
  channel_id: string;
  channel_name: string | null;
  cadence: DigestCadence;
  day: number;
  time: string;
  time_zone: string;
  filter: string | null;
  quiet: number;
  first_period_from: string;
  created_at: string;
  created_by: string | null;
  paused_reason: string | null;
  paused_at: string | null;
  paused_by: string | null;
}

export interface SubscriptionStore {
  list(): Subscription[];
  listIn(platform: string, workspaceId: string): Subscription[];
  get(id: number): Subscription | null;
  find(platform: string, channelId: string, cadence: DigestCadence): Subscription | null;
  /**
   * Creates the channel's subscription for this cadence, or replaces its settings. `baselineIds` are
   * recorded as already announced (existing announcements are kept). Settings changes keep the delivery
   * history, so an updated subscription never re-posts a period.
   */
  save(settings: SubscriptionSettings, baselineIds: readonly string[], now: Date): { subscription: Subscription; created: boolean };
  remove(id: number): boolean;
  /** `by`: the person pausing it by hand; without it the subscription paused itself. */
  pause(id: number, reason: string, now: Date, by?: string): void;
  resume(id: number): void;
}

export function createSubscriptionStore(db: SqliteDatabase): SubscriptionStore {
  const selectAll = db.prepare<[], SubscriptionRow>('SELECT * FROM subscriptions ORDER BY id');
  const selectIn = db.prepare<[string, string], SubscriptionRow>('SELECT * FROM subscriptions WHERE platform = ? AND workspace_id = ? ORDER BY id');
  const selectById = db.prepare<[number], SubscriptionRow>('SELECT * FROM subscriptions WHERE id = ?');
  const selectByChannel = db.prepare<[string, string, string], SubscriptionRow>('SELECT * FROM subscriptions WHERE platform = ? AND channel_id = ? AND cadence = ?');
  const insert = db.prepare(`INSERT INTO subscriptions
      (platform, workspace_id, channel_id, channel_name, cadence, day, time, time_zone, filter, quiet, first_period_from, created_at, created_by, updated_at)
      VALUES (@platform, @workspaceId, @channelId, @channelName, @cadence, @day, @time, @timeZone, @filter, @quiet, @firstPeriodFrom, @now, @createdBy, @now)`);
  const update = db.prepare(`UPDATE subscriptions SET workspace_id = @workspaceId, channel_name = @channelName, day = @day, time = @time,
      time_zone = @timeZone, filter = @filter, quiet = @quiet, updated_at = @now, paused_reason = NULL, paused_at = NULL,
      paused_by = NULL WHERE id = @id`);
  const insertAnnounced = db.prepare('INSERT OR IGNORE INTO announced_events (subscription_id, event_id, period_from, announced_at) VALUES (?, ?, NULL, ?)');
  const deleteById = db.prepare('DELETE FROM subscriptions WHERE id = ?');
  const setPaused = db.prepare('UPDATE subscriptions SET paused_reason = ?, paused_at = ?, paused_by = ? WHERE id = ?');

  const get = (id: number) => mapRow(selectById.get(id));

  const save = db.transaction((settings: SubscriptionSettings, baselineIds: readonly string[], now: Date) => {
    const existing = selectByChannel.get(settings.platform, settings.channelId, settings.cadence);
    const params = { ...settings, quiet: settings.quiet ? 1 : 0, now: now.toISOString() };
    let id: number;
    if (existing) {
      id = existing.id;
      update.run({ ...params, id });
    } else {
      id = Number(insert.run(params).lastInsertRowid);
    }
    for (const eventId of baselineIds) insertAnnounced.run(id, eventId, now.toISOString());
    const subscription = get(id);
    if (!subscription) throw new Error(`subscription ${id} vanished while saving`);
    return { subscription, created: !existing };
  });

  return {
    list: () => selectAll.all().map(toSubscription),
    listIn: (platform, workspaceId) => selectIn.all(platform, workspaceId).map(toSubscription),
    get,
    find: (platform, channelId, cadence) => mapRow(selectByChannel.get(platform, channelId, cadence)),
    save: (settings, baselineIds, now) => save.immediate(settings, baselineIds, now),
    remove: (id) => deleteById.run(id).changes > 0,
    pause: (id, reason, now, by) => void setPaused.run(reason, now.toISOString(), by ?? null, id),
    resume: (id) => void setPaused.run(null, null, null, id),
  };
}

function mapRow(row: SubscriptionRow | undefined): Subscription | null {
  return row ? toSubscription(row) : null;
}

function toSubscription(row: SubscriptionRow): Subscription {
  return {
    id: row.id,
    platform: row.platform,
    workspaceId: row.workspace_id,
    channelId: row.channel_id,
    channelName: row.channel_name,
    cadence: row.cadence,
    day: row.day,
    time: row.time,
    timeZone: row.time_zone,
    filter: row.filter,
    quiet: row.quiet === 1,
    firstPeriodFrom: row.first_period_from,
    createdAt: new Date(row.created_at),
    createdBy: row.created_by,
    pausedReason: row.paused_reason,
    pausedAt: row.paused_at ? new Date(row.paused_at) : null,
    pausedBy: row.paused_by ?? null,
  };
}
