// What `iisg doctor` runs: named checks, each saying ok, warn, fail or skip with one line of detail.
// A check never throws for a problem it finds (that is a "fail" with the reason); doctor exits non-zero
// when any check fails.

export type CheckStatus = 'ok' | 'warn' | 'fail' | 'skip';

export interface CheckResult {
  status: CheckStatus;
  /** One line: what was found, or what is wrong and what to do. */
  detail: string;
}

export interface DoctorContext {
  /** The settings as the bot would read them (the environment over .env). */
  env: Record<string, string | undefined>;
  /** Longest wait for one network answer. */
  timeoutMs: number;
}

export interface DoctorCheck {
  name: string;
  run(context: DoctorContext): Promise<CheckResult>;
}

export const ok = (detail: string): CheckResult => ({ status: 'ok', detail });
export const warn = (detail: string): CheckResult => ({ status: 'warn', detail });
export const fail = (detail: string): CheckResult => ({ status: 'fail', detail });
export const skip = (detail: string): CheckResult => ({ status: 'skip', detail });

/** The error's message, without a stack: doctor's table has one line per check. */
export function reasonOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
