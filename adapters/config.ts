// The bot's own settings, read once at the edge from the environment (after dotenv) and validated with
// zod. Each platform validates its own keys (slack-config, discord-config, digest-config).
import { z } from 'zod';

export const AppEnvSchema = z.object({
  IISG_DATA_FILE: z.preprocess((value) => (value === '' ? undefined : value), z.string().trim().min(1).optional()),
  /** Languages tried besides English, comma separated (codes of data/languages/*.json or their locales); all when empty. */
  IISG_LANGUAGES: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() !== '' ? value.split(',').map((code) => code.trim().toLowerCase()).filter(Boolean) : undefined),
    z.array(z.string().regex(/^[a-z]{2,4}$/, 'expected language codes such as "sq,bcms,mk", comma separated')).optional(),
  ),
  LOG_LEVEL: z.preprocess(
    (value) => (value === '' || value === undefined ? 'info' : String(value).toLowerCase()),
    z.enum(['debug', 'info', 'warn', 'error', 'silent'], { error: (issue) => `expected one of debug, info, warn, error, silent, got ${JSON.stringify(issue.input)}` }),
  ),
  // auto: pretty lines on a terminal, JSON lines otherwise.
  LOG_FORMAT: z.preprocess(
    (value) => (value === '' || value === undefined ? 'auto' : String(value).toLowerCase()),
    z.enum(['auto', 'json', 'pretty'], { error: (issue) => `expected one of auto, json, pretty, got ${JSON.stringify(issue.input)}` }),
  ),
});

export type AppConfig = z.infer<typeof AppEnvSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function readAppConfig(env: Record<string, string | undefined>): AppConfig {
  const parsed = AppEnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`${String(issue?.path[0] ?? 'settings')}: ${issue?.message ?? 'invalid value'}`);
  }
  return parsed.data;
}
