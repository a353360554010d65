// Everything interactive, wired in one call from createSlackBot: conversations (per thread, DM and
// slash-command user), button clicks, the Home tab and the digest form. Returns the listener deps the
// command and message listeners use, now with the conversation store and answer keys.
import type { App } from '@slack/bolt';
import type { DigestDefaults } from '../../digest/digest-config.js';
import type { AnswerKeys } from '../../interactive/answer-keys.js';
import { createAnswerKeys } from '../../interactive/answer-keys.js';
import type { ConversationStore } from '../../interactive/conversations.js';
import { createConversationStore } from '../../interactive/conversations.js';
import type { SlackDigestAccess } from '../slack-digest-access.js';
import { HOME_ACTION } from '../render-home.js';
import { DIGEST_FORM_ID } from '../render-digest-form.js';
import { listenForActions } from './listen-actions.js';
import { listenForDigestForm } from './listen-digest-form.js';
import { listenForHome } from './listen-home.js';
import type { ListenerDeps } from './listener-deps.js';

export interface SlackDigests {
  access: SlackDigestAccess;
  defaults: DigestDefaults;
}

export interface SlackInteractiveOptions {
  conversations?: ConversationStore;
  answerKeys?: AnswerKeys;
  /** Digests on the Home tab and in the form; absent when digests are not set up. */
  digests?: SlackDigests;
}

export function listenForInteractions(
  app: App,
  deps: ListenerDeps,
  options: SlackInteractiveOptions = {},
): ListenerDeps {
  const full: ListenerDeps = {
    ...deps,
    conversations: options.conversations ?? createConversationStore(),
    answerKeys: options.answerKeys ?? createAnswerKeys(),
  };
  const home = listenForHome(app, full, options.digests);
  listenForActions(app, full, { [HOME_ACTION.prefix]: home.onClick });
  if (options.digests) full.digestForm = listenForDigestForm(app, full, options.digests);
  // A form this bot no longer handles (another version opened it, or digests are off now) is closed, not a 404.
  const known = options.digests ? new RegExp(`^(?!${DIGEST_FORM_ID}$)`) : /.*/;
  app.view({ callback_id: known, type: 'view_submission' }, async ({ ack, body }) => {
    deps.log.warn('slack: a form this bot does not handle was submitted', { callbackId: body.view.callback_id });
    await ack();
  });
  return full;
}
