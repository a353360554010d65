// What a right answer is, by kind of question, and how an answer is checked against it. Expected sets are
// stored as a count and an order-free hash of event ids (100k-event answers stay small on disk), with the
// ids themselves when there are few, to show what went wrong.
import type { EventRecord } from '../src/index.js';

export type Expected =
  /** Exactly these events, in any order. */
  | { mode: 'set'; count: number; hash: string; ids?: string[] }
  /** These start days, in this order (ties between equal days may come in any order). */
  | { mode: 'starts'; starts: string[] }
  /** Every one of these events among the first five. */
  | { mode: 'hit5'; targets: string[] }
  /** Share of the first five events that carry this topic. */
  | { mode: 'p5'; topic: string }
  /** These groups with these counts, in any order ("how many countries", "per year"). */
  | { mode: 'groups'; groups: [string, number][] }
  /** A yes/no answer. */
  | { mode: 'verdict'; verdict: 'yes' | 'no' };

/** What of an answer is judged: its events, and for groupings and yes/no questions those parts. */
export interface Returned {
  events: readonly EventRecord[];
  groups?: readonly { value: string; count: number }[];
  verdict?: 'yes' | 'no' | null;
}

export interface Question {
  text: string;
  /** What it tests: "where-year", "typo-city", "free-text", ... */
  kind: string;
  expected: Expected;
}

const LISTED_IDS = 50;

export function expectSet(events: readonly EventRecord[]): Expected {
  const ids = events.map((event) => event.id);
  return { mode: 'set', count: ids.length, hash: hashIds(ids), ...(ids.length <= LISTED_IDS ? { ids: [...ids].sort() } : {}) };
}

/** Order-free: a sum and a xor of FNV-1a hashes. */
export function hashIds(ids: readonly string[]): string {
  let sum = 0;
  let xor = 0;
  for (const id of ids) {
    let h = 0x811c9dc5;
    for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
    sum = (sum + (h >>> 0)) % 4294967296;
    xor = (xor ^ h) >>> 0;
  }
  return `${ids.length}:${sum.toString(36)}:${xor.toString(36)}`;
}

export function overlapsRange(event: EventRecord, from: string, to: string): boolean {
  return event.start <= to && event.end >= from;
}

export interface Verdict {
  /** Structured questions: right or wrong. Free text: all targets in the top five. */
  right: boolean;
  /** p5 questions: the share of relevant events in the top five. */
  share?: number;
  /** A short account of the difference, for the report. */
  detail?: string;
}

/** Checks an answer (its events in answer order, groups, verdict) against what was expected. */
export function judge(expected: Expected, answer: Returned): Verdict {
  const returned = answer.events;
  switch (expected.mode) {
    case 'groups': {
      const key = (groups: readonly (readonly [string, number])[]) => groups.map(([value, count]) => `${value}=${count}`).sort().join('; ');
      const got = key((answer.groups ?? []).map((group) => [group.value, group.count] as const));
      const want = key(expected.groups);
      return got === want ? { right: true } : { right: false, detail: `expected groups ${want.slice(0, 120)}, got ${got.slice(0, 120)}` };
    }
    case 'verdict':
      return answer.verdict === expected.verdict ? { right: true } : { right: false, detail: `expected ${expected.verdict}, got ${answer.verdict ?? 'no verdict'}` };
    case 'set': {
      const ids = returned.map((event) => event.id);
      const right = ids.length === expected.count && hashIds(ids) === expected.hash;
      if (right) return { right };
      const got = new Set(ids);
      const missing = expected.ids?.filter((id) => !got.has(id)) ?? [];
      const wanted = new Set(expected.ids ?? []);
      const extra = expected.ids ? ids.filter((id) => !wanted.has(id)) : [];
      return { right, detail: `expected ${expected.count} events, got ${ids.length}${missing.length ? `; missing ${missing.slice(0, 3).join(', ')}` : ''}${extra.length ? `; extra ${extra.slice(0, 3).join(', ')}` : ''}` };
    }
    case 'starts': {
      const starts = returned.map((event) => event.start);
      const right = starts.length === expected.starts.length && starts.every((start, i) => start === expected.starts[i]);
      return right ? { right } : { right, detail: `expected starts ${expected.starts.join(' ')}, got ${starts.join(' ')}` };
    }
    case 'hit5': {
      const top = new Set(returned.slice(0, 5).map((event) => event.id));
      const right = expected.targets.every((id) => top.has(id));
      return right ? { right } : { right, detail: `targets ${expected.targets.join(', ')} not all in the top 5 of ${returned.length}` };
    }
    case 'p5': {
      const top = returned.slice(0, 5);
      const share = top.length === 0 ? 0 : top.filter((event) => event.topics.includes(expected.topic)).length / 5;
      return { right: share === 1, share };
    }
  }
}
