// Who may manage digests on Slack, and the request the digest manager needs, in one place shared by
// `/iisg digest …`, the Home tab's buttons and the digest form: DIGEST_SLACK_MANAGERS, then workspace admins
// and owners as users.info says (users:read).
import type { DigestManager, DigestRequest } from '../digest/digest-manager.js';
import type { Logger } from '../log.js';

export interface SlackUserClient {
  users: {
    info(args: {
      user: string;
    }): Promise<{ user?: { is_admin?: boolean; is_owner?: boolean; is_primary_owner?: boolean } }>;
  };
}

export const SLACK_MANAGERS_TEXT = 'workspace admins and owners (and people listed in DIGEST_SLACK_MANAGERS)';

export interface SlackDigestAccessOptions {
  manager: DigestManager;
  /** Bolt's app.client (late-bound: the app is created after the handler). */
  client: () => SlackUserClient;
  /** User ids allowed besides admins and owners. */
  managers: readonly string[];
  log: Logger;
}

export interface SlackDigestAccess {
  manager: DigestManager;
  canManage(userId: string): Promise<boolean>;
  request(where: { teamId: string | undefined; channelId: string; userId: string }, canManage: boolean): DigestRequest;
}

export function createSlackDigestAccess(options: SlackDigestAccessOptions): SlackDigestAccess {
  const allowed = new Set(options.managers);
  return {
    manager: options.manager,
    async canManage(userId) {
      if (allowed.has(userId)) return true;
      try {
        const { user } = await options.client().users.info({ user: userId });
        return Boolean(user?.is_admin || user?.is_owner || user?.is_primary_owner);
      } catch (error) {
        // Without users:read (or with Slack down) nobody outside the allow-list may manage: refuse, and say why in the log.
        options.log.warn('slack: could not check whether a user is a workspace admin (users.info)', {
          user: userId,
          error: error instanceof Error ? error.message : String(error),
        });
        return false;
      }
    },
    request: (where, canManage) => ({
      platform: 'slack',
      workspaceId: where.teamId ?? '',
      channelId: where.channelId,
      channelName: null,
      userId: where.userId,
      canManage,
      managers: SLACK_MANAGERS_TEXT,
    }),
  };
}
