import { describe, expect, it } from 'vitest';
import { createDeliveryDedupe } from '../../adapters/slack/delivery-dedupe.js';

describe('createDeliveryDedupe', () => {
  it('claims a message once, and every repeat is refused', () => {
    const dedupe = createDeliveryDedupe();
    expect(dedupe.claim('C1:1700000000.000100', 0)).toBe(true);
    expect(dedupe.claim('C1:1700000000.000100', 1000)).toBe(false);
    expect(dedupe.claim('C1:1700000000.000100', 60_000)).toBe(false);
    expect(dedupe.claim('C1:1700000000.000200', 60_000)).toBe(true);
  });

  it('forgets a message after the window', () => {
    const dedupe = createDeliveryDedupe(1000);
    expect(dedupe.claim('a', 0)).toBe(true);
    expect(dedupe.claim('a', 999)).toBe(false);
    expect(dedupe.claim('a', 1000)).toBe(true);
  });

  it('keeps memory bounded by dropping the oldest keys', () => {
    const dedupe = createDeliveryDedupe(60_000, 3);
    for (const key of ['a', 'b', 'c', 'd']) expect(dedupe.claim(key, 0)).toBe(true);
    expect(dedupe.claim('d', 1)).toBe(false);
    expect(dedupe.claim('a', 1)).toBe(true);
  });
});
