// `npm start`: reads .env (if any), starts the configured platforms or the console chat, and stops cleanly
// on SIGTERM or Ctrl-C within SHUTDOWN_DEADLINE_MS. A configuration, dataset or database problem is one
// clear line and exit code 1; a crash is logged and exits 70; a second signal exits at once.
import { config as loadDotenv } from 'dotenv';
import { installCrashHandlers } from './crash-handlers.js';
import { createLogger } from './log.js';
import { SHUTDOWN_DEADLINE_MS, startBot } from './start-bot.js';

loadDotenv({ quiet: true });
// Errors only, whatever LOG_LEVEL says: a crash must always leave its story on stderr.
const log = createLogger('iisg', 'error');
installCrashHandlers(log);

const bot = await startBot(process.env, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).catch(
  (error: unknown) => {
    process.stderr.write(`iisg-bot: ${error instanceof Error ? error.message : String(error)}\n`);
    return process.exit(1);
  },
);

let signalled = false;
const shutdown = (signal: NodeJS.Signals) => {
  if (signalled) {
    log.error(`${signal} again during shutdown: exiting now`);
    process.exit(1);
  }
  signalled = true;
  // A backstop beyond the shutdown's own deadline, should something block the event loop itself.
  setTimeout(() => process.exit(1), SHUTDOWN_DEADLINE_MS + 2_000).unref();
  void bot.stop().then(
    (clean) => process.exit(clean ? 0 : 1),
    () => process.exit(1),
  );
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

try {
  await bot.stopped;
} catch (error) {
  log.error('iisg-bot stopped on a fault', error);
  process.exit(1);
}
