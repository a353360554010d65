// `/iisg digest …` on Slack: parses the text, decides who may manage (see slack-digest-access), hands the
// command to the platform-neutral digest manager and renders its reply. Everyone may list and preview.
import { isManaging, parseDigestCommand } from '../digest/parse-digest-command.js';
import type { DigestHandler } from './build-reply.js';
import { renderDigest } from './render-digest.js';
import { renderNotice } from './render-help.js';
import type { SlackDigestAccess, SlackDigestAccessOptions } from './slack-digest-access.js';
import { createSlackDigestAccess } from './slack-digest-access.js';

export type { SlackUserClient } from './slack-digest-access.js';
export { SLACK_MANAGERS_TEXT } from './slack-digest-access.js';
export type SlackDigestHandlerOptions = SlackDigestAccessOptions;

export function createSlackDigestHandler(options: SlackDigestHandlerOptions | SlackDigestAccess): DigestHandler {
  const access = 'canManage' in options ? options : createSlackDigestAccess(options);
  return async (args, where) => {
    const parsed = parseDigestCommand(args);
    if (!parsed.ok) return parsed.message;
    const canManage = isManaging(parsed.value) ? await access.canManage(where.userId) : false;
    const reply = access.manager.run(parsed.value, access.request(where, canManage));
    if (reply.preview) {
      const [intro = ''] = reply.text.split('\n\n');
      return renderDigest(reply.preview, intro);
    }
    // Plain text, escaped by the notice renderer (channel links would be mention syntax: avoided).
    return renderNotice(reply.text);
  };
}
