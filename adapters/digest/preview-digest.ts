// A digest as it would look for the last complete period before a local day, without any channel history:
// what `iisg digest` prints and what `digest preview` answers in chat.
import type { DigestCadence, DigestPeriod, DigestView, Engine, EventRecord } from '../../src/index.js';
import { formatDigest, lastCompletePeriod, selectDigest } from '../../src/index.js';
import { checkFilter, filterMatcher } from './digest-filter.js';
import type { Parsed } from './schedule-terms.js';

export interface DigestPreview {
  period: DigestPeriod;
  events: EventRecord[];
  view: DigestView;
}

export interface PreviewRequest {
  cadence: DigestCadence;
  /** The local day "now" is (YYYY-MM-DD). */
  today: string;
  filter: string | null;
}

export function previewDigest(engine: Engine, request: PreviewRequest): Parsed<DigestPreview> {
  const now = new Date(`${request.today}T12:00:00Z`);
  let filter: string | null = null;
  if (request.filter !== null && request.filter.trim() !== '') {
    const checked = checkFilter(engine, request.filter, now);
    if (!checked.ok) return checked;
    filter = checked.value.text;
  }
  const period = lastCompletePeriod(request.cadence, request.today);
  const selection = selectDigest({ period, events: engine.events, matches: filter ? filterMatcher(engine, filter, now) : undefined });
  return { ok: true, value: { period, events: selection.events, view: formatDigest(selection, { filter }) } };
}
