// Settings of the site sync, read once at the edge and validated with zod. Empty values count as unset.
// The running bot syncs every 30 minutes when a chat platform runs; the console chat (a try-out, maybe with
// no network) syncs only when IISG_SYNC_EVERY is set; IISG_SYNC_EVERY=off turns it off everywhere.
import { z } from 'zod';

export const DEFAULT_SITE_URL = 'https://wb-iisg.com';
/** The Secretariat's events start in 2020: the API's start_date of a backfill. */
export const DEFAULT_SYNC_SINCE = '2020-01-01';
const DEFAULT_EVERY_MS = 30 * 60_000;
const SHORTEST_MS = 60_000;
const LONGEST_MS = 7 * 24 * 3_600_000;

const blankIsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const UNIT_MS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** "30m", "1h", "2h30m", "90s", "1d"; null for "off". */
export function parseInterval(text: string): { ok: true; ms: number | null } | { ok: false; message: string } {
  const value = text.trim().toLowerCase();
  if (['off', 'no', 'false', '0', 'never'].includes(value)) return { ok: true, ms: null };
  const parts = [...value.matchAll(/(\d+)\s*([smhd])/g)];
  if (parts.length === 0 || parts.map((part) => part[0].replace(/\s+/g, '')).join('') !== value.replace(/\s+/g, '')) {
    return { ok: false, message: `expected an interval such as 30m, 1h or 2h30m, or off; got ${JSON.stringify(text)}` };
  }
  const ms = parts.reduce((sum, [, count, unit]) => sum + Number(count) * UNIT_MS[unit!]!, 0);
  if (ms < SHORTEST_MS) {
    return {
      ok: false,
      message: `expected at least 1m between runs (the site is a small WordPress), got ${JSON.stringify(text)}`,
    };
  }
  if (ms > LONGEST_MS) return { ok: false, message: `expected at most 7d between runs, got ${JSON.stringify(text)}` };
  return { ok: true, ms };
}

export const SyncEnvSchema = z.object({
  IISG_SITE_URL: z.preprocess(
    blankIsUnset,
    z
      .string()
      .trim()
      .default(DEFAULT_SITE_URL)
      .refine((value) => /^https?:\/\/[^\s/]+/i.test(value) && URL.canParse(value), {
        error: (issue) => `expected the site's address, e.g. ${DEFAULT_SITE_URL}, got ${JSON.stringify(issue.input)}`,
      }),
  ),
  IISG_SYNC_EVERY: z.preprocess(
    blankIsUnset,
    z
      .string()
      .optional()
      .transform((text, ctx) => {
        if (text === undefined) return undefined;
        const parsed = parseInterval(text);
        if (parsed.ok) return parsed.ms;
        ctx.addIssue({ code: 'custom', message: parsed.message });
        return z.NEVER;
      }),
  ),
  IISG_SYNC_SINCE: z.preprocess(
    blankIsUnset,
    z
      .string()
      .default(DEFAULT_SYNC_SINCE)
      .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), {
        error: (issue) => `expected a day as YYYY-MM-DD, got ${JSON.stringify(issue.input)}`,
      }),
  ),
});

export interface SyncConfig {
  site: string;
  /** Milliseconds between runs; null: no scheduled sync. */
  everyMs: number | null;
  since: string;
}

/** `chat`: a chat platform runs (then sync is on by default). Throws one error naming each bad key. */
export function readSyncConfig(env: Record<string, string | undefined>, options: { chat: boolean }): SyncConfig {
  const parsed = SyncEnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${String(issue?.path[0] ?? 'sync settings')}: ${issue?.message ?? 'invalid value'}`);
  }
  const { IISG_SITE_URL: site, IISG_SYNC_EVERY: every, IISG_SYNC_SINCE: since } = parsed.data;
  return { site, since, everyMs: every === undefined ? (options.chat ? DEFAULT_EVERY_MS : null) : every };
}

/** The API's end_date: far enough ahead for every announced event (the API's own default is two years). */
export function syncUntil(now: Date): string {
  return `${now.getUTCFullYear() + 5}-12-31`;
}
