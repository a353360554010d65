// The bench's results as a text table (terminal), as targets met or missed, and as the Markdown section the
// README carries between <!-- bench:start --> and <!-- bench:end -->.
import type { Machine } from './machine.js';
import { machineLine } from './machine.js';
import type { SizeResult } from './measure-size.js';

export interface BenchReport {
  machine: Machine;
  seed: string;
  now: string;
  date: string;
  sizes: SizeResult[];
}

const pct = (value: number | null) => (value === null || Number.isNaN(value) ? '–' : `${(value * 100).toFixed(1)}%`);
const ms = (value: number | null) => (value === null ? '–' : value >= 100 ? `${Math.round(value)}` : value >= 10 ? value.toFixed(1) : value.toFixed(2));
const count = (n: number) => (n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n));

interface Column {
  title: string;
  cell(size: SizeResult): string;
}

const COLUMNS: readonly Column[] = [
  { title: 'events', cell: (s) => count(s.events) },
  { title: 'load+index ms', cell: (s) => `${s.load_ms} (${s.index_ms})` },
  { title: 'peak RSS MB', cell: (s) => String(s.rss_mb) },
  { title: 'ask p50 ms', cell: (s) => ms(s.p50_ms) },
  { title: 'ask p99 ms', cell: (s) => ms(s.p99_ms) },
  { title: 'cpu p99 ms', cell: (s) => ms(s.cpu_p99_ms) },
  { title: 'exact (structured)', cell: (s) => `${pct(s.exact)} (${s.exact_right}/${s.structured})` },
  { title: 'hit@5 (free text)', cell: (s) => `${pct(s.hit5)} (${s.hit5_right}/${s.hit5_questions})` },
  { title: 'topic p@5', cell: (s) => pct(s.topic_p5) },
  { title: 'fuse p50 ms', cell: (s) => ms(s.baseline_p50_ms) },
  { title: 'fuse p99 ms', cell: (s) => ms(s.baseline_p99_ms) },
  { title: 'fuse hit@5 (engine)', cell: (s) => (s.baseline_hit5 === null ? '–' : `${pct(s.baseline_hit5)} (${pct(s.engine_hit5_on_sample)})`) },
  { title: 'fuse topic p@5 (engine)', cell: (s) => (s.baseline_topic_p5 === null ? '–' : `${pct(s.baseline_topic_p5)} (${pct(s.engine_topic_p5_on_sample)})`) },
  { title: 'fuse sample', cell: (s) => (s.baseline_sampled === 0 ? '–' : `${s.baseline_sampled}/${s.questions}`) },
  { title: 'speed-up p50', cell: (s) => (s.speedup === null ? '–' : `${s.speedup}x`) },
];

export function renderTable(report: BenchReport): string {
  const rows = [COLUMNS.map((column) => column.title), ...report.sizes.map((size) => COLUMNS.map((column) => column.cell(size)))];
  const widths = COLUMNS.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
  const line = (row: readonly string[]) => row.map((cell, i) => cell.padStart(widths[i] ?? 0)).join('  ');
  return [
    `Machine: ${machineLine(report.machine)}`,
    `Seed ${report.seed}, questions asked with now = ${report.now}`,
    '',
    line(rows[0] ?? []),
    ...rows.slice(1).map(line),
    '',
    ...targetLines(report.sizes),
    ...detailLines(report.sizes),
  ].join('\n');
}

