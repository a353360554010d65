// Log lines as operators get them: one JSON object per line off a terminal, pretty on one, LOG_LEVEL
// honoured, request fields on every line, and no secret in any line at any level, whether it sits in
// the message, the details, an error, its cause or a library's debug dump.
import { afterEach, describe, expect, it } from 'vitest';
import type { LogEntry, LogLevel } from '../../adapters/log.js';
import { createLogger } from '../../adapters/log.js';
import { runInRequestScope } from '../../adapters/logging/request-scope.js';
import { secretsFromEnv } from '../../adapters/logging/scrub-secrets.js';
import {
  eventCallbackBody,
  mentionEvent,
  postSigned,
  slashCommandBody,
  TEST_SIGNING_SECRET,
} from '../fakes/slack-requests.js';
import type { BotHarness } from './bot-harness.js';
import { askOnDiscord, DISCORD_TOKEN, SLACK_APP_TOKEN, SLACK_BOT_TOKEN, startHarness } from './bot-harness.js';

function capture(
  level: LogLevel,
  options: { isTTY?: boolean; format?: 'auto' | 'json' | 'pretty'; secrets?: string[] } = {},
) {
  const lines: string[] = [];
  const destination = { write: (line: string) => lines.push(line), isTTY: options.isTTY ?? false };
  const log = createLogger('iisg', level, {
    destination,
    format: options.format ?? 'auto',
    secrets: options.secrets ?? [],
  });
  return { log, lines, entries: () => lines.map((line) => JSON.parse(line) as LogEntry) };
}

const ENV = {
  SLACK_BOT_TOKEN,
  SLACK_APP_TOKEN,
  SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
  DISCORD_TOKEN,
  HTTPS_PROXY: 'http://ops:Pr0xy-Passw0rd@proxy.example.org:3128',
  IISG_SITE_TOKEN: 'site-api-key-0123456789',
};
/** Every secret in ENV, and the shapes that leak in practice: auth headers, signatures, secret URLs. */
const SECRETS = [
  SLACK_BOT_TOKEN,
  SLACK_APP_TOKEN,
  TEST_SIGNING_SECRET,
  DISCORD_TOKEN,
  'Pr0xy-Passw0rd',
  'site-api-key-0123456789',
];
const UNCONFIGURED = {
  'another bot token': 'xoxb-9999999999-8888888888-SomeOtherWorkspaceToken',
  'a Discord interaction token': 'aW50ZXJhY3Rpb246MTI1MDAwMDAwMDAwMDAwMDAwMTpUb2tlbg',
  'a response URL path': 'T0TEAM0001/1234567890/SecretResponsePath',
};

describe('JSON lines', () => {
  it('writes one JSON object per line with level, time, name and message; LOG_LEVEL decides which', () => {
    for (const [level, kept] of [
      ['debug', ['debug', 'info', 'warn', 'error']],
      ['info', ['info', 'warn', 'error']],
      ['warn', ['warn', 'error']],
      ['error', ['error']],
      ['silent', []],
    ] as const) {
      const { log, lines, entries } = capture(level);
      log.debug('d');
      log.info('i', { port: 3000 });
      log.warn('w');
      log.error('e', new Error('boom'));
      expect(
        lines.every((line) => line.endsWith('\n') && !line.slice(0, -1).includes('\n')),
        level,
      ).toBe(true);
      expect(
        entries().map((entry) => entry.level),
        level,
      ).toEqual(kept);
      for (const entry of entries()) {
        expect(entry).toMatchObject({ name: 'iisg', msg: entry.level[0] });
        expect(Date.parse(entry.time)).not.toBeNaN();
      }
    }
    const { log, entries } = capture('info');
    log.error('lookup failed', new Error('outer', { cause: new Error('inner cause') }), { attempt: 2 });
    expect(entries()[0]).toMatchObject({
      attempt: 2,
      err: { type: 'Error', message: 'outer', cause: { message: 'inner cause' } },
    });
    expect(entries()[0]?.err?.stack).toMatch(/^Error: outer\n\s+at /);
  });

  it('child loggers and request scopes add their fields to every line inside them', async () => {
    const { log, entries } = capture('debug');
    const slack = log.child({ platform: 'slack' });
    await runInRequestScope({ channel: 'C0GENERAL01', request: 'Ev0001' }, async () => {
      await Promise.resolve();
      slack.info('answered', { intent: 'where' });
      runInRequestScope({ request: 'Ev0002' }, () => slack.warn('inner'));
      slack.info('posted');
    });
    slack.info('outside');
    expect(
      entries().map(({ msg, platform, channel, request, intent }) => ({ msg, platform, channel, request, intent })),
    ).toEqual([
      { msg: 'answered', platform: 'slack', channel: 'C0GENERAL01', request: 'Ev0001', intent: 'where' },
      { msg: 'inner', platform: 'slack', channel: 'C0GENERAL01', request: 'Ev0002', intent: undefined },
      // One line's own fields never stick to the request's later lines.
      { msg: 'posted', platform: 'slack', channel: 'C0GENERAL01', request: 'Ev0001', intent: undefined },
      { msg: 'outside', platform: 'slack', channel: undefined, request: undefined, intent: undefined },
    ]);
  });

  it('is pretty on a terminal and JSON elsewhere, unless LOG_FORMAT says', () => {
    const terminal = capture('info', { isTTY: true });
    terminal.log.info('listening', { port: 3000 });
    expect(terminal.lines[0]).toMatch(/INFO.*\(iisg\).*listening.*"port":3000/);
    expect(() => JSON.parse(terminal.lines[0]!)).toThrow();
    const forcedJson = capture('info', { isTTY: true, format: 'json' });
    forcedJson.log.info('listening');
    expect(JSON.parse(forcedJson.lines[0]!)).toMatchObject({ msg: 'listening' });
    const forcedPretty = capture('info', { format: 'pretty' });
    forcedPretty.log.info('listening');
    expect(forcedPretty.lines[0]).toMatch(/INFO.*listening/);
  });
});

