// The Slack adapter's door: main builds the config from env and calls createSlackBot; the digest feature
// plugs in through SlackBotOptions.digest and reuses the renderers.
export { createSlackBot } from './create-slack-bot.js';
export type { SlackBot, SlackBotOptions, SlackStarted } from './create-slack-bot.js';
export { readSlackConfig, SlackConfigError, SlackEnvSchema } from './slack-config.js';
export type { SlackConfig } from './slack-config.js';
export type { DigestHandler, SlackWhere } from './build-reply.js';
export type { SlackBlock, SlackMessage } from './slack-message.js';
export { renderAnswer, describeEvent } from './render-answer.js';
export { renderNotice } from './render-help.js';
export { fitMessage, SLACK_LIMITS } from './block-limits.js';
export { escapeMrkdwn } from './escape-mrkdwn.js';
export { createSlackBotWithDigests } from './slack-digests.js';
