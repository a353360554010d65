// One dataset size, measured in its own process (run-bench forks one per size, so sizes never share a
// heap): load and index time, peak memory, ask latency and answer quality, then the fuse.js baseline on a
// sample of the same questions within a time budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine, type EventRecord, type Engine } from '../src/index.js';
import { readRawVocabulary } from './vocabulary-files.js';
import { readLanguages } from '../adapters/data/load-dataset.js';
import { judge, type Question, type Verdict } from './expected-answer.js';
import { isFreeText } from './questions.js';
import { createFuseBaseline } from './fuse-baseline.js';
import { mean, percentile, round } from './latency-stats.js';

export interface MeasureOptions {
  /** Folder holding events.json, people.json (generated roster) and questions.json. */
  dir: string;
  now: string;
  /** Timed passes over all questions after one warm-up pass. */
  repeat: number;
  /** Seconds the fuse.js baseline may take in all (0: no baseline). */
  baselineBudgetSeconds: number;
}

export interface SizeResult {
  events: number;
  questions: number;
  structured: number;
  free_text: number;
  load_ms: number;
  /** CPU time of load + index (close to load_ms on an idle machine; lower when other work shares the cores). */
  load_cpu_ms: number;
  parse_ms: number;
  index_ms: number;
  rss_mb: number;
  heap_mb: number;
  p50_ms: number;
  p99_ms: number;
  max_ms: number;
  mean_ms: number;
  /** ask latency of structured and of free-text questions apart (free text is the slower path). */
  structured_p50_ms: number;
  structured_p99_ms: number;
  free_text_p50_ms: number;
  free_text_p99_ms: number;
  /** The same latencies in CPU time of the process, less sensitive to other work on the machine. */
  cpu_p50_ms: number;
  cpu_p99_ms: number;
  /** Share of structured questions answered exactly right. */
  exact: number;
  exact_right: number;
  /** Share of code-name questions whose post(s) are in the top 5. */
  hit5: number;
  hit5_right: number;
  hit5_questions: number;
  /** Mean share of the top 5 carrying the asked topic. */
  topic_p5: number;
  baseline_p50_ms: number | null;
  baseline_p99_ms: number | null;
  baseline_index_ms: number | null;
  baseline_hit5: number | null;
  baseline_topic_p5: number | null;
  /** The engine's hit@5 and topic p@5 on the baseline's sample, for a like-for-like comparison. */
  engine_hit5_on_sample: number | null;
  engine_topic_p5_on_sample: number | null;
  baseline_sampled: number;
  /** baseline p50 / engine p50. */
  speedup: number | null;
  wrong: { kind: string; question: string; detail: string }[];
  slowest: { question: string; ms: number }[];
}

export function measureSize(options: MeasureOptions, progress: (line: string) => void): SizeResult {
  const now = new Date(`${options.now}T12:00:00Z`);
  const questions = JSON.parse(readFileSync(join(options.dir, 'questions.json'), 'utf8')) as Question[];
  collectGarbage();

  // Load + index: what the bot does at start.
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const events = JSON.parse(readFileSync(join(options.dir, 'events.json'), 'utf8')) as unknown;
  const extraPeople = JSON.parse(readFileSync(join(options.dir, 'people.json'), 'utf8')) as unknown[];
  const raw = readRawVocabulary();
  const vocabulary = { ...raw, people: [...(raw.people as unknown[]), ...extraPeople] };
  const t1 = performance.now();
  // The language files too, as the bot loads them: English questions pass through the language layer.
  let engine: Engine | null = createEngine({ events, vocabulary, languages: readLanguages().languages });
  const t2 = performance.now();
  const loadCpuMs = cpuMs(process.cpuUsage(cpu0));
  progress(`loaded ${engine.events.length} events in ${Math.round(t2 - t0)} ms (index ${Math.round(t2 - t1)} ms)`);

  // Warm-up pass: also the answers that are judged (the engine is deterministic).
  const verdicts: Verdict[] = questions.map((question) => judge(question.expected, (engine as Engine).ask(question.text, now)));
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  const structuredSamples: number[] = [];
  const freeTextSamples: number[] = [];
  const worst = new Map<string, number>();
  for (let pass = 0; pass < options.repeat; pass++) {
    for (const question of questions) {
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      engine.ask(question.text, now);
      const ms = performance.now() - start;
      cpuSamples.push(cpuMs(process.cpuUsage(cpuStart)));
      samples.push(ms);
      (isFreeText(question) ? freeTextSamples : structuredSamples).push(ms);
      worst.set(question.text, Math.max(worst.get(question.text) ?? 0, ms));
    }
  }
  const rssMb = process.resourceUsage().maxRSS / 1024;
  collectGarbage();
  const heapMb = process.memoryUsage().heapUsed / 1024 ** 2;

  const structured = questions.map((question, i) => ({ question, verdict: verdicts[i] as Verdict })).filter(({ question }) => !isFreeText(question));
  const hits = questions.map((question, i) => ({ question, verdict: verdicts[i] as Verdict })).filter(({ question }) => question.expected.mode === 'hit5');
  const topics = questions.map((question, i) => ({ question, verdict: verdicts[i] as Verdict })).filter(({ question }) => question.expected.mode === 'p5');
  const wrong = [...structured, ...hits].filter(({ verdict }) => !verdict.right).map(({ question, verdict }) => ({ kind: question.kind, question: question.text, detail: verdict.detail ?? '' }));

  const engineEvents = engine.events;
  engine = null;
  const baseline = options.baselineBudgetSeconds > 0 ? measureBaseline(engineEvents, questions, verdicts, options.baselineBudgetSeconds * 1000, progress) : null;

  const p50 = percentile(samples, 50);
  return {
    events: engineEvents.length,
    questions: questions.length,
    structured: structured.length,
    free_text: hits.length + topics.length,
    load_ms: round(t2 - t0, 0),
    load_cpu_ms: round(loadCpuMs, 0),
    parse_ms: round(t1 - t0, 0),
    index_ms: round(t2 - t1, 0),
    rss_mb: round(rssMb, 0),
    heap_mb: round(heapMb, 0),
    p50_ms: round(p50, 3),
    p99_ms: round(percentile(samples, 99), 3),
    max_ms: round(Math.max(...samples), 3),
    mean_ms: round(mean(samples), 3),
    structured_p50_ms: round(percentile(structuredSamples, 50), 3),
    structured_p99_ms: round(percentile(structuredSamples, 99), 3),
    free_text_p50_ms: round(percentile(freeTextSamples, 50), 3),
    free_text_p99_ms: round(percentile(freeTextSamples, 99), 3),
    cpu_p50_ms: round(percentile(cpuSamples, 50), 3),
    cpu_p99_ms: round(percentile(cpuSamples, 99), 3),
    exact: round(share(structured.map(({ verdict }) => verdict.right)), 4),
    exact_right: structured.filter(({ verdict }) => verdict.right).length,
    hit5: round(share(hits.map(({ verdict }) => verdict.right)), 4),
    hit5_right: hits.filter(({ verdict }) => verdict.right).length,
    hit5_questions: hits.length,
    topic_p5: round(mean(topics.map(({ verdict }) => verdict.share ?? 0)), 4),
    ...(baseline ?? emptyBaseline()),
    speedup: baseline?.baseline_p50_ms ? round(baseline.baseline_p50_ms / p50, 0) : null,
    wrong,
    slowest: [...worst.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([question, ms]) => ({ question, ms: round(ms, 2) })),
  };
}

