// The words of a digest, platform-neutral: a heading, sections of one line per event, and the whole as
// plain text. Chat adapters escape and lay out the same pieces; they never rebuild the wording.
import type { EventRecord } from '../dataset/event-schema.js';
import { formatDays, formatEventLine, formatRange } from '../answer/format-event.js';
import type { DigestPeriod } from './digest-period.js';
import type { DigestSelection } from './select-digest.js';

/** Long lists are cut here; the rest is counted, and the footer says how to see them all. */
export const DIGEST_MAX_LINES = 15;

export interface DigestSection {
  /** The period's own events, or earlier events new to the channel. */
  kind: 'period' | 'alsoAdded';
  title: string;
  lines: string[];
  /** Events counted but not listed. */
  more: number;
}

export interface DigestView {
  /** "IISG weekly digest · 13–19 Nov 2023" */
  heading: string;
  /** "2 events" / "No activities recorded" ("· filter: Montenegro" when filtered). */
  summary: string;
  sections: DigestSection[];
  /** A question that lists the whole period, for when lines were cut. */
  askHint: string | null;
  text: string;
}

export interface FormatDigestOptions {
  filter?: string | null;
  maxLines?: number;
}

export function formatDigest(selection: DigestSelection, options: FormatDigestOptions = {}): DigestView {
  const max = options.maxLines ?? DIGEST_MAX_LINES;
  const { period } = selection;
  const heading = `IISG ${period.cadence} digest · ${formatPeriod(period)}`;
  const counted = countEvents(selection.events.length);
  const summary = [selection.events.length ? counted : 'No activities recorded in this period', options.filter ? `filter: ${options.filter}` : null]
    .filter(Boolean)
    .join(' · ');
  const sections: DigestSection[] = [];
  if (selection.events.length) sections.push(section('period', 'Events', selection.events, max));
  if (selection.alsoAdded.length) sections.push(section('alsoAdded', 'Also added (earlier events new to this channel)', selection.alsoAdded, max));
  const cut = sections.some((s) => s.more > 0);
  const askHint = cut ? `${options.filter ? `${options.filter} ` : ''}events from ${period.from} to ${period.to}` : null;

  const text = [
    heading,
    summary,
    ...sections.flatMap((s) => ['', `${s.title}:`, ...s.lines.map((line) => `• ${line}`), ...(s.more ? [`…and ${s.more} more`] : [])]),
    ...(askHint ? ['', `To see them all, ask: "${askHint}"`] : []),
  ].join('\n');
  return { heading, summary, sections, askHint, text };
}

/** "13–19 November 2023" for a week, "November 2023" for a month. */
export function formatPeriod(period: DigestPeriod): string {
  return formatRange(period) ?? formatDays(period.from, period.to);
}

/** One line per event, exactly as answers list them. */
export function formatDigestLine(event: EventRecord): string {
  return formatEventLine(event);
}

function section(kind: DigestSection['kind'], title: string, events: readonly EventRecord[], max: number): DigestSection {
  return { kind, title, lines: events.slice(0, max).map(formatDigestLine), more: Math.max(0, events.length - max) };
}

function countEvents(count: number): string {
  return `${count} event${count === 1 ? '' : 's'}`;
}
