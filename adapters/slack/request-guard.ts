// What a request to /slack/events must be before Bolt sees it, checked as early as each check can be made:
// headers first (signature headers present, a body Slack could send, a timestamp within 5 minutes either
// way), the signature once the body is read, then a body that is a JSON object. A request already answered
// (same signature, hence same timestamp and body) is a replay and is acknowledged without being run again.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** Slash commands and the events this app subscribes to are a few KB; messages top out around 40 KB of text. */
export const SLACK_BODY_LIMIT_BYTES = 64 * 1024;
export const SLACK_TIMESTAMP_TOLERANCE_S = 5 * 60;
/** `ssl_check` requests come unsigned, as a tiny form; only those are read without a signature. */
const SSL_CHECK_LIMIT_BYTES = 512;

export type Verdict = { ok: true } | { ok: false; status: number; reason: string };

const OK: Verdict = { ok: true };
const refuse = (status: number, reason: string): Verdict => ({ ok: false, status, reason });

/** What can be decided from the headers alone; `readUnsigned` means: read it only to see if it is Slack's ssl_check. */
export function checkHeaders(headers: IncomingHttpHeaders, nowMs: number): Verdict | { ok: true; readUnsigned: true } {
  const length = headers['content-length'] === undefined ? null : Number(headers['content-length']);
  if (length !== null && !(Number.isFinite(length) && length >= 0)) return refuse(400, 'bad content-length');
  const signature = single(headers['x-slack-signature']);
  const timestamp = single(headers['x-slack-request-timestamp']);
  if (signature === undefined || timestamp === undefined) {
    const form = single(headers['content-type'])?.startsWith('application/x-www-form-urlencoded');
    if (form && length !== null && length <= SSL_CHECK_LIMIT_BYTES) return { ok: true, readUnsigned: true };
    return refuse(401, 'missing x-slack-signature or x-slack-request-timestamp');
  }
  if (length !== null && length > SLACK_BODY_LIMIT_BYTES)
    return refuse(413, `body of ${length} bytes, over the ${SLACK_BODY_LIMIT_BYTES}-byte limit`);
  if (!/^\d{1,12}$/.test(timestamp)) return refuse(401, 'x-slack-request-timestamp is not a number of seconds');
  const skew = Math.abs(nowMs / 1000 - Number(timestamp));
  if (skew > SLACK_TIMESTAMP_TOLERANCE_S)
    return refuse(
      401,
      `x-slack-request-timestamp is ${Math.round(skew)} s away from now (more than ${SLACK_TIMESTAMP_TOLERANCE_S} s)`,
    );
  if (!/^v0=[0-9a-f]{64}$/.test(signature)) return refuse(401, 'x-slack-signature is not a v0 signature');
  return OK;
}

/** Slack's v0 signature: HMAC-SHA256 of "v0:{timestamp}:{raw body}" with the signing secret. */
export function checkSignature(secret: string, headers: IncomingHttpHeaders, body: Buffer): Verdict {
  const signature = single(headers['x-slack-signature']) ?? '';
  const timestamp = single(headers['x-slack-request-timestamp']) ?? '';
  const expected = createHmac('sha256', secret).update(`v0:${timestamp}:`).update(body).digest();
  const given = Buffer.from(signature.slice(3), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected) ? OK : refuse(401, 'signature mismatch');
}

/** True for Slack's unsigned `ssl_check=1` probe. */
export function isSslCheck(body: Buffer): boolean {
  return new URLSearchParams(body.toString('utf8')).get('ssl_check') === '1';
}

/** Bolt reads a form's `payload` field or the whole body as JSON, and needs an object there. */
export function checkBodyShape(contentType: string | undefined, body: Buffer): Verdict {
  const text = body.toString('utf8');
  let json: string;
  if (contentType?.startsWith('application/x-www-form-urlencoded')) {
    const payload = new URLSearchParams(text).get('payload');
    if (payload === null) return OK;
    json = payload;
  } else {
    json = text;
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return refuse(400, 'body is not valid JSON');
  }
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? OK
    : refuse(
        400,
        `expected a JSON object, got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`,
      );
}

export interface ReplayGuard {
  /** True the first time a signature is seen; false for a replay within the window. */
  firstTime(signature: string, nowMs: number): boolean;
}

/** Remembers signatures for as long as their timestamps stay acceptable (10 minutes), up to `maxEntries`. */
export function createReplayGuard(maxEntries = 100_000): ReplayGuard {
  const windowMs = 2 * SLACK_TIMESTAMP_TOLERANCE_S * 1000;
  const seen = new Map<string, number>();
  return {
    firstTime(signature, nowMs) {
      for (const [key, at] of seen) {
        if (nowMs - at < windowMs && seen.size < maxEntries) break;
        seen.delete(key);
      }
      if (seen.has(signature)) return false;
      seen.set(signature, nowMs);
      return true;
    },
  };
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? undefined : value;
}
