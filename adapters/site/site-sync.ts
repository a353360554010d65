// The running bot's sync: every interval, one run of `runSync` into the bot's dataset file; after a run that
// wrote, the bot reloads its answers (and digests see the new events at their next post). A failed run is
// one log line naming the address and the problem; the dataset stays as it was and the next run tries again.
import { DatasetError } from '../../src/index.js';
import type { Logger } from '../log.js';
import type { Clock } from '../scheduler/clock.js';
import { systemClock } from '../scheduler/clock.js';
import type { SiteClientOptions } from './site-client.js';
import type { SyncConfig } from './sync-config.js';
import type { SyncSchedule } from './sync-schedule.js';
import { createSyncSchedule } from './sync-schedule.js';
import { runSync, type SyncRun } from './run-sync.js';
import { SiteError } from './site-error.js';

export interface SiteSyncDeps {
  eventsFile: string;
  vocabularyDir?: string;
  log: Logger;
  clock?: Clock;
  /** Called after a run that changed the dataset file (the bot reloads it). */
  onWritten: (run: SyncRun) => void;
  /** Told how each run ended (metrics count failed runs). */
  onRun?: (ok: boolean) => void;
  client?: SiteClientOptions;
}

export function createSiteSync(config: SyncConfig & { everyMs: number }, deps: SiteSyncDeps): SyncSchedule {
  const { log } = deps;
  const clock = deps.clock ?? systemClock;
  return createSyncSchedule({
    everyMs: config.everyMs,
    clock,
    log,
    run: async (signal) => {
      try {
        const run = await runSync({
          site: config.site,
          out: deps.eventsFile,
          vocabularyDir: deps.vocabularyDir,
          since: config.since,
          now: clock.now(),
          client: {
            ...deps.client,
            signal,
            onRetry: (error, attempt) => log.warn(`sync: ${error.message}; trying again (attempt ${attempt + 1})`),
          },
        });
        for (const note of run.notes) log.warn(`sync: ${note}`);
        for (const post of run.report.posts) {
          const invalid = post.problems.find((problem) => problem.code === 'site-event-invalid');
          if (invalid) {
            log.warn(
              `sync: skipped site event ${post.siteId ?? '(no id)'}${post.url ? ` (${post.url})` : ''}: ${invalid.message}`,
            );
          }
        }
        const { added, updated, unchanged, skipped } = run.report.counts;
        if (run.written) {
          log.info(
            `sync: ${added} added, ${updated} updated, ${unchanged} unchanged, ${skipped} skipped from ${config.site}; wrote ${run.out}`,
          );
          deps.onWritten(run);
        } else {
          log.info(`sync: ${run.fetched.listed} events on ${config.site}, nothing new`);
        }
        deps.onRun?.(true);
      } catch (error) {
        if (signal.aborted) return;
        deps.onRun?.(false);
        if (error instanceof SiteError || error instanceof DatasetError) {
          log.error(`sync: ${error.message}; the dataset is unchanged, the next run tries again`);
          return;
        }
        throw error;
      }
    },
  });
}
