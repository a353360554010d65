// The digest form: `/iisg digest` with nothing after it opens it (views.open, within the trigger's 3
// seconds), and its submission (`view_submission`) subscribes through the digest manager. Mistakes are
// shown next to the field they concern; success replaces the form with what was set up.
import type { App, webApi } from '@slack/bolt';
import { checkSubscribeOptions } from '../../digest/parse-digest-command.js';
import type { SubscribeOptions } from '../../digest/parse-digest-command.js';
import { parseMonthDay, parseTime, parseTimeZone, parseWeekday } from '../../digest/schedule-terms.js';
import { escapeMrkdwn } from '../escape-mrkdwn.js';
import { parseRequest } from '../parse-request.js';
import { DIGEST_FORM_ID, FORM_BLOCK, readDigestForm, renderDigestForm, renderFormDone } from '../render-digest-form.js';
import type { DigestFormState } from '../render-digest-form.js';
import type { SlackWhere } from '../build-reply.js';
import type { ListenerDeps } from './listener-deps.js';
import type { SlackDigests } from './listen-interactions.js';

export function listenForDigestForm(
  app: App,
  deps: ListenerDeps,
  digests: SlackDigests,
): (text: string, triggerId: string, where: SlackWhere) => Promise<boolean> {
  app.view(DIGEST_FORM_ID, async ({ ack, body, view }) => {
    const state = readState(view.private_metadata, body.team?.id ?? body.user.team_id ?? '');
    const form = readDigestForm(view.state.values as Parameters<typeof readDigestForm>[0]);
    const errors = fieldErrors(form.options);
    if (!form.channelId) errors[FORM_BLOCK.channel] = 'Pick the channel the digest goes to.';
    const checked = checkSubscribeOptions(form.options);
    if (Object.keys(errors).length > 0 || !checked.ok || !form.channelId) {
      await ack({
        response_action: 'errors',
        errors:
          Object.keys(errors).length > 0
            ? errors
            : { [FORM_BLOCK.cadence]: checked.ok ? 'Check the form.' : plainMessage(checked.message) },
      });
      return;
    }
    const canManage = await digests.access.canManage(body.user.id);
    const reply = digests.access.manager.run(
      checked.value,
      digests.access.request({ teamId: state.teamId, channelId: form.channelId, userId: body.user.id }, canManage),
    );
    if (!reply.ok) {
      const block = canManage && checked.value.filter ? FORM_BLOCK.filter : FORM_BLOCK.channel;
      await ack({ response_action: 'errors', errors: { [block]: plainMessage(reply.text) } });
      return;
    }
    await ack({ response_action: 'update', view: renderFormDone(escapeMrkdwn(reply.text)) });
  });

  return async (text, triggerId, where) => {
    const request = parseRequest(text, deps.command);
    if (request.kind !== 'digest' || request.args.trim() !== '' || !triggerId) return false;
    try {
      await (app.client as webApi.WebClient).views.open({
        trigger_id: triggerId,
        view: renderDigestForm(digests.defaults, { teamId: where.teamId ?? '' }, where.channelId),
      });
      return true;
    } catch (error) {
      // The text answer (digest help) follows instead.
      deps.log.warn('slack: could not open the digest form', {
        error: error instanceof Error ? error.message : String(error),
      });
      return false;
    }
  };
}

/** Each field checked on its own, so a mistake is shown where it was made. */
function fieldErrors(options: SubscribeOptions): Record<string, string> {
  const errors: Record<string, string> = {};
  const weekly = options.cadence !== 'monthly';
  if (options.on) {
    const day = weekly ? parseWeekday(options.on) : parseMonthDay(options.on);
    if (!day.ok)
      errors[FORM_BLOCK.day] = weekly
        ? 'A weekly digest posts on a weekday: pick one from "Weekly digests" (or choose Monthly).'
        : 'A monthly digest posts on a day of the month: pick one from "Monthly digests" (or choose Weekly).';
  }
  if (options.at) {
    const time = parseTime(options.at);
    if (!time.ok) errors[FORM_BLOCK.time] = plainMessage(time.message);
  }
  if (options.tz) {
    const zone = parseTimeZone(options.tz);
    if (!zone.ok) errors[FORM_BLOCK.timeZone] = plainMessage(zone.message);
  }
  return errors;
}

/** The text grammar's messages speak of `at 09:00`; in a form the field says which. */
function plainMessage(message: string): string {
  return message
    .replace(/`(?:on|at|tz) ([^`]*)`/g, '"$1"')
    .replace(/`([^`]*)`/g, '"$1"')
    .slice(0, 500);
}

function readState(metadata: string | undefined, fallbackTeam: string): DigestFormState {
  try {
    const parsed = JSON.parse(metadata ?? '') as Partial<DigestFormState>;
    return { teamId: typeof parsed.teamId === 'string' && parsed.teamId ? parsed.teamId : fallbackTeam };
  } catch {
    return { teamId: fallbackTeam };
  }
}
