// Remembers which Slack messages were already answered. Slack retries an event it thinks went
// unacknowledged (same message, `x-slack-retry-num` > 0), and one message can arrive as two event types;
// keying on channel + message ts catches both, and still answers a retry whose first delivery never got here.

export interface DeliveryDedupe {
  /** True the first time a key is seen within the window, false for every repeat. */
  claim(key: string, nowMs?: number): boolean;
}

export function createDeliveryDedupe(windowMs = 10 * 60_000, maxKeys = 5000): DeliveryDedupe {
  const seen = new Map<string, number>();
  return {
    claim(key, nowMs = Date.now()) {
      for (const [oldKey, at] of seen) {
        if (nowMs - at < windowMs && seen.size < maxKeys) break;
        seen.delete(oldKey);
      }
      if (seen.has(key)) return false;
      seen.set(key, nowMs);
      return true;
    },
  };
}
