// `iisg sync [--site URL] [--out FILE] [--dry-run] [--json] [--since YYYY-MM-DD] [--vocabulary DIR]`: reads
// every event from the Secretariat's site (The Events Calendar's REST API) and merges them into the dataset
// like ingest does. A bad answer from the site is one line on stderr and exit 1, with nothing written.
import { formatIngestReport, IsoDaySchema } from '../../src/index.js';
import type { CliCommand, CliIo } from './cli-io.js';
import { UsageError } from './cli-io.js';
import { parseFlags } from './cli-options.js';
import { defaultEventsFile } from '../data/load-dataset.js';
import { installOutboundProxy } from '../net/outbound-proxy.js';
import { runSync, type SyncRun } from '../site/run-sync.js';
import { SiteError } from '../site/site-error.js';
import { DEFAULT_SYNC_SINCE, SyncEnvSchema } from '../site/sync-config.js';

const USAGE = `usage: iisg sync [--site URL] [--out FILE] [--dry-run] [--json] [--since YYYY-MM-DD] [--vocabulary DIR]
  --site URL        the site (default IISG_SITE_URL, or https://wb-iisg.com)
  --out FILE        the dataset to merge into (default data/events.json; created if missing)
  --dry-run         report what would change, write nothing
  --json            print the report as one JSON object
  --since DAY       the earliest start day to ask the site for (default IISG_SYNC_SINCE, or ${DEFAULT_SYNC_SINCE})
  --vocabulary DIR  folder of people.json, places.json, organisations.json, event-kinds.json (default data/)`;

export interface SyncCommandOptions {
  env?: Record<string, string | undefined>;
  clock?: () => Date;
  /** Test seams: client settings (short timeouts, fast retries) and paging limits. */
  client?: Parameters<typeof runSync>[0]['client'];
  limits?: { perPage?: number; maxPages?: number };
}

export function createSyncCommand(options: SyncCommandOptions = {}): CliCommand {
  return async (args, io) => {
    const { values, positionals } = parseFlags(
      args,
      {
        site: { type: 'string' },
        out: { type: 'string' },
        json: { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        since: { type: 'string' },
        vocabulary: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      USAGE,
    );
    if (values.help) {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (positionals.length > 0) {
      throw new UsageError(
        `expected no file names, got ${positionals.map((name) => `"${name}"`).join(' ')} (the dataset is --out FILE)\n${USAGE}`,
      );
    }
    const env = SyncEnvSchema.safeParse({
      ...(options.env ?? process.env),
      ...(values.site !== undefined ? { IISG_SITE_URL: values.site } : {}),
      ...(values.since !== undefined ? { IISG_SYNC_SINCE: values.since } : {}),
      IISG_SYNC_EVERY: undefined,
    });
    if (!env.success) {
      const issue = env.error.issues[0];
      // Name what the user wrote: the flag when it was given, else the environment variable.
      const given: Record<string, string> = {
        IISG_SITE_URL: values.site !== undefined ? '--site' : 'IISG_SITE_URL',
        IISG_SYNC_SINCE: values.since !== undefined ? '--since' : 'IISG_SYNC_SINCE',
      };
      const flag = given[String(issue?.path[0])] ?? 'settings';
      throw new UsageError(`${flag}: ${issue?.message ?? 'invalid value'}`);
    }
    if (!IsoDaySchema.safeParse(env.data.IISG_SYNC_SINCE).success) {
      throw new UsageError(`--since expects a real day as YYYY-MM-DD, got "${env.data.IISG_SYNC_SINCE}"`);
    }

    const out = values.out ?? defaultEventsFile();
    let run: SyncRun;
    // HTTPS_PROXY / NO_PROXY, as the running bot follows them.
    const proxy = installOutboundProxy(options.env ?? process.env);
    try {
      run = await runSync({
        site: env.data.IISG_SITE_URL,
        out,
        vocabularyDir: values.vocabulary,
        since: env.data.IISG_SYNC_SINCE,
        now: (options.clock ?? (() => new Date()))(),
        dryRun: values['dry-run'] === true,
        client: options.client,
        ...options.limits,
      });
    } catch (error) {
      if (error instanceof SiteError) {
        io.stderr.write(`iisg sync: ${error.message}; nothing written\n`);
        return 1;
      }
      // A broken dataset, vocabulary or sidecar: run-cli prints its message (file, record, field).
      throw error;
    } finally {
      await proxy.restore();
    }
    writeReport(io, run, values.json === true);
    return 0;
  };
}

export const runSyncCommand: CliCommand = (args, io) => createSyncCommand()(args, io);

function writeReport(io: CliIo, run: SyncRun, json: boolean): void {
  const skipped = run.report.posts.filter((post) =>
    post.problems.some((problem) => problem.code === 'site-event-invalid'),
  );
  for (const post of skipped) {
    const reason = post.problems.find((problem) => problem.code === 'site-event-invalid')?.message ?? 'invalid';
    io.stderr.write(
      `iisg sync: skipped site event ${post.siteId ?? '(no id)'}${post.url ? ` (${post.url})` : ''}: ${reason}\n`,
    );
  }
  if (json) {
    io.stdout.write(`${JSON.stringify(run)}\n`);
    return;
  }
  const outcome = run.dryRun
    ? 'dry run: nothing written'
    : run.written
      ? `wrote ${run.out} and ${run.memory}`
      : `${run.out} already up to date: nothing written`;
  const fetched = `${run.fetched.listed} events in ${run.fetched.pages} page${run.fetched.pages === 1 ? '' : 's'}${run.fetched.total !== null ? ` (the site counts ${run.fetched.total})` : ''}`;
  const notes = run.notes.map((note) => `note: ${note}\n`).join('');
  io.stdout.write(`${run.url} -> ${run.out}\n${fetched}\n${notes}${formatIngestReport(run.report)}\n\n${outcome}\n`);
}
