// Flags shared by the CLI commands, checked with messages that say what would work.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { IsoDaySchema } from '../../src/index.js';
import { UsageError } from './cli-io.js';

/** node:util parseArgs, with its errors turned into one-line usage errors. */
export function parseFlags<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T, usage: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.replace(/\. To specify a positional.*$/s, '')}\n${usage}`);
  }
}

/** `--now YYYY-MM-DD` as the instant "today" stands for (noon UTC, so no zone shifts the day). */
export function parseNow(value: string | undefined, clock: () => Date = () => new Date()): Date {
  if (value === undefined) return clock();
  if (!IsoDaySchema.safeParse(value).success) throw new UsageError(`--now expects a real day as YYYY-MM-DD (e.g. --now 2023-12-01), got "${value}"`);
  return new Date(`${value}T12:00:00Z`);
}
