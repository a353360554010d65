// The digest commands people type, the same on every platform:
//   subscribe weekly|monthly [on <day>] [at HH:MM] [tz <IANA zone>] [quiet] [filter words...]
//   (also as said: "every monday at 9am", "subscribe every month on the 1st at 8:30am in Europe/Tirane")
//   unsubscribe [weekly|monthly|<id>] · list · preview [weekly|monthly] · resume [<id>] · help
// Options come right after the cadence, in any order; the first other word starts the filter. Discord's
// structured options go through `checkSubscribeOptions`, so both platforms share every check and message.
import type { DigestCadence } from '../../src/index.js';
import type { Parsed } from './schedule-terms.js';
import { parseMonthDay, parseTime, parseTimeZone, parseWeekday } from './schedule-terms.js';

export interface SubscribeCommand {
  kind: 'subscribe';
  cadence: DigestCadence;
  /** Absent: the configured default. */
  day?: number;
  time?: string;
  timeZone?: string;
  quiet: boolean;
  filter: string | null;
}

export type DigestCommand =
  | SubscribeCommand
  | { kind: 'unsubscribe'; cadence: DigestCadence | null; id: number | null }
  | { kind: 'list' }
  | { kind: 'preview'; cadence: DigestCadence | null }
  | { kind: 'resume'; id: number | null }
  | { kind: 'pause'; id: number | null }
  | { kind: 'help' };

/** Raw option values, as Discord hands them over or as the text parser finds them. */
export interface SubscribeOptions {
  cadence: string;
  on?: string | null;
  at?: string | null;
  tz?: string | null;
  quiet?: boolean | null;
  filter?: string | null;
}

export const DIGEST_USAGE = [
  'subscribe weekly|monthly [on <day>] [at HH:MM] [tz <IANA zone>] [quiet] [filter <person, place or topic>]',
  'unsubscribe [weekly|monthly|<id>]',
  'list',
  'preview [weekly|monthly]',
  'pause [<id>] · resume [<id>]',
].join('\n');

export const SUBSCRIBE_EXAMPLE = 'subscribe weekly on monday at 09:00 tz Europe/Tirane filter Montenegro';

const CADENCES: Record<string, DigestCadence> = {
  weekly: 'weekly',
  week: 'weekly',
  monthly: 'monthly',
  month: 'monthly',
};
const FILTER_WORDS = new Set(['filter', 'about', 'for']);

/** Whether a command changes subscriptions (and so needs the manage permission). */
export function isManaging(command: DigestCommand): boolean {
  return (
    command.kind === 'subscribe' ||
    command.kind === 'unsubscribe' ||
    command.kind === 'resume' ||
    command.kind === 'pause'
  );
}

export function parseDigestCommand(text: string): Parsed<DigestCommand> {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words[0]?.toLowerCase() === 'digest') words.shift();
  const verb = words.shift()?.toLowerCase();
  switch (verb) {
    case undefined:
    case 'help':
      return { ok: true, value: { kind: 'help' } };
    case 'subscribe':
      return parseSubscribe(words);
    // "every monday at 9am", "weekly on fridays": the subscription said without the verb.
    case 'every':
    case 'each':
    case 'weekly':
    case 'monthly':
      return parseSubscribe([verb, ...words]);
    case 'unsubscribe':
      return parseTarget(words, 'unsubscribe', (cadence, id) => ({ kind: 'unsubscribe', cadence, id }));
    case 'list':
      return words.length ? extra('list', words) : { ok: true, value: { kind: 'list' } };
    case 'preview': {
      if (words.length === 0) return { ok: true, value: { kind: 'preview', cadence: null } };
      const cadence = CADENCES[words[0]?.toLowerCase() ?? ''];
      if (!cadence || words.length > 1)
        return {
          ok: false,
          message: `\`preview\` takes weekly or monthly (e.g. \`preview monthly\`), got "${words.join(' ')}"`,
        };
      return { ok: true, value: { kind: 'preview', cadence } };
    }
    case 'resume':
      return parseTarget(words, 'resume', (_cadence, id) => ({ kind: 'resume', id }), false);
    case 'pause':
      return parseTarget(words, 'pause', (_cadence, id) => ({ kind: 'pause', id }), false);
    default:
      return { ok: false, message: `unknown digest command "${verb}"; expected one of:\n${DIGEST_USAGE}` };
  }
}

