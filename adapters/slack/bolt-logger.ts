// Bolt, its Web API client and its Socket Mode client log through this adapter into our own logger, so
// the whole story of a request (rate limits, reconnects, listener errors) lands in one log, scrubbed of
// secrets like every other line. LOG_LEVEL decides what is written: Bolt's debug output (full payloads)
// appears only with LOG_LEVEL=debug.
import { LogLevel } from '@slack/bolt';
import type { Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../log.js';

const RANK: Record<LogLevel, number> = {
  [LogLevel.DEBUG]: 0,
  [LogLevel.INFO]: 1,
  [LogLevel.WARN]: 2,
  [LogLevel.ERROR]: 3,
};

/** `floor`, when given, drops Bolt's lines below it even if LOG_LEVEL would let them through. */
export function createBoltLogger(log: Logger, floor?: LogLevel): BoltLogger {
  const enabled = (at: LogLevel) => (floor === undefined || RANK[at] >= RANK[floor]) && log.isLevelEnabled(at);
  // What Bolt asks for when it decides whether to build a costly debug string.
  const effective = (): LogLevel =>
    [LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR].find(enabled) ?? LogLevel.ERROR;
  return {
    debug: (...parts: unknown[]) => enabled(LogLevel.DEBUG) && log.debug(joinParts(parts)),
    info: (...parts: unknown[]) => enabled(LogLevel.INFO) && log.info(joinParts(parts)),
    warn: (...parts: unknown[]) => enabled(LogLevel.WARN) && log.warn(joinParts(parts)),
    error: (...parts: unknown[]) => {
      const error = parts.find((part) => part instanceof Error);
      log.error(joinParts(parts.filter((part) => part !== error)), error);
    },
    // Bolt sets its own default (INFO) on every logger it is given; LOG_LEVEL is the one setting that counts.
    setLevel: () => undefined,
    getLevel: effective,
    setName: () => undefined,
  };
}

function joinParts(parts: unknown[]): string {
  return parts
    .map((part) => (typeof part === 'string' ? part : part instanceof Error ? part.message : safeJson(part)))
    .join(' ');
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
