// The last line of defence, installed by main: an error nothing else caught (an unhandled rejection, an
// uncaught exception, in our code or in a library's) is logged with its stack and the process exits
// non-zero at once, so a supervisor restarts a clean process instead of one in an unknown state.
import type { Logger } from './log.js';

/** Exit code for a crash: distinct from 1 (a start that failed) so logs and supervisors can tell them apart. */
export const CRASH_EXIT_CODE = 70;

export function installCrashHandlers(log: Logger, exit: (code: number) => void = (code) => process.exit(code)): void {
  const crash = (kind: string) => (error: unknown) => {
    try {
      log.error(`crashed on an ${kind}; exiting so a supervisor can restart the bot`, error);
    } finally {
      exit(CRASH_EXIT_CODE);
    }
  };
  process.on('unhandledRejection', crash('unhandled promise rejection'));
  process.on('uncaughtException', crash('uncaught exception'));
}
