// What adapters may use of sync (re-exported by src/index.ts): the site's events -> merged dataset + report.
export { syncSiteEvents } from './sync-events.js';
export type { SyncInput, SyncResult } from './sync-events.js';
export { readSiteEvent } from './site-event.js';
export type { SitePost, ReadSiteEvent } from './site-event.js';
export type { HtmlText } from './html-text.js';
