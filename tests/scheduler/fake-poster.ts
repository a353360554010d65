// A platform as the scheduler sees it: records every attempt and every message that reached the channel,
// fails on demand (rate limit, 5xx, permanent), and can hang to stand for a process that died mid-post.
import type { Digest, DigestPoster, PostedMessage } from '../../adapters/scheduler/digest-poster.js';
import { permanent, retryable } from '../../adapters/scheduler/digest-poster.js';
import type { Clock } from '../../adapters/scheduler/clock.js';

export interface PostedRecord {
  channelId: string;
  key: string;
  messageId: string;
  at: Date;
  periodFrom: string;
  eventIds: string[];
  alsoAddedIds: string[];
  text: string;
}

export interface AttemptRecord {
  channelId: string;
  key: string;
  at: Date;
  outcome: Outcome;
}

/**
 * 'ok'; 'rate-limit' / 'server-error' (retryable); 'permanent'; 'hang' (dies before the platform has the
 * message); 'post-then-hang' (the platform has it, the answer never comes back).
 */
export type Outcome = 'ok' | 'rate-limit' | 'server-error' | 'permanent' | 'hang' | 'post-then-hang';

export interface FakePoster extends DigestPoster {
  posted: PostedRecord[];
  attempts: AttemptRecord[];
  /** Decides each attempt's outcome (default: always ok). */
  decide: (channelId: string, digest: Digest, at: Date) => Outcome;
  /** Called when an attempt hangs, so the test can crash the process. */
  onHang: () => void;
}

export function createFakePoster(clock: Clock, options: { canFindPosted: boolean; platform?: string }): FakePoster {
  let counter = 0;
  const poster: FakePoster = {
    posted: [],
    attempts: [],
    decide: () => 'ok',
    onHang: () => {},
    async post(channelId: string, digest: Digest): Promise<PostedMessage> {
      const at = clock.now();
      const outcome = poster.decide(channelId, digest, at);
      poster.attempts.push({ channelId, key: digest.key, at, outcome });
      if (outcome === 'rate-limit') throw retryable('rate limited', 30_000);
      if (outcome === 'server-error') throw retryable('platform error 503');
      if (outcome === 'permanent') throw permanent('the bot is not in this channel');
      const messageId = `${options.platform ?? 'm'}-${++counter}`;
      if (outcome !== 'hang') {
        poster.posted.push({
          channelId,
          key: digest.key,
          messageId,
          at,
          periodFrom: digest.period.from,
          eventIds: digest.events.map((e) => e.id),
          alsoAddedIds: digest.alsoAdded.map((e) => e.id),
          text: digest.view.text,
        });
      }
      if (outcome === 'hang' || outcome === 'post-then-hang') {
        poster.onHang();
        return new Promise<PostedMessage>(() => {});
      }
      return { messageId };
    },
  };
  if (options.canFindPosted) {
    poster.findPosted = async (channelId, digest, since) => {
      const found = poster.posted.find((p) => p.channelId === channelId && p.key === digest.key && p.at >= since);
      return found ? { messageId: found.messageId } : null;
    };
  }
  return poster;
}
