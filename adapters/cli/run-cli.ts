// The `iisg` command: dispatches to one subcommand module each. Chat SDKs are never imported here, so a
// one-shot `iisg ask` starts fast.
import type { CliCommand, CliIo } from './cli-io.js';
import { UsageError } from './cli-io.js';
import { packageInfo } from '../package-info.js';

const COMMANDS: Record<string, () => Promise<CliCommand>> = {
  ask: async () => (await import('./ask-command.js')).runAsk,
  ingest: async () => (await import('./ingest-command.js')).runIngest,
  digest: async () => (await import('./digest-command.js')).runDigest,
  sync: async () => (await import('./sync-command.js')).runSyncCommand,
  doctor: async () => (await import('./doctor-command.js')).runDoctor,
  backup: async () => (await import('./backup-command.js')).runBackup,
};

const USAGE = `usage: iisg <command> [options]
  iisg ask "<question>" [--json] [--now YYYY-MM-DD] [--data FILE] [--conversation] [--language CODE]   answer a question (no question: read stdin)
  iisg ingest NEWS.txt [--out FILE] [--json] [--dry-run]             add news posts to the dataset
  iisg digest --period week|month [--now YYYY-MM-DD] [--json] [--data FILE] [--filter TEXT]   preview a digest
  iisg sync [--site URL] [--out FILE] [--dry-run] [--json] [--since YYYY-MM-DD]  read the events from the site
  iisg doctor [--json] [--env-file FILE] [--timeout SECONDS]         check settings, data, database and platforms
  iisg backup FILE [--db PATH] [--force]                             copy the digest database while the bot runs
  iisg --version`;

/** `overrides` replace commands by name (tests give a command its seams: a clock, fast retries). */
export async function runCli(
  argv: string[],
  io: CliIo,
  overrides: Readonly<Record<string, () => Promise<CliCommand>>> = {},
): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(`${USAGE}\n`);
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v' || name === 'version') {
    const { name: packageName, version } = packageInfo();
    io.stdout.write(`${packageName} ${version} (Node ${process.version})\n`);
    return 0;
  }
  const load = overrides[name] ?? COMMANDS[name];
  if (!load) {
    io.stderr.write(`iisg: unknown command "${name}"; expected one of: ${Object.keys(COMMANDS).join(', ')}\n`);
    return 2;
  }
  try {
    return await (await load())(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`iisg ${name}: ${error.message}\n`);
      return 2;
    }
    io.stderr.write(`iisg ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

