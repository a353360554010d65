// The one logger every adapter uses (pino underneath): JSON lines on stderr by default, pretty lines on a
// terminal, so stdout stays clean for CLI output. Every line is scrubbed of secrets before it is written and
// carries the fields of the request being handled (see logging/request-scope). Errors carry their stack
// and causes: the log gets the full story, the user a short apology.
import { createRequire } from 'node:module';
import { pino } from 'pino';
import type { DestinationStream, Logger as PinoLogger } from 'pino';
import { currentRequestFields } from './logging/request-scope.js';
import { createSecretScrubber } from './logging/scrub-secrets.js';

export interface Logger {
  debug(message: string, details?: Record<string, unknown>): void;
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, error?: unknown, details?: Record<string, unknown>): void;
  /** A logger whose lines all carry `fields` (e.g. { platform: 'slack' }). */
  child(fields: Record<string, unknown>): Logger;
  /** False when lines of `level` are dropped: lets a caller skip building costly details. */
  isLevelEnabled(level: 'debug' | 'info' | 'warn' | 'error'): boolean;
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
/** `auto`: pretty lines on a terminal, JSON lines otherwise (a pipe, a file, journald, a container). */
export type LogFormat = 'auto' | 'json' | 'pretty';

/** Where lines go; process.stderr by default. */
export interface LogDestination {
  write(line: string): unknown;
  isTTY?: boolean;
}

export interface LoggerOptions {
  format?: LogFormat;
  /** Exact values never to print (the configured tokens); see secretsFromEnv. Token shapes are caught anyway. */
  secrets?: Iterable<string>;
  destination?: LogDestination;
}

/** Field names whose values are always censored, wherever a caller or library puts them in the details. */
const SECRET_FIELDS = ['token', 'botToken', 'appToken', 'signingSecret', 'password', 'authorization', 'cookie'];
const REDACT_PATHS = [
  ...SECRET_FIELDS,
  ...SECRET_FIELDS.map((field) => `*.${field}`),
  'headers.authorization',
  '*.headers.authorization',
];

export function createLogger(scope: string, level: LogLevel = 'info', options: LoggerOptions = {}): Logger {
  const destination = options.destination ?? process.stderr;
  const pretty = options.format === 'pretty' || ((options.format ?? 'auto') === 'auto' && destination.isTTY === true);
  const scrub = createSecretScrubber(options.secrets);
  const logger = pino(
    {
      name: scope,
      level,
      // The host is named by whatever collects the lines (journald, the container runtime).
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { err: pino.stdSerializers.errWithCause },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      // A fresh object each time: pino merges the line's own fields into what the mixin returns.
      mixin: () => ({ ...currentRequestFields() }),
      hooks: { streamWrite: scrub },
    },
    pretty ? prettyDestination(destination) : jsonDestination(destination),
  );
  return wrap(logger);
}

/** For tests: a logger that records instead of printing, as parsed JSON `entries` and as readable `lines`. */
export function createMemoryLogger(
  options: Pick<LoggerOptions, 'secrets'> & { level?: LogLevel } = {},
): Logger & { lines: string[]; entries: LogEntry[] } {
  const lines: string[] = [];
  const entries: LogEntry[] = [];
  const destination = {
    write(line: string) {
      const entry = JSON.parse(line) as LogEntry;
      entries.push(entry);
      lines.push(formatEntry(entry));
    },
  };
  const logger = createLogger('test', options.level ?? 'debug', {
    format: 'json',
    destination,
    secrets: options.secrets ?? [],
  });
  return Object.assign(logger, { lines, entries });
}

/** One JSON log line, parsed. */
export interface LogEntry {
  level: Exclude<LogLevel, 'silent'>;
  time: string;
  name: string;
  msg: string;
  err?: { type?: string; message?: string; stack?: string };
  [field: string]: unknown;
}

/** `<time> LEVEL [scope] message {details}` and the stack below: how tests and people read an entry. */
export function formatEntry(entry: LogEntry): string {
  const { level, time, name, msg, err, pid: _pid, ...details } = entry;
  const extra = Object.keys(details).length > 0 ? ` ${JSON.stringify(details)}` : '';
  const story = err ? `\n${err.stack ?? err.message ?? ''}` : '';
  return `${time} ${level.toUpperCase()} [${name}] ${msg}${extra}${story}`;
}

function wrap(logger: PinoLogger): Logger {
  return {
    debug: (message, details) => logger.debug(details ?? {}, message),
    info: (message, details) => logger.info(details ?? {}, message),
    warn: (message, details) => logger.warn(details ?? {}, message),
    error: (message, error, details) => logger.error({ ...details, ...errorFields(error) }, message),
    child: (fields) => wrap(logger.child(fields)),
    isLevelEnabled: (level) => logger.isLevelEnabled(level),
  };
}

function errorFields(error: unknown): Record<string, unknown> {
  if (error === undefined) return {};
  if (error instanceof Error) return { err: error };
  return { err: { type: typeof error, message: String(error) } };
}

function jsonDestination(destination: LogDestination): DestinationStream {
  // Synchronous writes to stderr: the last lines before a crash or exit are never lost.
  if (destination === process.stderr) return pino.destination({ fd: 2, sync: true });
  return { write: (line: string) => void destination.write(line) };
}

function prettyDestination(destination: LogDestination): DestinationStream {
  // Loaded only for a terminal; pino-pretty formats the same (already scrubbed) JSON line.
  const { prettyFactory } = createRequire(import.meta.url)('pino-pretty') as typeof import('pino-pretty');
  const prettify = prettyFactory({
    colorize: destination.isTTY === true,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid',
    singleLine: true,
  });
  return { write: (line: string) => void destination.write(prettify(line)) };
}