export function renderMarkdown(report: BenchReport): string {
  const header = `| ${COLUMNS.map((column) => column.title).join(' | ')} |`;
  const rule = `|${COLUMNS.map(() => '---:').join('|')}|`;
  const rows = report.sizes.map((size) => `| ${COLUMNS.map((column) => column.cell(size)).join(' | ')} |`);
  const sampled = report.sizes.filter((size) => size.baseline_sampled > 0 && size.baseline_sampled < size.questions);
  return [
    `Measured ${report.date} on ${machineLine(report.machine)}; rerun with \`npm run bench -- --write-readme\`.`,
    '',
    header,
    rule,
    ...rows,
    '',
    '- load+index: reading and parsing events.json and the vocabulary, then `createEngine` (in brackets: `createEngine` alone). Peak RSS: the whole process for that size, measured in its own child process.',
    '- ask p50/p99: latency of `engine.ask` over every question, after a warm-up pass. exact: structured questions (where was P in Y, places, counts, months, ranges, organisers, kinds, latest, typos, and operators: not in / without / outside, after or before a named event, how many countries, per year, longest, the Nth of a year, yes/no) whose events, groups or verdict are exactly the right ones. hit@5: questions built from one post\'s project code name and topic whose post(s) come in the top 5. topic p@5: share of the top 5 that carry the asked topic.',
    '- fuse: a plain fuse.js search over all fields of all events with the question as typed (the baseline). In brackets, the engine on the same questions.' +
      (sampled.length > 0 ? ` At ${listOf(sampled.map((size) => count(size.events)))} events it runs only on a spread-out sample of the questions, as many as fit its time budget (column "fuse sample"), to keep the bench within minutes; its figures there are indicative.` : ''),
    '- Free text goes through a compact inverted index of our own (typed arrays, BM25); fuse.js only ranks "did you mean" suggestions over the vocabulary of known names.',
    '- Latencies on a shared 2-core VM move between runs (up to 2x when other work runs); the cpu column and the load average help judge a run.',
    '',
    ...report.sizes.map((size) => `- ask at ${count(size.events)}: structured questions p50 ${ms(size.structured_p50_ms)} ms, p99 ${ms(size.structured_p99_ms)} ms; free text p50 ${ms(size.free_text_p50_ms)} ms, p99 ${ms(size.free_text_p99_ms)} ms.`),
    ...targetLines(report.sizes).map((line) => `- ${line}`),
  ].join('\n');
}

/** The targets of issue 7, met or not, per size. */
export function targetLines(sizes: readonly SizeResult[]): string[] {
  const lines: string[] = [];
  const mark = (ok: boolean) => (ok ? 'met' : 'MISSED');
  for (const size of sizes) {
    const checks: string[] = [];
    if (size.events === 10_000) checks.push(`p99 ${ms(size.p99_ms)} ms <= 10 ms: ${mark(size.p99_ms <= 10)}`);
    if (size.events === 100_000) {
      checks.push(`p99 ${ms(size.p99_ms)} ms <= 50 ms: ${mark(size.p99_ms <= 50)}`);
      checks.push(`load+index ${size.load_ms} ms <= 5000 ms: ${mark(size.load_ms <= 5000)}`);
      checks.push(`peak RSS ${size.rss_mb} MB <= 1024 MB: ${mark(size.rss_mb <= 1024)}`);
    }
    checks.push(`exact ${pct(size.exact)} >= 99%: ${mark(size.exact >= 0.99)}`);
    if (size.baseline_hit5 !== null && size.engine_hit5_on_sample !== null) {
      const ok = size.engine_hit5_on_sample >= size.baseline_hit5 && size.hit5 >= size.baseline_hit5;
      checks.push(`hit@5 ${pct(size.hit5)} (${pct(size.engine_hit5_on_sample)} on fuse's sample) vs fuse ${pct(size.baseline_hit5)}: ${mark(ok)}`);
    }
    lines.push(`Targets at ${count(size.events)}: ${checks.join('; ')}`);
  }
  return lines;
}

function detailLines(sizes: readonly SizeResult[]): string[] {
  const lines: string[] = [];
  for (const size of sizes) {
    if (size.wrong.length > 0) {
      lines.push('', `Wrong at ${count(size.events)} (${size.wrong.length}):`);
      for (const wrong of size.wrong.slice(0, 15)) lines.push(`  [${wrong.kind}] "${wrong.question}": ${wrong.detail}`);
      if (size.wrong.length > 15) lines.push(`  ... and ${size.wrong.length - 15} more (see --json)`);
    }
    lines.push('', `ask at ${count(size.events)}: structured p50 ${ms(size.structured_p50_ms)} / p99 ${ms(size.structured_p99_ms)} ms; free text p50 ${ms(size.free_text_p50_ms)} / p99 ${ms(size.free_text_p99_ms)} ms; load+index CPU ${size.load_cpu_ms} ms`);
    lines.push(`Slowest at ${count(size.events)}: ${size.slowest.map((slow) => `"${slow.question}" ${slow.ms} ms`).join('; ')}`);
  }
  return lines;
}

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** Replaces the marked section of a README (or appends the markers and section when absent). */
export function replaceReadmeSection(readme: string, section: string): string {
  const block = `${START}\n${section}\n${END}`;
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start >= 0 && end > start) return readme.slice(0, start) + block + readme.slice(end + END.length);
  return `${readme.replace(/\s*$/, '')}${readme.trim() ? '\n\n' : ''}${block}\n`;
}

function listOf(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
