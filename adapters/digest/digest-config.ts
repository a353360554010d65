// Configuration of digests, validated once at the edge from a plain env object (main passes process.env
// after dotenv). Empty values count as unset, so a blank line in .env keeps the default.
import { z } from 'zod';
import type { Parsed } from './schedule-terms.js';
import { parseMonthDay, parseTime, parseTimeZone, parseWeekday } from './schedule-terms.js';

export interface DigestDefaults {
  /** ISO weekday (1 = Monday) weekly digests post on. */
  weekday: number;
  /** Day of the month (1..28) monthly digests post on. */
  monthDay: number;
  /** HH:MM. */
  time: string;
  /** IANA zone. */
  timeZone: string;
}

export interface DigestConfig {
  dbPath: string;
  defaults: DigestDefaults;
  /** Slack user ids allowed to manage subscriptions besides workspace admins and owners. */
  slackManagers: string[];
}

const blankIsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

function term<T>(parse: (text: string) => Parsed<T>) {
  return z.string().transform((text, ctx): T => {
    const parsed = parse(text);
    if (parsed.ok) return parsed.value;
    ctx.addIssue({ code: 'custom', message: parsed.message.replace(/`(on|at|tz) /g, '`') });
    return z.NEVER;
  });
}

export const DigestConfigSchema = z.object({
  IISG_DB_PATH: z.preprocess(blankIsUnset, z.string().default('state/iisg.db')),
  DIGEST_DEFAULT_DAY: z.preprocess(blankIsUnset, term(parseWeekday).default(1)),
  DIGEST_DEFAULT_MONTH_DAY: z.preprocess(blankIsUnset, term(parseMonthDay).default(1)),
  DIGEST_DEFAULT_TIME: z.preprocess(blankIsUnset, term(parseTime).default('09:00')),
  DIGEST_DEFAULT_TZ: z.preprocess(blankIsUnset, term(parseTimeZone).default('Europe/Tirane')),
  DIGEST_SLACK_MANAGERS: z.preprocess(
    blankIsUnset,
    z
      .string()
      .default('')
      .transform((list) => list.split(/[\s,]+/).filter(Boolean)),
  ),
});

/** Reads the digest keys from `env`; throws one error listing every bad key. */
export function loadDigestConfig(env: Record<string, string | undefined>): DigestConfig {
  const result = DigestConfigSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`invalid digest configuration:\n  ${lines.join('\n  ')}`);
  }
  const config = result.data;
  return {
    dbPath: config.IISG_DB_PATH,
    defaults: { weekday: config.DIGEST_DEFAULT_DAY, monthDay: config.DIGEST_DEFAULT_MONTH_DAY, time: config.DIGEST_DEFAULT_TIME, timeZone: config.DIGEST_DEFAULT_TZ },
    slackManagers: config.DIGEST_SLACK_MANAGERS,
  };
}
