// Slack's message text -> the plain question the engine reads: drops the bot's own mention, turns
// channel/user/link tokens into their labels and undoes Slack's `&amp;` `&lt;` `&gt;` escaping.

/** `botUserId`: the bot's user id (from auth.test); its mentions are removed, not kept as words. */
export function toPlainQuestion(text: string, botUserId?: string): string {
  return text
    .replace(/<([^<>]*)>/g, (_token, inner: string) => labelOf(inner, botUserId))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

function labelOf(inner: string, botUserId: string | undefined): string {
  const [target = '', label] = splitLabel(inner);
  if (target.startsWith('@')) {
    if (botUserId && target.slice(1) === botUserId) return ' ';
    return label ? `@${label.replace(/^@/, '')}` : ' ';
  }
  if (target.startsWith('#')) return label ? `#${label}` : ' ';
  // Special mentions (<!here>, <!channel>, <!subteam^S1|@team>, <!date^...|fallback>): keep only a label.
  if (target.startsWith('!')) return label ?? ' ';
  return label ?? target.replace(/^mailto:/, '');
}

function splitLabel(inner: string): [string, string | undefined] {
  const bar = inner.indexOf('|');
  return bar === -1 ? [inner, undefined] : [inner.slice(0, bar), inner.slice(bar + 1)];
}
