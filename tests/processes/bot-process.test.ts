// Findings 4 and 5 and the shutdown deadline, on the real process: the compiled bot (dist/adapters/main.js)
// in Slack HTTP mode on 127.0.0.1 against the fake Slack Web API. An unusable digest database stops the start
// with exit code 1 (nothing left serving); a database deleted under the running bot is refused, reported and
// ends the process non-zero; SIGTERM ends it within the deadline even while Slack hangs every call; an error
// nobody catches is logged and exits non-zero.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CRASH_EXIT_CODE } from '../../adapters/crash-handlers.js';
import { SHUTDOWN_DEADLINE_MS } from '../../adapters/start-bot.js';
import { DIGEST_DRAIN_MS } from '../../adapters/scheduler/delivery-bounds.js';
import { openDigestStore } from '../../adapters/store/digest-store.js';
import {
  postSigned,
  slashCommandBody,
  TEST_SIGNING_SECRET,
  eventCallbackBody,
  mentionEvent,
} from '../fakes/slack-requests.js';
import { startFakeSlackApi } from '../fakes/slack-web-api.js';
import type { FakeSlackApi } from '../fakes/slack-web-api.js';
import { BOT_MAIN, startNode } from './child-process.js';
import type { Child } from './child-process.js';

/** The error lines of a child's stderr (JSON lines off a terminal): each message with its error's text. */
function errorLines(stderr: string): string {
  return stderr
    .split('\n')
    .flatMap((line) => {
      try {
        const entry = JSON.parse(line) as { level?: string; msg?: string; err?: { type?: string; message?: string } };
        return entry.level === 'error' ? [`${entry.msg ?? ''} ${entry.err?.type ?? ''} ${entry.err?.message ?? ''}`] : [];
      } catch {
        return [];
      }
    })
    .join('\n');
}

