// The Discord settings, read from a plain env object (main passes process.env after dotenv) and validated
// once. A missing or malformed setting becomes one message that names the variable and says what works.
import { z } from 'zod';

export interface DiscordConfig {
  /** The bot token (Developer Portal -> Bot -> Reset Token). */
  token: string;
  /** The application id (Developer Portal -> General Information). */
  applicationId: string;
  /** Register commands to this guild only (instant, for development); null registers them globally. */
  guildId: string | null;
  /** REST base URL as discord.js's `rest.api` option (e.g. https://discord.com/api); null keeps the default. */
  apiUrl: string | null;
}

const SNOWFLAKE = /^\d{17,20}$/;

// dotenv files often hold `KEY=` for "not set": an empty value counts as missing.
const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

function required(hint: string) {
  return z.preprocess(
    blankToUndefined,
    z.string({ error: (issue) => (issue.input === undefined ? `is missing; set it to ${hint}` : `expected text, got ${typeof issue.input}`) }).trim(),
  );
}

const snowflakeId = z.string().trim().regex(SNOWFLAKE, { error: (issue) => `expected a numeric Discord id (17-20 digits), got ${JSON.stringify(issue.input)}` });

function snowflake(hint: string) {
  return z.preprocess(blankToUndefined, z.string({ error: () => `is missing; set it to ${hint}` }).pipe(snowflakeId));
}

export const DiscordEnvSchema = z.object({
  DISCORD_TOKEN: required('the bot token (Developer Portal -> your application -> Bot -> Reset Token)'),
  DISCORD_APPLICATION_ID: snowflake('the application id (Developer Portal -> your application -> General Information)'),
  DISCORD_GUILD_ID: z.preprocess(blankToUndefined, snowflakeId.optional()),
  DISCORD_API_URL: z.preprocess(
    blankToUndefined,
    z
      .url({ protocol: /^https?$/, error: (issue) => `expected an http(s) URL such as https://discord.com/api, got ${JSON.stringify(issue.input)}` })
      .refine((url) => !/\/v\d+\/?$/.test(url), { error: 'expected the base URL without the version (…/api, not …/api/v10)' })
      .optional(),
  ),
});

/** A setting that is missing or malformed; the message names every such variable. */
export class DiscordConfigError extends Error {
  override name = 'DiscordConfigError';
}

/** Validates the Discord settings in `env` (e.g. process.env); throws DiscordConfigError on bad input. */
export function readDiscordConfig(env: Record<string, string | undefined>): DiscordConfig {
  const parsed = DiscordEnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
    throw new DiscordConfigError(`Discord settings: ${problems.join('; ')}`);
  }
  const settings = parsed.data;
  return {
    token: settings.DISCORD_TOKEN,
    applicationId: settings.DISCORD_APPLICATION_ID,
    guildId: settings.DISCORD_GUILD_ID ?? null,
    apiUrl: settings.DISCORD_API_URL ? settings.DISCORD_API_URL.replace(/\/+$/, '') : null,
  };
}
