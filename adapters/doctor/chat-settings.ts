// Which chat platforms a set of variables turns on, as start-bot decides it: Slack when any Slack
// variable is set, Discord when its token or application id is, digests with either.

export function slackConfigured(env: Record<string, string | undefined>): boolean {
  return Boolean(env.SLACK_BOT_TOKEN || env.SLACK_APP_TOKEN || env.SLACK_SIGNING_SECRET);
}

export function discordConfigured(env: Record<string, string | undefined>): boolean {
  return Boolean(env.DISCORD_TOKEN || env.DISCORD_APPLICATION_ID);
}
