// What a user asked for, from the text after `/iisg` (or after the bot's mention, or a DM): help,
// recent events, a digest command, or a question for the engine. Bad input becomes a notice that says
// what would work, never an exception.
import { MAX_LISTED } from '../interactive/paging.js';

export const RECENT_DEFAULT = 5;
export const RECENT_MAX = MAX_LISTED;
export const QUESTION_MAX_CHARS = 500;

export type SlackRequest =
  | { kind: 'help' }
  | { kind: 'recent'; count: number }
  | { kind: 'digest'; args: string }
  | { kind: 'ask'; question: string }
  | { kind: 'invalid'; message: string };

const HELP_WORDS = new Set(['help', '?', '-h', '--help', 'hi', 'hello']);

export function parseRequest(text: string, command = '/iisg'): SlackRequest {
  const trimmed = text.trim();
  if (trimmed === '' || HELP_WORDS.has(trimmed.toLowerCase())) return { kind: 'help' };
  const [first = '', ...rest] = trimmed.split(/\s+/);
  const head = first.toLowerCase();
  if (head === 'digest' || head === 'digests') return { kind: 'digest', args: rest.join(' ') };
  if (head === 'recent' && rest.length <= 1) {
    const [countText] = rest;
    // "recent events" and the like are questions; only "recent" and "recent <number>" are the subcommand.
    if (countText === undefined) return { kind: 'recent', count: RECENT_DEFAULT };
    if (/^-?\d+$/.test(countText)) {
      const count = Number(countText);
      if (count >= 1 && count <= RECENT_MAX) return { kind: 'recent', count };
      return { kind: 'invalid', message: `${command} recent takes a number of events from 1 to ${RECENT_MAX}, e.g. "${command} recent 10"; got ${countText}.` };
    }
  }
  if (trimmed.length > QUESTION_MAX_CHARS) {
    return {
      kind: 'invalid',
      message: `That question is ${trimmed.length} characters long; please ask in under ${QUESTION_MAX_CHARS}, e.g. "${command} where was Sojati in 2023".`,
    };
  }
  return { kind: 'ask', question: trimmed };
}
