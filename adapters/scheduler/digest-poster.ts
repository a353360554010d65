// What a platform must provide to deliver digests, and the two kinds of failure the scheduler tells apart:
// retryable (rate limit, 5xx, network: try again later) and permanent (bot not in the channel, channel
// gone, missing permission: pause the subscription with the reason until someone fixes it).
import type { DigestCadence, DigestPeriod, DigestView, EventRecord } from '../../src/index.js';

export interface Digest {
  /** Stable per subscription and period: a marker posters can use to recognise their own earlier post. */
  key: string;
  subscriptionId: number;
  cadence: DigestCadence;
  period: DigestPeriod;
  filter: string | null;
  events: EventRecord[];
  alsoAdded: EventRecord[];
  view: DigestView;
}

export interface PostedMessage {
  messageId: string;
}

export interface DigestPoster {
  /**
   * Posts the digest; must settle in bounded time. Throws DeliveryError (anything else counts as
   * retryable, and is logged as a bug).
   */
  post(channelId: string, digest: Digest): Promise<PostedMessage>;
  /**
   * Optional: finds a message already posted for `digest.key` since `since` (the period's first claim). Called only when an earlier
   * attempt was interrupted after claiming (a crash): with it, the scheduler marks that post sent instead
   * of posting again, closing the at-least-once window. Throws like `post`.
   */
  findPosted?(channelId: string, digest: Digest, since: Date): Promise<PostedMessage | null>;
}

export type DeliveryErrorKind = 'retryable' | 'permanent';

export class DeliveryError extends Error {
  override name = 'DeliveryError';
  constructor(
    readonly kind: DeliveryErrorKind,
    /** Short, human-readable: shown by `list` for a paused subscription. */
    readonly reason: string,
    /** For rate limits: the platform's Retry-After. */
    readonly retryAfterMs: number | null = null,
    options?: { cause?: unknown },
  ) {
    super(reason, options);
  }
}

export function retryable(reason: string, retryAfterMs: number | null = null, cause?: unknown): DeliveryError {
  return new DeliveryError('retryable', reason, retryAfterMs, { cause });
}

export function permanent(reason: string, cause?: unknown): DeliveryError {
  return new DeliveryError('permanent', reason, null, { cause });
}
