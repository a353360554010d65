// `/iisg digest …` (and "@iisg-bot digest …"): hands the command to the platform-neutral digest manager.
// Who may change subscriptions on Slack: workspace admins and owners (users.info, scope users:read) and
// the users listed in DIGEST_SLACK_MANAGERS. Everyone may list and preview.
import type { DigestManager } from '../digest/digest-manager.js';
import { isManaging, parseDigestCommand } from '../digest/parse-digest-command.js';
import type { Logger } from '../log.js';
import type { DigestHandler } from './build-reply.js';
import { renderDigest } from './render-digest.js';
import { renderNotice } from './render-help.js';

export interface SlackUserClient {
  users: { info(args: { user: string }): Promise<{ user?: { is_admin?: boolean; is_owner?: boolean; is_primary_owner?: boolean } }> };
}

export interface SlackDigestHandlerOptions {
  manager: DigestManager;
  /** Bolt's app.client (late-bound: the app is created after the handler). */
  client: () => SlackUserClient;
  /** User ids allowed besides admins and owners. */
  managers: readonly string[];
  log: Logger;
}

export const SLACK_MANAGERS_TEXT = 'workspace admins and owners (and people listed in DIGEST_SLACK_MANAGERS)';

export function createSlackDigestHandler(options: SlackDigestHandlerOptions): DigestHandler {
  const allowed = new Set(options.managers);

  async function canManage(userId: string): Promise<boolean> {
    if (allowed.has(userId)) return true;
    try {
      const { user } = await options.client().users.info({ user: userId });
      return Boolean(user?.is_admin || user?.is_owner || user?.is_primary_owner);
    } catch (error) {
      // Without users:read (or with Slack down) nobody outside the allow-list may manage: refuse, and say why in the log.
      options.log.warn('slack: could not check whether a user is a workspace admin (users.info)', { user: userId, error: error instanceof Error ? error.message : String(error) });
      return false;
    }
  }

  return async (args, where) => {
    const parsed = parseDigestCommand(args);
    if (!parsed.ok) return parsed.message;
    const reply = options.manager.run(parsed.value, {
      platform: 'slack',
      workspaceId: where.teamId ?? '',
      channelId: where.channelId,
      channelName: null,
      userId: where.userId,
      canManage: isManaging(parsed.value) ? await canManage(where.userId) : false,
      managers: SLACK_MANAGERS_TEXT,
    });
    if (reply.preview) {
      const [intro = ''] = reply.text.split('\n\n');
      return renderDigest(reply.preview, intro);
    }
    // Plain text, escaped by the notice renderer (channel links would be mention syntax: avoided).
    return renderNotice(reply.text);
  };
}
