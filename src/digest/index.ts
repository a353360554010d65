// The digest part of the core's public door (re-exported by src/index.ts): periods, selection, text.
export type { DigestCadence, DigestPeriod } from './digest-period.js';
export { periodContaining, lastCompletePeriod, previousPeriod, nextPeriod, overlapsPeriod } from './digest-period.js';
export type { SelectDigestInput, DigestSelection } from './select-digest.js';
export { selectDigest, isEmptyDigest, baselineEventIds } from './select-digest.js';
export { localDayOf, localTimeOf } from './local-day.js';
export type { DigestSection, DigestView, FormatDigestOptions } from './digest-text.js';
export { formatDigest, formatPeriod, formatDigestLine, DIGEST_MAX_LINES } from './digest-text.js';
