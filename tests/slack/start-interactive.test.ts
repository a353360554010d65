// What `npm start` runs (startBot with the environment), in Slack HTTP mode with only SLACK_BOT_TOKEN,
// SLACK_SIGNING_SECRET and SLACK_API_URL set (plus a port and a state file of the test's own): a mention,
// a follow-up mention in the same thread, and a click on the button that says "more" on a long answer.
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { loadEngine } from '../../adapters/data/load-dataset.js';
import { createMemoryLogger } from '../../adapters/log.js';
import { startBot } from '../../adapters/start-bot.js';
import type { RunningBot } from '../../adapters/start-bot.js';
import { escapeMrkdwn } from '../../adapters/slack/escape-mrkdwn.js';
import {
  blockActionsBody,
  eventCallbackBody,
  mentionEvent,
  postSigned,
  TEST_SIGNING_SECRET,
} from '../fakes/slack-requests.js';
import { startFakeSlackApi } from '../fakes/slack-web-api.js';
import type { FakeSlackApi } from '../fakes/slack-web-api.js';
import { useTempDir } from '../store/temp-dir.js';
import { messageText } from './assert-slack-limits.js';

const NOW = new Date('2024-06-01T09:00:00Z');
const tempDir = useTempDir('iisg-start-interactive-');
let running: { bot: RunningBot; fake: FakeSlackApi } | undefined;

afterEach(async () => {
  if (!running) return;
  await running.bot.stop();
  await running.fake.close();
  running = undefined;
});

describe('npm start in Slack HTTP mode', () => {
  it('follows up in a thread and pages a long answer on a "more" click', async () => {
    const fake = await startFakeSlackApi();
    const log = createMemoryLogger();
    const env = {
      SLACK_BOT_TOKEN: 'xoxb-black-box',
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      PORT: '0',
      IISG_DB_PATH: `${tempDir()}/iisg.db`,
    };
    const bot = await startBot(
      env,
      { stdin: Readable.from([]), stdout: { write: () => true }, stderr: { write: () => true } },
      { clock: () => NOW, log },
    );
    running = { bot, fake };
    const port = Number(/listening for HTTP requests on port (\d+)/.exec(log.lines.join('\n'))?.[1]);
    expect(port).toBeGreaterThan(0);
    const url = `http://127.0.0.1:${port}/slack/events`;
    const engine = loadEngine();

    await postSigned(url, {
      body: eventCallbackBody(mentionEvent('events in Montenegro', '1717400000.000100'), 'Ev0BB000001'),
      contentType: 'application/json',
    });
    await fake.waitFor('chat.postMessage', 1);
    await postSigned(url, {
      body: eventCallbackBody(
        mentionEvent('and in 2023?', '1717400010.000200', { thread_ts: '1717400000.000100' }),
        'Ev0BB000002',
      ),
      contentType: 'application/json',
    });
    const [, followUp] = await fake.waitFor('chat.postMessage', 2);
    const expected = engine.ask('and in 2023?', NOW, engine.ask('events in Montenegro', NOW).conversation);
    expect(messageText(followUp?.params)).toContain(`Understood: ${escapeMrkdwn(expected.understood)}`);

    // The dataset has 11 events: "all events" is longer than a page.
    const all = engine.ask('all events', NOW);
    expect(all.events.length).toBeGreaterThan(10);
    await postSigned(url, {
      body: eventCallbackBody(mentionEvent('all events', '1717400020.000300'), 'Ev0BB000003'),
      contentType: 'application/json',
    });
    const [, , long] = await fake.waitFor('chat.postMessage', 3);
    const more = (long?.params.blocks as any[])
      .flatMap((block) => (block.type === 'actions' ? block.elements : []))
      .find((button) => /more|next/i.test(button.text.text));
    const click = await postSigned(url, {
      body: blockActionsBody({
        actionId: more.action_id,
        value: more.value,
        responseUrl: fake.responseUrl('bb-more'),
        container: { type: 'message', channelId: 'C0GENERAL01', messageTs: '1717400021.000100' },
      }),
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(click.status).toBe(200);
    const [page2] = await fake.waitFor('response_url', 1, (call) => call.responseId === 'bb-more');
    expect(page2?.params.replace_original).toBe(true);
    for (const event of all.events.slice(10, 20))
      expect(messageText(page2?.params)).toContain(escapeMrkdwn(event.title));
    expect(messageText(page2?.params)).not.toContain(escapeMrkdwn(all.events[0]!.title));
  });
});
