// Bolt, its Web API client and its Socket Mode client log through this adapter into our own logger, so
// the whole story of a request (rate limits, reconnects, listener errors) lands in one log.
import { LogLevel } from '@slack/bolt';
import type { Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../log.js';

const RANK: Record<LogLevel, number> = { [LogLevel.DEBUG]: 0, [LogLevel.INFO]: 1, [LogLevel.WARN]: 2, [LogLevel.ERROR]: 3 };

export function createBoltLogger(log: Logger, initialLevel: LogLevel = LogLevel.INFO): BoltLogger {
  let level = initialLevel;
  const enabled = (at: LogLevel) => RANK[at] >= RANK[level];
  return {
    // Our logger has no debug level; Bolt's debug output (full payloads) stays out of the log on purpose.
    debug: () => undefined,
    info: (...parts: unknown[]) => enabled(LogLevel.INFO) && log.info(joinParts(parts)),
    warn: (...parts: unknown[]) => enabled(LogLevel.WARN) && log.warn(joinParts(parts)),
    error: (...parts: unknown[]) => {
      const error = parts.find((part) => part instanceof Error);
      log.error(joinParts(parts.filter((part) => part !== error)), error);
    },
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}

function joinParts(parts: unknown[]): string {
  return parts.map((part) => (typeof part === 'string' ? part : part instanceof Error ? part.message : safeJson(part))).join(' ');
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
