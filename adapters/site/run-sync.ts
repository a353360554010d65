// One sync run, for the CLI and the bot alike: read every event from the site first, then merge into the
// dataset and write it with its sidecar, under the dataset lock and as one unit. Any failure before the
// write leaves both files as they were, byte for byte; a run with nothing new writes nothing.
import { createEngine, syncSiteEvents, type IngestReport } from '../../src/index.js';
import { readVocabulary } from '../data/load-dataset.js';
import { memoryFileFor } from '../data/dataset-files.js';
import { updateDataset } from '../data/update-dataset.js';
import type { SiteClientOptions } from './site-client.js';
import { createSiteClient } from './site-client.js';
import { fetchSiteEvents } from './fetch-site-events.js';
import { SiteError } from './site-error.js';
import { htmlText } from './html-text.js';
import { syncUntil } from './sync-config.js';

export interface SyncRunOptions {
  site: string;
  /** The dataset file (created if missing); its sidecar sits next to it. */
  out: string;
  vocabularyDir?: string;
  since: string;
  now: Date;
  dryRun?: boolean;
  client?: SiteClientOptions;
  perPage?: number;
  maxPages?: number;
}

export interface SyncRun {
  site: string;
  /** The first page asked for. */
  url: string;
  out: string;
  memory: string;
  dryRun: boolean;
  written: boolean;
  /** Pages read, the site's own count, the events listed. */
  fetched: { pages: number; total: number | null; listed: number; bytes: number };
  notes: string[];
  changed: boolean;
  report: IngestReport;
}

/** Throws SiteError for a bad answer from the site, DatasetError for a broken dataset, vocabulary or sidecar. */
export async function runSync(options: SyncRunOptions): Promise<SyncRun> {
  const client = createSiteClient(options.client);
  const fetched = await fetchSiteEvents(client, {
    site: options.site,
    since: options.since,
    until: syncUntil(options.now),
    perPage: options.perPage,
    maxPages: options.maxPages,
  });

  const memoryFile = memoryFileFor(options.out);
  const { vocabulary, paths } = readVocabulary(options.vocabularyDir);
  const sources = { events: options.out, vocabulary: paths, memory: memoryFile };
  const dryRun = options.dryRun === true;
  // Under the dataset lock, like ingest: read, merge, and write the dataset with its sidecar as one unit
  // (merged again if the files change meanwhile; see adapters/data/update-dataset.ts).
  const { result, written } = await updateDataset(options.out, ({ events, memory }) => {
    const merged = syncSiteEvents({
      siteEvents: fetched.events,
      events: events ?? [],
      vocabulary,
      // A sidecar without its dataset describes a file that is gone: starting afresh must not read as "all deleted".
      memory: events === undefined ? undefined : memory,
      sources,
      html: htmlText,
    });
    // One bad event is skipped; a listing in which no event can be read is not the API we expect.
    const invalid = merged.report.posts.filter((post) => post.problems.some((p) => p.code === 'site-event-invalid'));
    if (fetched.events.length > 0 && invalid.length === fetched.events.length) {
      const first = invalid[0]!;
      const reason = first.problems.find((p) => p.code === 'site-event-invalid')!.message.replace(/; not synced$/, '');
      throw new SiteError(
        fetched.url,
        `none of the ${invalid.length} events listed could be read (site event ${first.siteId ?? 'without an id'}: ${reason})`,
      );
    }
    // The bot loads the file with createEngine: refuse to write anything it would reject.
    createEngine({ events: merged.events, vocabulary, sources });
    const write = !dryRun && (merged.changed || events === undefined) ? { events: merged.events, memory: merged.memory } : null;
    return { write, result: merged };
  });
  return {
    site: options.site,
    url: fetched.url,
    out: options.out,
    memory: memoryFile,
    dryRun,
    written,
    fetched: { pages: fetched.pages, total: fetched.total, listed: fetched.events.length, bytes: client.bytesRead() },
    notes: fetched.notes,
    changed: result.changed,
    report: result.report,
  };
}
