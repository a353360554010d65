// One small logger for every adapter: a line per entry on stderr, so stdout stays clean for CLI output
// (JSON lines). Errors carry their stack: the log gets the full story, the user a short apology.
export interface Logger {
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, error?: unknown, details?: Record<string, unknown>): void;
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

const RANK: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3, silent: 4 };

export function createLogger(scope: string, level: LogLevel = 'info', write: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Logger {
  const emit = (at: LogLevel, message: string, extra?: string) => {
    if (RANK[at] < RANK[level]) return;
    write(`${new Date().toISOString()} ${at.toUpperCase()} [${scope}] ${message}${extra ? ` ${extra}` : ''}`);
  };
  return {
    info: (message, details) => emit('info', message, details && JSON.stringify(details)),
    warn: (message, details) => emit('warn', message, details && JSON.stringify(details)),
    error: (message, error, details) => {
      const story = error instanceof Error ? (error.stack ?? error.message) : error === undefined ? '' : String(error);
      emit('error', message, [details && JSON.stringify(details), story].filter(Boolean).join('\n'));
    },
  };
}

/** For tests: a logger that records instead of printing. */
export function createMemoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const logger = createLogger('test', 'debug', (line) => lines.push(line));
  return Object.assign(logger, { lines });
}
