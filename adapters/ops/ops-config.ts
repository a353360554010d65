// Settings for running the bot as a service: where it listens (HOST, HEALTH_PORT) and how it reaches
// the outside (HTTPS_PROXY, HTTP_PROXY, NO_PROXY, also read in lower case as curl and most tools do).
// Read once at start and by `iisg doctor`; a bad value is one ConfigError naming the variable.
import { z } from 'zod';
import { ConfigError } from '../config.js';

const blankAsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const portSchema = z.preprocess(
  blankAsUnset,
  z
    .string()
    .trim()
    .regex(/^\d+$/, 'expected a port number from 0 to 65535')
    .transform(Number)
    .refine((port) => port <= 65535, 'expected a port number from 0 to 65535')
    .optional(),
);

const proxySchema = z.preprocess(
  blankAsUnset,
  z
    .url({
      protocol: /^https?$/,
      error: (issue) => `expected a proxy URL such as http://proxy.example.org:3128, got ${describeUrl(issue.input)}`,
    })
    .optional(),
);

export const OpsEnvSchema = z.object({
  HOST: z.preprocess(
    blankAsUnset,
    z
      .string()
      .trim()
      .regex(
        /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|[0-9A-Fa-f:.]+)$/,
        'expected an address to listen on, such as 127.0.0.1, 0.0.0.0 or ::1',
      )
      .optional(),
  ),
  HEALTH_PORT: portSchema,
  HTTPS_PROXY: proxySchema,
  HTTP_PROXY: proxySchema,
  NO_PROXY: z.preprocess(blankAsUnset, z.string().trim().optional()),
});

export type OpsConfig = z.infer<typeof OpsEnvSchema>;

export function readOpsConfig(env: Record<string, string | undefined>): OpsConfig {
  const withLowerCase = { ...env };
  for (const key of ['HTTPS_PROXY', 'HTTP_PROXY', 'NO_PROXY'] as const) withLowerCase[key] ??= env[key.toLowerCase()];
  const parsed = OpsEnvSchema.safeParse(withLowerCase);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`${String(issue?.path[0] ?? 'settings')}: ${issue?.message ?? 'invalid value'}`);
  }
  return parsed.data;
}

/** A URL for a message, without its password. */
function describeUrl(value: unknown): string {
  return JSON.stringify(String(value).replace(/(\/\/[^/:@]+:)[^/@]+@/, '$1***@'));
}