type BaselineFigures = Pick<SizeResult, 'baseline_p50_ms' | 'baseline_p99_ms' | 'baseline_index_ms' | 'baseline_hit5' | 'baseline_topic_p5' | 'engine_hit5_on_sample' | 'engine_topic_p5_on_sample' | 'baseline_sampled'>;

function emptyBaseline(): BaselineFigures {
  return { baseline_p50_ms: null, baseline_p99_ms: null, baseline_index_ms: null, baseline_hit5: null, baseline_topic_p5: null, engine_hit5_on_sample: null, engine_topic_p5_on_sample: null, baseline_sampled: 0 };
}

/**
 * fuse.js takes seconds per query at 10k and up to a minute at 100k here, so it runs on the questions in a
 * spread-out order (free text and structured alternating) until the time budget is spent, at least two.
 */
function measureBaseline(events: readonly EventRecord[], questions: readonly Question[], verdicts: readonly Verdict[], budgetMs: number, progress: (line: string) => void): BaselineFigures {
  const t0 = performance.now();
  const baseline = createFuseBaseline(events);
  const indexMs = performance.now() - t0;
  const judged = questions.map((question, i) => ({ question, verdict: verdicts[i] as Verdict }));
  const order = alternate(spread(judged.filter(({ question }) => isFreeText(question))), spread(judged.filter(({ question }) => !isFreeText(question))));

  const times: number[] = [];
  const compared: { question: Question; engine: Verdict; fuse: Verdict }[] = [];
  const started = performance.now();
  for (const { question, verdict } of order) {
    if (times.length >= 2 && performance.now() - started > budgetMs) break;
    const start = performance.now();
    const found = baseline.search(question.text);
    times.push(performance.now() - start);
    if (isFreeText(question)) compared.push({ question, engine: verdict, fuse: judge(question.expected, { events: found }) });
  }
  progress(`fuse.js baseline: ${times.length} of ${questions.length} questions in ${Math.round((performance.now() - started) / 1000)} s`);
  const hit = compared.filter(({ question }) => question.expected.mode === 'hit5');
  const topic = compared.filter(({ question }) => question.expected.mode === 'p5');
  return {
    baseline_p50_ms: round(percentile(times, 50), 1),
    baseline_p99_ms: round(percentile(times, 99), 1),
    baseline_index_ms: round(indexMs, 0),
    baseline_hit5: hit.length > 0 ? round(share(hit.map(({ fuse }) => fuse.right)), 4) : null,
    baseline_topic_p5: topic.length > 0 ? round(mean(topic.map(({ fuse }) => fuse.share ?? 0)), 4) : null,
    engine_hit5_on_sample: hit.length > 0 ? round(share(hit.map(({ engine }) => engine.right)), 4) : null,
    engine_topic_p5_on_sample: topic.length > 0 ? round(mean(topic.map(({ engine }) => engine.share ?? 0)), 4) : null,
    baseline_sampled: times.length,
  };
}

/** A golden-ratio order: any prefix is spread over the whole list (and so over every kind of question). */
function spread<T>(items: readonly T[]): T[] {
  const phi = (Math.sqrt(5) - 1) / 2;
  return items.map((item, i) => ({ item, key: (i * phi) % 1 })).sort((a, b) => a.key - b.key).map(({ item }) => item);
}

function alternate<T>(first: readonly T[], second: readonly T[]): T[] {
  const result: T[] = [];
  for (let i = 0; i < Math.max(first.length, second.length); i++) {
    if (i < first.length) result.push(first[i] as T);
    if (i < second.length) result.push(second[i] as T);
  }
  return result;
}

function share(flags: readonly boolean[]): number {
  return flags.length === 0 ? Number.NaN : flags.filter(Boolean).length / flags.length;
}

function cpuMs(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1000;
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
