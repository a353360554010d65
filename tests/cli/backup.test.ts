// `iisg backup FILE`: a consistent copy of the SQLite state while the bot has it open (WAL, writes not yet
// checkpointed), never a half-written FILE, never an overwrite by accident; and `iisg --version`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readCliEnv } from '../../adapters/cli/cli-env.js';
import { runCli } from '../../adapters/cli/run-cli.js';
import { openDigestStore } from '../../adapters/store/digest-store.js';
import type { SubscriptionSettings } from '../../adapters/store/subscription-store.js';
import { useTempDir } from '../store/temp-dir.js';

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdin: Readable.from([]),
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
  });
  return { code, stdout, stderr };
}

const settings = (channelId: string): SubscriptionSettings => ({
  platform: 'discord',
  workspaceId: '1098765432109876543',
  channelId,
  channelName: `channel-${channelId}`,
  cadence: 'monthly',
  day: 1,
  time: '09:00',
  timeZone: 'Europe/Tirane',
  filter: 'Montenegro',
  quiet: false,
  firstPeriodFrom: '2024-06-01',
  createdBy: '1012345678901234567',
});

describe('iisg backup', () => {
  const tempDir = useTempDir('iisg-backup-');

  it('copies a database the bot holds open, uncheckpointed writes included, and says what it copied', async () => {
    const dir = tempDir();
    const source = join(dir, 'state', 'iisg.db');
    const live = openDigestStore(source);
    try {
      for (const channel of ['C1', 'C2', 'C3'])
        live.subscriptions.save(settings(channel), ['2023-11-14-rome-conference'], new Date('2024-06-01T08:00:00Z'));
      expect(existsSync(`${source}-wal`)).toBe(true);
      const target = join(dir, 'backup.db');
      const { code, stdout, stderr } = await cli(['backup', target, '--db', source]);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(stdout).toMatch(
        new RegExp(
          `^backed up ${source} to ${target} \\(\\d+ pages, schema version \\d+, 3 subscription\\(s\\), integrity ok\\)\\n$`,
        ),
      );
      expect(existsSync(`${target}.partial`)).toBe(false);

      // Writes after the backup stay out of it.
      live.subscriptions.save(settings('C4'), [], new Date('2024-06-02T08:00:00Z'));
      const copy = openDigestStore(target);
      try {
        expect(copy.subscriptions.list().map((subscription) => subscription.channelId)).toEqual(['C1', 'C2', 'C3']);
        expect(copy.subscriptions.list()[0]).toEqual(live.subscriptions.list()[0]);
      } finally {
        copy.close();
      }
    } finally {
      live.close();
    }
  });

  it('never overwrites a file unless told to, and refuses to copy a database onto itself', async () => {
    const dir = tempDir();
    const source = join(dir, 'iisg.db');
    openDigestStore(source).close();
    const target = join(dir, 'yesterday.db');
    writeFileSync(target, 'an older backup');
    expect(await cli(['backup', target, '--db', source])).toEqual({
      code: 2,
      stdout: '',
      stderr: `iisg backup: ${target} exists; choose another name or add --force to replace it\n`,
    });
    expect(readFileSync(target, 'utf8')).toBe('an older backup');
    expect((await cli(['backup', target, '--db', source, '--force'])).code).toBe(0);
    expect(readFileSync(target).subarray(0, 15).toString()).toBe('SQLite format 3');
    expect((await cli(['backup', source, '--db', source])).stderr).toBe(
      `iisg backup: the backup must go to another file than the database itself (${source})\n`,
    );
  });

  it('says where it looked when there is no database, and what it expects without a FILE', async () => {
    const missing = join(tempDir(), 'none.db');
    expect(await cli(['backup', join(tempDir(), 'out.db'), '--db', missing])).toMatchObject({
      code: 1,
      stderr: `iisg backup: no database at ${missing} (set IISG_DB_PATH or --db); the bot creates it when a chat platform first starts\n`,
    });
    expect((await cli(['backup'])).stderr).toMatch(
      /^iisg backup: expected the file to write the backup to\nusage: iisg backup FILE/,
    );
  });

  it('reads IISG_DB_PATH from the environment first, then from .env, like npm start', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.env'), 'IISG_DB_PATH=/srv/iisg/from-dotenv.db\nLOG_LEVEL=debug\n');
    const before = process.env.LOG_LEVEL;
    process.env.LOG_LEVEL = 'warn';
    try {
      const env = readCliEnv(join(dir, '.env'));
      expect(env.IISG_DB_PATH).toBe('/srv/iisg/from-dotenv.db');
      expect(env.LOG_LEVEL).toBe('warn');
      expect(process.env.IISG_DB_PATH).toBeUndefined();
    } finally {
      if (before === undefined) delete process.env.LOG_LEVEL;
      else process.env.LOG_LEVEL = before;
    }
  });
});

describe('iisg --version', () => {
  it('prints the package version and the Node version', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    for (const flag of ['--version', '-v', 'version'])
      expect(await cli([flag])).toEqual({
        code: 0,
        stdout: `iisg-bot ${version} (Node ${process.version})\n`,
        stderr: '',
      });
  });
});
