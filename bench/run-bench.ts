// `npm run bench`: for each size (default 1k, 10k, 100k) generates the dataset and questions, then measures
// them in a fresh child process (so sizes never share a heap) and prints a table, or one JSON object with
// --json; --write-readme puts the table in README.md between the bench markers.
//   npm run bench -- --sizes 1000,10000 --json --repeat 3 --baseline-budget 45 --seed iisg-bench-1
import { fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_DATA_DIR } from '../adapters/data/load-dataset.js';
import { readVocabulary } from './vocabulary-files.js';
import { DEFAULT_SEED, generateDataset } from './generate-dataset.js';
import { BENCH_NOW, buildQuestions } from './questions.js';
import { measureSize, type MeasureOptions, type SizeResult } from './measure-size.js';
import { describeMachine } from './machine.js';
import { renderMarkdown, renderTable, replaceReadmeSection, type BenchReport } from './bench-report.js';

const USAGE = 'usage: npm run bench -- [--sizes 1000,10000,100000] [--json] [--write-readme] [--repeat 3] [--baseline-budget 45] [--seed text]';

interface BenchOptions {
  sizes: number[];
  json: boolean;
  writeReadme: boolean;
  repeat: number;
  baselineBudgetSeconds: number;
  seed: string;
}

function readOptions(argv: readonly string[]): BenchOptions | { child: string; measure: MeasureOptions } {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      sizes: { type: 'string', default: '1000,10000,100000' },
      json: { type: 'boolean', default: false },
      'write-readme': { type: 'boolean', default: false },
      repeat: { type: 'string', default: '3' },
      'baseline-budget': { type: 'string', default: '45' },
      seed: { type: 'string', default: DEFAULT_SEED },
      child: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) throw new UsageError(USAGE);
  const repeat = positiveNumber('--repeat', values.repeat);
  const baselineBudgetSeconds = Number(values['baseline-budget']);
  if (!Number.isFinite(baselineBudgetSeconds) || baselineBudgetSeconds < 0) throw new UsageError(`expected --baseline-budget as seconds (0 for no baseline), got "${values['baseline-budget']}"`);
  if (values.child) return { child: values.child, measure: { dir: values.child, now: BENCH_NOW, repeat, baselineBudgetSeconds } };
  const sizes = values.sizes.split(',').map((size) => positiveNumber('--sizes', size.trim().replace(/k$/i, '000')));
  return { sizes, json: values.json, writeReadme: values['write-readme'], repeat, baselineBudgetSeconds, seed: values.seed };
}

class UsageError extends Error {}

function positiveNumber(flag: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new UsageError(`expected ${flag} as whole numbers above 0, got "${text}"\n${USAGE}`);
  return value;
}

const progress = (line: string) => process.stderr.write(`[bench] ${line}\n`);

/** Writes the size's files, measures them in a child process, and cleans up. */
async function benchSize(size: number, options: BenchOptions): Promise<SizeResult> {
  const t0 = performance.now();
  const dataset = generateDataset(readVocabulary(), { size, seed: options.seed });
  const questions = buildQuestions(dataset);
  const dir = mkdtempSync(join(tmpdir(), `iisg-bench-${size}-`));
  try {
    writeFileSync(join(dir, 'events.json'), JSON.stringify(dataset.events));
    writeFileSync(join(dir, 'people.json'), JSON.stringify(dataset.people));
    writeFileSync(join(dir, 'questions.json'), JSON.stringify(questions));
    progress(`${size} events, ${questions.length} questions generated in ${Math.round(performance.now() - t0)} ms`);
    return await runChild(dir, options);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function runChild(dir: string, options: BenchOptions): Promise<SizeResult> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--child', dir, '--repeat', String(options.repeat), '--baseline-budget', String(options.baselineBudgetSeconds)], {
      execArgv: [...new Set([...process.execArgv, '--expose-gc'])],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let result: SizeResult | undefined;
    child.on('message', (message: { result?: SizeResult; error?: string }) => {
      if (message.result) result = message.result;
      if (message.error) reject(new Error(message.error));
    });
    child.on('error', reject);
    child.on('exit', (code) => (result ? resolve(result) : reject(new Error(`the measuring process for ${dir} exited with code ${code} and no result`))));
  });
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  if ('child' in options) {
    try {
      const result = measureSize(options.measure, progress);
      await new Promise<void>((resolve) => process.send?.({ result }, () => resolve()));
    } catch (error) {
      await new Promise<void>((resolve) => process.send?.({ error: (error as Error).stack ?? String(error) }, () => resolve()));
    }
    return;
  }

  const sizes: SizeResult[] = [];
  for (const size of options.sizes) {
    sizes.push(await benchSize(size, options));
    progress(`${size}: p50 ${sizes.at(-1)?.p50_ms} ms, p99 ${sizes.at(-1)?.p99_ms} ms`);
  }
  const report: BenchReport = { machine: describeMachine(), seed: options.seed, now: BENCH_NOW, date: new Date().toISOString().slice(0, 10), sizes };
  process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : `${renderTable(report)}\n`);
  if (options.writeReadme) {
    const readme = join(dirname(DEFAULT_DATA_DIR), 'README.md');
    const before = existsSync(readme) ? readFileSync(readme, 'utf8') : '';
    writeFileSync(readme, replaceReadmeSection(before, renderMarkdown(report)));
    progress(`wrote the results into ${readme}`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof UsageError ? error.message : (error as Error).stack ?? String(error)}\n`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
});