describe('secrets never reach a line', () => {
  it.each(['debug', 'info', 'warn', 'error'] as const)(
    'at %s, in the message, the details, an error and its cause, JSON and pretty',
    (level) => {
      for (const format of ['json', 'pretty'] as const) {
        const { log, lines } = capture('debug', { format, secrets: secretsFromEnv(ENV) });
        const leaky = [...SECRETS, ...Object.values(UNCONFIGURED)];
        const message = `calling with ${SLACK_BOT_TOKEN} and ${DISCORD_TOKEN}`;
        const details = {
          headers: { authorization: `Bearer ${SLACK_APP_TOKEN}`, 'x-slack-signature': `v0=${'a'.repeat(64)}` },
          token: 'short',
          nested: {
            text: `secret ${TEST_SIGNING_SECRET} here`,
            url: `https://hooks.slack.com/commands/${UNCONFIGURED['a response URL path']}`,
          },
          proxy: ENV.HTTPS_PROXY,
          webhook: `https://discord.com/api/v10/webhooks/1187654321098765432/${UNCONFIGURED['a Discord interaction token']}/messages/@original`,
          header: `Bot ${DISCORD_TOKEN}`,
          other: UNCONFIGURED['another bot token'],
          site: `key=${ENV.IISG_SITE_TOKEN}`,
        };
        const error = new Error(`auth failed for ${SLACK_BOT_TOKEN}`, {
          cause: new Error(`proxy ${ENV.HTTPS_PROXY} refused; token=${DISCORD_TOKEN}`),
        });
        if (level === 'error') log.error(message, error, details);
        else log[level](message, { ...details, error: String(error), cause: String(error.cause) });
        const written = lines.join('');
        expect(written.length).toBeGreaterThan(0);
        for (const secret of leaky) expect(written, `${format}: ${secret}`).not.toContain(secret);
        expect(written).toContain('[redacted]');
        // Enough is left to know what the value was.
        expect(written).toContain('xoxb-[redacted]');
        expect(written).toContain('proxy.example.org:3128');
      }
    },
  );

  describe('in a running bot at LOG_LEVEL=debug, where Bolt and discord.js dump their payloads', () => {
    let running: BotHarness | undefined;
    afterEach(async () => {
      await running?.close();
      running = undefined;
    });

    it('Slack HTTP mode: nothing secret in any line; one line per question, without the asker', async () => {
      const h = (running = await startHarness('slack-http', { LOG_LEVEL: 'debug' }));
      const events = h.url('/slack/events', 'slack');
      const body = slashCommandBody({
        text: 'where was Sojati in 2023',
        responseUrl: h.slack!.responseUrl('log-1'),
        triggerId: '1111.2222.trigger',
      });
      await postSigned(events, { body, contentType: 'application/x-www-form-urlencoded' });
      await postSigned(events, {
        body: eventCallbackBody(mentionEvent('events in Montenegro', '1717234000.000300'), 'Ev0LOGGING1'),
        contentType: 'application/json',
      });
      await h.slack!.waitFor('response_url', 1);
      await h.slack!.waitFor('chat.postMessage', 1);
      await h.bot.stop();

      const written = h.log.entries.map((entry) => JSON.stringify(entry)).join('\n');
      // Bolt's own debug output did reach the log: the check below is not vacuous.
      expect(h.log.entries.filter((entry) => entry.level === 'debug').length).toBeGreaterThan(10);
      expect(written).toMatch(/apiCall\('auth\.test'\)/);
      for (const secret of [SLACK_BOT_TOKEN, TEST_SIGNING_SECRET]) expect(written).not.toContain(secret);

      const questions = h.log.entries.filter((entry) => entry.msg === 'question answered');
      expect(
        questions.map(({ platform, channel, request, intent }) => ({ platform, channel, request, intent })),
      ).toEqual([
        { platform: 'slack', channel: 'C0GENERAL01', request: '1111.2222.trigger', intent: 'where' },
        { platform: 'slack', channel: 'C0GENERAL01', request: 'Ev0LOGGING1', intent: 'list' },
      ]);
      for (const line of questions) {
        expect(line).toMatchObject({ level: 'info', empty: false });
        expect(line.count).toBeGreaterThan(0);
        expect(line.ms).toBeGreaterThanOrEqual(0);
        // The asker (user alice, U0ALICE0001) is never named.
        expect(JSON.stringify(line)).not.toMatch(/alice|U0ALICE0001/i);
      }
    });

    it('Discord: the token never appears; the question line carries the channel and the interaction id', async () => {
      const h = (running = await startHarness('discord', { LOG_LEVEL: 'debug' }));
      const token = askOnDiscord(h.discord!.gateway, 'where was Sojati in 2023');
      await h.discord!.rest.waitFor((call) => call.method === 'PATCH' && call.path.includes(token));
      const written = h.log.entries.map((entry) => JSON.stringify(entry)).join('\n');
      expect(h.log.entries.some((entry) => entry.level === 'debug' && String(entry.msg).startsWith('discord: '))).toBe(
        true,
      );
      expect(written).not.toContain(DISCORD_TOKEN);
      expect(written).not.toContain(token);
      const [question] = h.log.entries.filter((entry) => entry.msg === 'question answered');
      expect(question).toMatchObject({
        platform: 'discord',
        channel: '1098765432109876600',
        intent: 'where',
        empty: false,
      });
      expect(question?.interaction).toMatch(/^\d+$/);
    });
  });
});
