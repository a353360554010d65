// `npm start`: reads .env (if any), starts the configured platforms or the console chat, and stops cleanly
// on Ctrl-C. A configuration or dataset problem is one clear line and a non-zero exit.
import { config as loadDotenv } from 'dotenv';
import { startBot } from './start-bot.js';

loadDotenv({ quiet: true });

try {
  const bot = await startBot(process.env, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
  const shutdown = () => void bot.stop().then(() => process.exit(0));
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  await bot.stopped;
} catch (error) {
  process.stderr.write(`iisg-bot: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
