// `iisg ingest NEWS.txt [--out FILE] [--json] [--dry-run] [--vocabulary DIR]`: reads news posts, merges
// them into the dataset (created if missing) and its sidecar FILE.ingest.json under the dataset lock, both
// written as one unit, and prints the per-post report (text, or one JSON object with --json). --dry-run
// writes nothing.
import { createEngine, formatIngestReport, ingestNews, type IngestReport, type IngestResult } from '../../src/index.js';
import type { CliCommand, CliIo } from './cli-io.js';
import { UsageError } from './cli-io.js';
import { parseFlags } from './cli-options.js';
import { readNewsInput } from './news-input.js';
import { memoryFileFor, type WriteHooks } from '../data/dataset-files.js';
import { defaultEventsFile, readVocabulary } from '../data/load-dataset.js';
import { updateDataset } from '../data/update-dataset.js';

const USAGE = `usage: iisg ingest NEWS.txt [--out FILE] [--json] [--dry-run] [--vocabulary DIR]
  NEWS.txt          news posts: a title line, a blank line, a paragraph, repeated ("-" reads stdin)
  --out FILE        the dataset to merge into (default data/events.json; created if missing)
  --json            print the per-post report as one JSON object
  --dry-run         report what would change, write nothing
  --vocabulary DIR  folder of people.json, places.json, organisations.json, event-kinds.json (default data/)`;

export const runIngest: CliCommand = async (args, io) => {
  const { values, positionals } = parseFlags(
    args,
    { out: { type: 'string' }, json: { type: 'boolean' }, 'dry-run': { type: 'boolean' }, vocabulary: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    USAGE,
  );
  if (values.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(`expected one news file, got ${positionals.length === 0 ? 'none' : positionals.length}\n${USAGE}`);
  const newsFile = positionals[0]!;
  const out = values.out ?? defaultEventsFile();
  const memoryFile = memoryFileFor(out);
  const dryRun = values['dry-run'] === true;

  const news = await readNewsInput(newsFile, io);
  const { result, written } = await ingestIntoDataset({ news, out, vocabularyDir: values.vocabulary, dryRun });
  writeReport(io, result.report, { news: newsFile, out, memory: memoryFile, dryRun, written }, values.json === true);
  return 0;
};

export interface IngestRun {
  news: string;
  /** The dataset file; its sidecar is memoryFileFor(out). */
  out: string;
  vocabularyDir?: string | undefined;
  dryRun?: boolean;
  /** Test seams of the dataset write (see dataset-files.ts). */
  hooks?: WriteHooks;
}

/** Merges news text into the dataset under the dataset lock; a hand edit made meanwhile is read and merged. */
export async function ingestIntoDataset(run: IngestRun): Promise<{ result: IngestResult; written: boolean }> {
  const { vocabulary, paths } = readVocabulary(run.vocabularyDir);
  const sources = { events: run.out, vocabulary: paths, memory: memoryFileFor(run.out) };
  return updateDataset(
    run.out,
    ({ events, memory }) => {
      // A sidecar without its dataset describes a file that is gone: starting afresh must not read as "all deleted".
      const merged = ingestNews({ news: run.news, events: events ?? [], vocabulary, memory: events === undefined ? undefined : memory, sources });
      // The bot loads the file with createEngine: refuse to write anything it would reject.
      createEngine({ events: merged.events, vocabulary, sources });
      const write = !run.dryRun && (merged.changed || events === undefined) ? { events: merged.events, memory: merged.memory } : null;
      return { write, result: merged };
    },
    { hooks: run.hooks },
  );
}

interface RunFacts {
  news: string;
  out: string;
  memory: string;
  dryRun: boolean;
  written: boolean;
}

function writeReport(io: CliIo, report: IngestReport, facts: RunFacts, json: boolean): void {
  if (json) {
    io.stdout.write(`${JSON.stringify({ ...facts, ...report })}\n`);
    return;
  }
  const outcome = facts.dryRun ? 'dry run: nothing written' : facts.written ? `wrote ${facts.out} and ${facts.memory}` : `${facts.out} already up to date: nothing written`;
  io.stdout.write(`${facts.news} -> ${facts.out}\n${formatIngestReport(report)}\n\n${outcome}\n`);
}