const MANAGER = 'U0ALICE0001';
let fake: FakeSlackApi | undefined;
let dir = '';
const children: Child[] = [];
afterEach(async () => {
  for (const child of children.splice(0)) {
    child.process.kill('SIGKILL');
    await child.exited;
  }
  await fake?.close();
  fake = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function startBotProcess(extra: Record<string, string> = {}): Promise<{ child: Child; fake: FakeSlackApi }> {
  fake = await startFakeSlackApi();
  const child = startNode(
    BOT_MAIN,
    [],
    {
      LOG_LEVEL: 'info',
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      PORT: '0',
      HOST: '127.0.0.1',
      SLACK_API_URL: fake.apiUrl,
      IISG_DB_PATH: join(dir, 'state', 'iisg.db'),
      DIGEST_SLACK_MANAGERS: MANAGER,
      ...extra,
    },
    dir, // no .env there
  );
  children.push(child);
  return { child, fake };
}

/** Slack's port, once the bot has started everything (the digest scheduler starts after Slack listens). */
async function portOf(child: Child): Promise<number> {
  const line = await child.waitForLine(/listening for HTTP requests on port \d+/);
  await child.waitForLine(/iisg-bot ready/);
  return Number(/port (\d+)/.exec(line)![1]);
}

const eventsUrl = (port: number) => `http://127.0.0.1:${port}/slack/events`;

/** Makes a file read-only for this process: chattr +i as root (who ignores permissions), chmod otherwise. */
function makeReadOnly(file: string): (() => void) | null {
  if (process.getuid?.() !== 0) {
    chmodSync(file, 0o444);
    return () => chmodSync(file, 0o644);
  }
  try {
    execFileSync('chattr', ['+i', file], { stdio: 'ignore' });
    return () => execFileSync('chattr', ['-i', file], { stdio: 'ignore' });
  } catch {
    return null;
  }
}

describe('the bot process', () => {
  it('stops at start with exit code 1 and the reason when the digest database is damaged', async () => {
    dir = mkdtempSync(join(tmpdir(), 'iisg-process-'));
    const db = join(dir, 'state', 'iisg.db');
    mkdirSync(join(dir, 'state'));
    writeFileSync(db, Buffer.alloc(8192, 7));
    const { child } = await startBotProcess();
    expect(await child.exited).toBe(1);
    expect(child.stderr()).toContain(
      `the digest database ${db} cannot be used: it is not a SQLite database or it is damaged`,
    );
    expect(child.stderr()).not.toContain('listening for HTTP requests');
  });

  it('stops at start with exit code 1 when the digest database is read-only', async (context) => {
    dir = mkdtempSync(join(tmpdir(), 'iisg-process-'));
    const db = join(dir, 'state', 'iisg.db');
    openDigestStore(db).close();
    rmSync(`${db}-wal`, { force: true });
    rmSync(`${db}-shm`, { force: true });
    const undo = makeReadOnly(db);
    if (!undo) context.skip();
    try {
      const { child } = await startBotProcess();
      expect(await child.exited).toBe(1);
      expect(child.stderr()).toContain(`the digest database ${db} cannot be used: it is read-only`);
    } finally {
      undo?.();
    }
  });

  it('refuses subscriptions, says why and exits non-zero when its database is deleted while it runs', async () => {
    dir = mkdtempSync(join(tmpdir(), 'iisg-process-'));
    const { child, fake } = await startBotProcess();
    const port = await portOf(child);
    for (const suffix of ['', '-wal', '-shm']) rmSync(join(dir, 'state', `iisg.db${suffix}`), { force: true });
    const ack = await postSigned(eventsUrl(port), {
      body: slashCommandBody({
        text: 'digest subscribe weekly',
        responseUrl: fake.responseUrl('after-delete'),
        userId: MANAGER,
      }),
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(ack.status).toBe(200);
    const [reply] = await fake.waitFor('response_url', 1, (call) => call.responseId === 'after-delete', 10_000);
    expect(JSON.stringify(reply?.params)).toContain(
      'their database file was deleted or replaced while the bot was running',
    );
    expect(await child.exited, child.stderr()).toBe(1);
    expect(errorLines(child.stderr())).toMatch(
      /the digest database .*iisg\.db was deleted while the bot was running: digests stopped/,
    );
  });

  it('ends within its shutdown deadline on SIGTERM while Slack hangs every call', async () => {
    expect(SHUTDOWN_DEADLINE_MS).toBeGreaterThan(DIGEST_DRAIN_MS);
    dir = mkdtempSync(join(tmpdir(), 'iisg-process-'));
    // A digest due the moment the bot starts (quiet: it posts even with nothing to say).
    const store = openDigestStore(join(dir, 'state', 'iisg.db'));
    store.subscriptions.save(
      {
        platform: 'slack',
        workspaceId: 'T0TEAM0001',
        channelId: 'C0DIGEST01',
        channelName: null,
        cadence: 'weekly',
        day: 1,
        time: '09:00',
        timeZone: 'Europe/Tirane',
        filter: null,
        quiet: true,
        createdBy: MANAGER,
        firstPeriodFrom: '2020-01-06',
      },
      [],
      new Date(),
    );
    store.close();
    const { child, fake } = await startBotProcess();
    fake.stall('chat.postMessage', { posted: true });
    fake.stall('response_url');
    const port = await portOf(child);
    await postSigned(eventsUrl(port), {
      body: eventCallbackBody(
        mentionEvent('events in Montenegro', `${Math.floor(Date.now() / 1000)}.000100`),
        'Ev0SIGTERM1',
      ),
      contentType: 'application/json',
    });
    await postSigned(eventsUrl(port), {
      body: slashCommandBody({ text: 'where was Sojati in 2023', responseUrl: fake.responseUrl('stuck') }),
      contentType: 'application/x-www-form-urlencoded',
    });
    // The digest post, the reply and the command's answer are all in flight, and none will ever be answered.
    const inFlight = () => fake.stalled('chat.postMessage').length >= 2 && fake.stalled('response_url').length >= 1;
    for (let waited = 0; !inFlight() && waited < 200; waited++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(inFlight()).toBe(true);

    child.process.kill('SIGTERM');
    const outcome = await Promise.race([
      child.exited,
      new Promise((resolve) => setTimeout(() => resolve('still running'), SHUTDOWN_DEADLINE_MS + 3_000)),
    ]);
    expect(outcome, child.stderr()).toBe(0);
    expect(fake.history('C0DIGEST01')).toHaveLength(1);
  });

  it.each(['rejection', 'exception'])(
    'logs an unhandled %s and exits non-zero, for a supervisor to restart it',
    async (kind) => {
      dir = mkdtempSync(join(tmpdir(), 'iisg-process-'));
      const child = startNode(new URL('./crash-on-purpose.mjs', import.meta.url).pathname, [kind]);
      children.push(child);
      expect(await child.exited).toBe(CRASH_EXIT_CODE);
      expect(errorLines(child.stderr())).toMatch(
        kind === 'rejection'
          ? /crashed on an unhandled promise rejection.* a listener rejected/
          : /crashed on an uncaught exception.* SyntaxError|crashed on an uncaught exception.* JSON/,
      );
    },
  );
});
