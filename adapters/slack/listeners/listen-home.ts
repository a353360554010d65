// The App Home tab: published for the person who opens it (`app_home_opened`), and again after they press
// one of its digest buttons, with what happened at the top. Who may manage is checked at every press.
import type { App, BlockAction, webApi } from '@slack/bolt';
import { EXAMPLE_QUESTIONS } from '../../../src/index.js';
import type { DigestCommand } from '../../digest/parse-digest-command.js';
import { HOME_ACTION, renderHome } from '../render-home.js';
import type { ClickHandler } from './listen-actions.js';
import type { ListenerDeps } from './listener-deps.js';
import type { SlackDigests } from './listen-interactions.js';
import { renderDigestForm } from '../render-digest-form.js';

const LATEST = 5;

export interface SlackHome {
  publish(client: webApi.WebClient, userId: string, teamId: string, notice?: string): Promise<void>;
  onClick: ClickHandler;
}

export function listenForHome(app: App, deps: ListenerDeps, digests: SlackDigests | undefined): SlackHome {
  const home: SlackHome = {
    async publish(client, userId, teamId, notice) {
      const engine = deps.context.engine();
      const now = deps.context.now();
      const view = renderHome({
        latest: engine.recent(LATEST, now).events,
        examples: EXAMPLE_QUESTIONS.slice(0, 6),
        command: deps.command,
        ...(digests
          ? {
              digests: {
                subscriptions: digests.access.manager.subscriptions('slack', teamId),
                canManage: await digests.access.canManage(userId),
                now,
              },
            }
          : {}),
        ...(notice ? { notice } : {}),
      });
      await client.views.publish({ user_id: userId, view });
    },
    async onClick(actionId, value, body, client, replies) {
      const teamId = teamOf(body);
      if (actionId === HOME_ACTION.newDigest) {
        if (!digests) return replies.note('Digests are not set up on this bot yet.');
        await client.views.open({ trigger_id: body.trigger_id, view: renderDigestForm(digests.defaults, { teamId }) });
        return;
      }
      const id = subscriptionIdOf(value);
      const command: DigestCommand | null =
        id === null
          ? null
          : actionId === HOME_ACTION.pause
            ? { kind: 'pause', id }
            : actionId === HOME_ACTION.resume
              ? { kind: 'resume', id }
              : actionId === HOME_ACTION.remove
                ? { kind: 'unsubscribe', cadence: null, id }
                : null;
      if (!digests || !command)
        return home.publish(
          client,
          body.user.id,
          teamId,
          'That button is not one this version of the bot knows; the tab is up to date now.',
        );
      const canManage = await digests.access.canManage(body.user.id);
      // The subscription's own channel scopes the request; the Home tab has none of its own.
      const reply = digests.access.manager.run(
        command,
        digests.access.request({ teamId, channelId: '', userId: body.user.id }, canManage),
      );
      await home.publish(client, body.user.id, teamId, reply.text);
    },
  };

  app.event('app_home_opened', async ({ event, body, client }) => {
    if (event.tab !== 'home') return;
    await deps.track('message', async () => {
      try {
        await home.publish(client, event.user, body.team_id);
      } catch (error) {
        deps.log.error('slack: could not publish the Home tab', error, { user: event.user });
      }
    });
  });
  return home;
}

function teamOf(body: BlockAction): string {
  return body.team?.id ?? body.user.team_id ?? '';
}

function subscriptionIdOf(value: string | undefined): number | null {
  try {
    const parsed = JSON.parse(value ?? '') as { id?: unknown };
    return typeof parsed.id === 'number' && Number.isInteger(parsed.id) && parsed.id > 0 ? parsed.id : null;
  } catch {
    return null;
  }
}
