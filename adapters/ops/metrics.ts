// What the running bot counts, in Prometheus terms (prom-client), served at GET /metrics. Each bot gets its
// own registry (tests start many). Callers use the verbs below and never touch prom-client themselves, so
// a name or a label changes in one place.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** How one digest post ended, from the platform's answer (see DeliveryError's kinds). */
export type DigestPostResult = 'posted' | 'retryable_error' | 'permanent_error';

export interface BotMetrics {
  /** One answered question: `empty` when nothing matched (help is never empty). */
  questionAnswered(answer: { platform: string; intent: string; empty: boolean; seconds: number }): void;
  /** One Slack acknowledgement: HTTP request to response, or Socket Mode envelope to ack. */
  slackAcked(mode: 'http' | 'socket', seconds: number, ok: boolean): void;
  digestPost(platform: string, result: DigestPostResult): void;
  /** A dataset reload after the file changed: taken or rejected. */
  datasetReload(ok: boolean): void;
  /** One run of the site sync (issue 15): `ok` false for a failed run. */
  syncRun(ok: boolean): void;
  /** Gauges read at each scrape; `read` returns null when the value is unknown (no store open): shown as 0. */
  readDatasetEvents(read: () => number | null): void;
  readPausedSubscriptions(read: () => number | null): void;
  /** The text a Prometheus scrape gets, and its content type. */
  render(): Promise<string>;
  readonly contentType: string;
}

const ANSWER_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];
// Slack gives 3 seconds: the buckets around it show how close acknowledgements come.
const ACK_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5];

export function createBotMetrics(build: { version: string } = { version: 'unknown' }): BotMetrics {
  const registry = new Registry();
  const registers = [registry];
  collectDefaultMetrics({ register: registry });

  new Gauge({
    name: 'iisg_build_info',
    help: 'Version of the running bot and of Node.js (always 1)',
    labelNames: ['version', 'node'],
    registers,
  }).set({ version: build.version, node: process.version }, 1);
  const questions = new Counter({
    name: 'iisg_questions_total',
    help: 'Questions answered, by platform and intent',
    labelNames: ['platform', 'intent'],
    registers,
  });
  const empty = new Counter({
    name: 'iisg_empty_answers_total',
    help: 'Questions whose answer found no event, by platform and intent',
    labelNames: ['platform', 'intent'],
    registers,
  });
  const answerSeconds = new Histogram({
    name: 'iisg_answer_duration_seconds',
    help: 'Time to work out an answer, by platform',
    labelNames: ['platform'],
    buckets: ANSWER_BUCKETS,
    registers,
  });
  const ackSeconds = new Histogram({
    name: 'iisg_slack_ack_duration_seconds',
    help: 'Time from a Slack request (HTTP) or envelope (Socket Mode) to its acknowledgement; outcome "rejected" is a 4xx/5xx answer',
    labelNames: ['mode', 'outcome'],
    buckets: ACK_BUCKETS,
    registers,
  });
  const digestPosts = new Counter({
    name: 'iisg_digest_posts_total',
    help: 'Digest posts tried, by platform and result',
    labelNames: ['platform', 'result'],
    registers,
  });
  const reloadFailures = new Counter({
    name: 'iisg_dataset_reload_failures_total',
    help: 'Dataset reloads rejected (invalid file); the last good dataset keeps answering',
    registers,
  });
  const reloads = new Counter({
    name: 'iisg_dataset_reloads_total',
    help: 'Dataset reloads after the file changed, by result',
    labelNames: ['result'],
    registers,
  });
  const syncFailures = new Counter({ name: 'iisg_sync_failures_total', help: 'Site sync runs that failed', registers });
  const syncRuns = new Counter({
    name: 'iisg_sync_runs_total',
    help: 'Site sync runs, by result',
    labelNames: ['result'],
    registers,
  });
  let datasetEvents: () => number | null = () => null;
  let pausedSubscriptions: () => number | null = () => null;
  new Gauge({
    name: 'iisg_dataset_events',
    help: 'Events in the dataset answering now',
    registers,
    collect() {
      setKnown(this, datasetEvents());
    },
  });
  new Gauge({
    name: 'iisg_paused_subscriptions',
    help: 'Digest subscriptions paused because posting failed permanently (see /iisg digest list)',
    registers,
    collect() {
      setKnown(this, pausedSubscriptions());
    },
  });
  // Zeros from the start, so a rate() over a fresh process is defined.
  reloadFailures.inc(0);
  syncFailures.inc(0);

  return {
    questionAnswered({ platform, intent, empty: isEmpty, seconds }) {
      questions.inc({ platform, intent });
      if (isEmpty) empty.inc({ platform, intent });
      answerSeconds.observe({ platform }, seconds);
    },
    slackAcked: (mode, seconds, ok) => ackSeconds.observe({ mode, outcome: ok ? 'ok' : 'rejected' }, seconds),
    digestPost: (platform, result) => digestPosts.inc({ platform, result }),
    datasetReload(ok) {
      reloads.inc({ result: ok ? 'taken' : 'rejected' });
      if (!ok) reloadFailures.inc();
    },
    syncRun(ok) {
      syncRuns.inc({ result: ok ? 'ok' : 'failed' });
      if (!ok) syncFailures.inc();
    },
    readDatasetEvents: (read) => void (datasetEvents = read),
    readPausedSubscriptions: (read) => void (pausedSubscriptions = read),
    render: () => registry.metrics(),
    contentType: registry.contentType,
  };
}

function setKnown(gauge: Gauge, value: number | null): void {
  gauge.set(value ?? 0);
}
