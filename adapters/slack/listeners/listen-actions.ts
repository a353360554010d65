// Button clicks (`block_actions`): every click is acknowledged at once, whatever it is, so Slack never sees
// a 404 or a timeout; then the answer is replayed from the button's state and shown as asked (another page,
// a count's events, a group's events) in place, an event's details privately, or a private answer shared in
// the channel. A button from an older dataset, an expired key or an unknown action gets a short private note.
import type { App, BlockAction, webApi } from '@slack/bolt';
import type { Answer } from '../../../src/index.js';
import { postToResponseUrl } from '../post-to-response-url.js';
import { replayAnswer } from '../../interactive/answer-ref.js';
import { BUTTON_NOTES } from '../../interactive/button-notes.js';
import type { AnswerRef } from '../../interactive/answer-ref.js';
import type { AnswerView } from '../../interactive/paging.js';
import { ACTION, renderAnswer } from '../render-answer.js';
import { renderEventDetails } from '../render-details.js';
import { createSlackControls, decodeDetailsValue, decodeViewValue } from '../slack-action-value.js';
import { clickPlaceOf, createClickReplies } from '../slack-reply-place.js';
import type { ClickPlace, ClickReplies } from '../slack-reply-place.js';
import type { ListenerDeps } from './listener-deps.js';

export const NOTES = BUTTON_NOTES;

/** Handlers for clicks other listeners own (the Home tab), by action id prefix. */
export type ClickHandler = (
  actionId: string,
  value: string | undefined,
  body: BlockAction,
  client: webApi.WebClient,
  replies: ClickReplies,
) => Promise<void>;

export function listenForActions(app: App, deps: ListenerDeps, others: Record<string, ClickHandler> = {}): void {
  app.action({ type: 'block_actions' }, async ({ ack, body, action, client }) => {
    await ack();
    const place = clickPlaceOf(body);
    const replies = createClickReplies(place, client, deps.responseUrl, deps.log);
    const actionId = action.action_id;
    const value = 'value' in action && typeof action.value === 'string' ? action.value : undefined;
    // Most clicks answer through their response URL, like slash commands: they share that queue.
    await deps.track('command', async () => {
      try {
        const owner = Object.keys(others).find((prefix) => actionId.startsWith(prefix));
        if (owner) await others[owner]?.(actionId, value, body, client, replies);
        else await dispatch(actionId, value, place, replies, deps);
      } catch (error) {
        deps.log.error('slack: a button click failed', error, {
          action: actionId,
          user: place.userId,
          channel: place.channelId,
        });
        await replies
          .note(NOTES.failed)
          .catch((second: unknown) =>
            deps.log.warn('slack: could not say that a click failed', { error: String(second) }),
          );
      }
    });
  });
}

async function dispatch(
  actionId: string,
  value: string | undefined,
  place: ClickPlace,
  replies: ClickReplies,
  deps: ListenerDeps,
): Promise<void> {
  // Link buttons report their clicks too; the browser did the work.
  if (actionId.startsWith('iisg_link')) return;
  if (actionId.startsWith(ACTION.details)) return showDetails(value, replies, deps);
  if (actionId.startsWith(ACTION.share)) return share(value, place, replies, deps);
  if (actionId.startsWith(ACTION.view)) return showView(value, replies, deps);
  deps.log.warn('slack: unknown button', { action: actionId });
  await replies.note(NOTES.unknownAction);
}

type Resolved = { ok: true; ref: AnswerRef; view: AnswerView; answer: Answer } | { ok: false; note: string };

function resolve(value: string | undefined, deps: ListenerDeps): Resolved {
  const decoded = decodeViewValue(value);
  if (!decoded) return { ok: false, note: NOTES.unreadable };
  const ref = 'ref' in decoded ? decoded.ref : deps.answerKeys?.find(decoded.key);
  if (!ref) return { ok: false, note: NOTES.expired };
  const replayed = replayAnswer(deps.context.engine(), ref);
  if (!replayed.ok) return { ok: false, note: NOTES.stale };
  return { ok: true, ref, view: decoded.view, answer: replayed.answer };
}

async function showView(value: string | undefined, replies: ClickReplies, deps: ListenerDeps): Promise<void> {
  const resolved = resolve(value, deps);
  if (!resolved.ok) return replies.note(resolved.note);
  await replies.replace(renderRef(resolved.ref, resolved.answer, resolved.view, deps));
}

async function share(
  value: string | undefined,
  place: ClickPlace,
  replies: ClickReplies,
  deps: ListenerDeps,
): Promise<void> {
  const resolved = resolve(value, deps);
  if (!resolved.ok) return replies.note(resolved.note);
  const shared: AnswerRef = { ...resolved.ref, private: false, sharedBy: place.userName };
  const message = renderRef(shared, resolved.answer, resolved.view, deps);
  if (!place.responseUrl)
    return replies.note('This answer cannot be shared from here; ask in the channel by mentioning the bot.');
  // A response URL posts in the channel even where the bot is not a member; then the private copy goes.
  await postToResponseUrl(
    place.responseUrl,
    { response_type: 'in_channel', replace_original: false, ...message },
    deps.responseUrl,
  );
  await postToResponseUrl(place.responseUrl, { delete_original: true }, deps.responseUrl);
}

async function showDetails(value: string | undefined, replies: ClickReplies, deps: ListenerDeps): Promise<void> {
  const id = decodeDetailsValue(value);
  if (!id) return replies.note(NOTES.unreadable);
  const event = deps.context.engine().event(id);
  if (!event) return replies.note(NOTES.unknownEvent);
  await replies.privately(renderEventDetails(event), 'Event details');
}

function renderRef(ref: AnswerRef, answer: Answer, view: AnswerView, deps: ListenerDeps) {
  const controls = deps.answerKeys ? createSlackControls(ref, answer, deps.answerKeys) : undefined;
  return renderAnswer(answer, {
    view,
    ...(controls ? { controls } : {}),
    ...(ref.private || ref.sharedBy ? { echoQuestion: ref.question } : {}),
    ...(ref.sharedBy ? { sharedBy: ref.sharedBy } : {}),
  });
}