function parseSubscribe(words: string[]): Parsed<DigestCommand> {
  const said = readEvery(words);
  if (!said.ok) return said;
  const cadence = said.value.cadence;
  if (!cadence)
    return {
      ok: false,
      message: `say how often: \`subscribe weekly\` or \`subscribe monthly\`, e.g. \`${SUBSCRIBE_EXAMPLE}\``,
    };
  const options: SubscribeOptions = { cadence, ...(said.value.on ? { on: said.value.on } : {}) };
  while (words.length > 0) {
    let keyword = words[0]?.toLowerCase() ?? '';
    if (keyword === 'quiet') {
      options.quiet = true;
      words.shift();
      continue;
    }
    // "weekly monday", "every week on mondays": a weekday needs no "on".
    if (!options.on && isWeekdayWord(keyword)) {
      options.on = singular(words.shift() ?? '');
      continue;
    }
    // "in Europe/Tirane" (a zone has a slash; "in Montenegro" stays the filter), "timezone X", "time zone X".
    if (keyword === 'in' && words[1]?.includes('/')) keyword = 'tz';
    if (keyword === 'timezone' || (keyword === 'time' && words[1]?.toLowerCase() === 'zone')) {
      if (keyword === 'time') words.shift();
      keyword = 'tz';
    }
    if (keyword !== 'on' && keyword !== 'at' && keyword !== 'tz') break;
    words.shift();
    let value = words.shift();
    if (keyword === 'on' && value?.toLowerCase() === 'the') value = words.shift();
    if (value === undefined)
      return { ok: false, message: `\`${keyword}\` needs a value, e.g. \`${example(keyword)}\`` };
    // "at 9 am": the meridiem is a word of its own.
    if (keyword === 'at' && /^[ap]\.?m\.?$/i.test(words[0] ?? '')) value = `${value}${words.shift()}`;
    if (keyword === 'on') {
      value = singular(value);
      skipOfTheMonth(words);
    }
    options[keyword] = value;
  }
  if (words[0] && FILTER_WORDS.has(words[0].toLowerCase())) words.shift();
  options.filter = words.length ? words.join(' ') : null;
  return checkSubscribeOptions(options);
}

const WEEKDAY_WORDS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

function isWeekdayWord(word: string): boolean {
  const bare = singular(word.toLowerCase());
  return bare.length >= 3 && WEEKDAY_WORDS.some((day) => day.startsWith(bare));
}

/** "mondays" -> "monday"; anything else as it is. */
function singular(word: string): string {
  return /^[a-z]{3,}days$/i.test(word) ? word.slice(0, -1) : word;
}

/** "on the 1st of the month": the last words say nothing more. */
function skipOfTheMonth(words: string[]): void {
  const next = words.slice(0, 3).map((word) => word.toLowerCase());
  if (next[0] === 'of' && (next[1] === 'the' || next[1] === 'each' || next[1] === 'every') && next[2] === 'month')
    words.splice(0, 3);
}

/** The cadence word, or "every monday" / "every week" / "every month" / "every 15th" as people say it. */
function readEvery(words: string[]): Parsed<{ cadence: string | undefined; on?: string }> {
  const first = words.shift();
  if (first?.toLowerCase() !== 'every' && first?.toLowerCase() !== 'each')
    return { ok: true, value: { cadence: first } };
  const next = (words.shift() ?? '').toLowerCase();
  if (next === 'week') return { ok: true, value: { cadence: 'weekly' } };
  if (next === 'month') return { ok: true, value: { cadence: 'monthly' } };
  if (isWeekdayWord(next)) return { ok: true, value: { cadence: 'weekly', on: singular(next) } };
  if (/^\d{1,2}(?:st|nd|rd|th)?$/.test(next)) {
    skipOfTheMonth(words);
    return { ok: true, value: { cadence: 'monthly', on: next } };
  }
  return {
    ok: false,
    message: `say how often: \`every monday\`, \`every week\` or \`every month\`, got "every ${next}"; e.g. \`every monday at 9am\``,
  };
}

/** Validates subscribe options from any platform; every message shows a good example. */
export function checkSubscribeOptions(options: SubscribeOptions): Parsed<SubscribeCommand> {
  const cadence = CADENCES[options.cadence.trim().toLowerCase()];
  if (!cadence)
    return {
      ok: false,
      message: `expected weekly or monthly, got "${options.cadence}"; e.g. \`${SUBSCRIBE_EXAMPLE}\``,
    };
  const command: SubscribeCommand = {
    kind: 'subscribe',
    cadence,
    quiet: options.quiet === true,
    filter: options.filter?.trim() || null,
  };
  if (options.on) {
    const day = cadence === 'weekly' ? parseWeekday(options.on) : parseMonthDay(options.on);
    if (!day.ok) return day;
    command.day = day.value;
  }
  if (options.at) {
    const time = parseTime(options.at);
    if (!time.ok) return time;
    command.time = time.value;
  }
  if (options.tz) {
    const zone = parseTimeZone(options.tz);
    if (!zone.ok) return zone;
    command.timeZone = zone.value;
  }
  return { ok: true, value: command };
}

function parseTarget(
  words: string[],
  verb: string,
  build: (cadence: DigestCadence | null, id: number | null) => DigestCommand,
  cadenceAllowed = true,
): Parsed<DigestCommand> {
  if (words.length === 0) return { ok: true, value: build(null, null) };
  const word = words[0]?.replace(/^#/, '').toLowerCase() ?? '';
  const cadence = cadenceAllowed ? CADENCES[word] : undefined;
  if (words.length === 1 && cadence) return { ok: true, value: build(cadence, null) };
  if (words.length === 1 && /^\d+$/.test(word)) return { ok: true, value: build(null, Number(word)) };
  const expected = cadenceAllowed
    ? 'weekly, monthly or a subscription number from `list`'
    : 'a subscription number from `list`';
  return {
    ok: false,
    message: `\`${verb}\` takes ${expected} (e.g. \`${verb} ${cadenceAllowed ? 'weekly' : '3'}\`), got "${words.join(' ')}"`,
  };
}

function extra(verb: string, words: string[]): Parsed<DigestCommand> {
  return { ok: false, message: `\`${verb}\` takes nothing more, got "${words.join(' ')}"` };
}

function example(keyword: 'on' | 'at' | 'tz'): string {
  return { on: 'on monday', at: 'at 09:00', tz: 'tz Europe/Tirane' }[keyword];
}
