// Escaping for Slack's mrkdwn: every dataset string and every echoed question passes through here, so
// nothing the bot posts can form a mention (`<!channel>`, `<@U123>`) or a link.

/** Escapes exactly the three characters Slack treats as control characters: `&`, `<`, `>`. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
