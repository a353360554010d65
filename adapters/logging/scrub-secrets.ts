// Secrets never reach a log line. Every line, at every level, is scrubbed as text just before it is written,
// so a token inside an error message, a stack, a URL or a library's debug dump is caught, not only a field.
// Known values (the configured tokens) are replaced exactly; the patterns catch the ones we were not told.

const REDACTED = '[redacted]';

/** Shapes of secrets whatever their source: Slack and Discord tokens, auth headers, signed and secret URLs. */
const PATTERNS: ReadonlyArray<readonly [RegExp, string | ((match: string, ...groups: string[]) => string)]> = [
  // Slack tokens: bot, user, app-level, refresh, configuration (xoxb-, xoxp-, xapp-, xoxe-...).
  [/\bxox[a-z]-[A-Za-z0-9-]+/g, (match) => `${match.slice(0, 5)}${REDACTED}`],
  [/\bxapp-[A-Za-z0-9-]+/g, `xapp-${REDACTED}`],
  // Discord bot tokens: base64 user id . timestamp . HMAC.
  [/\b[A-Za-z0-9_-]{23,}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,}/g, REDACTED],
  [/\b(Bearer|Bot|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/g, `$1 ${REDACTED}`],
  // Slack request signatures.
  [/\bv0=[0-9a-f]{64}\b/g, `v0=${REDACTED}`],
  // Discord interaction and webhook tokens live in URL paths (an error's URL, a debug line).
  [/(\/(?:interactions|webhooks)\/\d+\/)[A-Za-z0-9_.-]{20,}/g, `$1${REDACTED}`],
  // Slack response URLs and incoming webhooks let anyone post as the app.
  [/(hooks\.slack\.com\/)[^\s"'<>]+/g, `$1${REDACTED}`],
  // user:password@ in URLs (an HTTPS_PROXY with credentials).
  [/(\/\/[^/\s:@"']+:)[^/\s@"']+@/g, `$1${REDACTED}@`],
  // token=..., secret=... in query strings and form bodies.
  [/\b((?:token|secret|password|signature)=)[^&\s"']+/gi, `$1${REDACTED}`],
];

/** Environment keys whose values are secrets, now and for keys added later (…_TOKEN, …_SECRET, …). */
const SECRET_KEY = /(TOKEN|SECRET|PASSWORD|PASSWD|API_KEY|PRIVATE_KEY)$/;
/** Shorter values are not scrubbed by value: they would blank ordinary words. The patterns still apply. */
const MIN_SECRET_LENGTH = 8;

export type Scrub = (text: string) => string;

/** The values of secret-looking keys in `env` (tokens, signing secret), and the password of any proxy URL. */
export function secretsFromEnv(env: Record<string, string | undefined>): string[] {
  const secrets: string[] = [];
  for (const [key, value] of Object.entries(env)) {
    const trimmed = value?.trim();
    if (!trimmed) continue;
    if (SECRET_KEY.test(key)) secrets.push(trimmed);
    if (/_PROXY$/i.test(key)) {
      const password = passwordOf(trimmed);
      if (password) secrets.push(password);
    }
  }
  return secrets;
}

export function createSecretScrubber(secrets: Iterable<string> = []): Scrub {
  const exact = [...new Set([...secrets].filter((secret) => secret.length >= MIN_SECRET_LENGTH))]
    // As written, and as it appears inside a JSON string (quotes and backslashes escaped).
    .flatMap((secret) => [secret, JSON.stringify(secret).slice(1, -1)])
    .sort((a, b) => b.length - a.length);
  const known = exact.length > 0 ? new RegExp([...new Set(exact)].map(escapeRegExp).join('|'), 'g') : null;
  return (text) => {
    let scrubbed = known ? text.replace(known, REDACTED) : text;
    for (const [pattern, replacement] of PATTERNS) scrubbed = scrubbed.replace(pattern, replacement as string);
    return scrubbed;
  };
}

function passwordOf(url: string): string | null {
  try {
    return decodeURIComponent(new URL(url).password) || null;
  } catch {
    return null;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
