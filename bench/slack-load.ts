// Load benchmark for the Slack adapter: N correctly signed /iisg commands at concurrency C against the
// real Bolt app in HTTP mode on 127.0.0.1, with the real engine and data/ and a fake Slack for response
// URLs. Reports the share acknowledged within Slack's 3 seconds and p50/p99 acknowledgement times.
// Usage: npm run bench:slack -- [--requests 2000] [--concurrency 50] [--warmup 200] [--json]
import { Agent, request } from 'node:http';
import { cpus } from 'node:os';
import { loadEngine } from '../adapters/data/load-dataset.js';
import { createLogger } from '../adapters/log.js';
import { createSlackBot } from '../adapters/slack/index.js';
import { signSlackRequest, slashCommandBody, TEST_SIGNING_SECRET } from '../tests/fakes/slack-requests.js';
import { startFakeSlackApi } from '../tests/fakes/slack-web-api.js';
import type { RecordedCall } from '../tests/fakes/slack-web-api.js';

const QUESTIONS = [
  'where was Sojati in 2023',
  'what happened in May 2022',
  'events in Montenegro',
  'how many meetings in 2022',
  'last 5 events',
  'recent 5',
  'who was at the events in Skopje',
  'conferences in 2022',
  'help',
];
const SLACK_DEADLINE_MS = 3000;

interface Options {
  requests: number;
  concurrency: number;
  /** Commands sent first and left out of the figures (JIT warm-up, connections opened). */
  warmup: number;
  json: boolean;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { requests: 2000, concurrency: 50, warmup: 200, json: false };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    if (flag === '--json') options.json = true;
    else if (flag === '--requests' || flag === '--concurrency' || flag === '--warmup') {
      const value = Number(argv[i + 1]);
      const min = flag === '--warmup' ? 0 : 1;
      if (!Number.isInteger(value) || value < min) throw new Error(`${flag}: expected a whole number of at least ${min}, got ${JSON.stringify(argv[i + 1])}`);
      options[flag.slice(2) as 'requests' | 'concurrency' | 'warmup'] = value;
      i += 1;
    } else throw new Error(`unknown option ${JSON.stringify(flag)}; expected --requests N, --concurrency C, --warmup W or --json`);
  }
  return options;
}

function postSignedForm(agent: Agent, port: number, body: string): Promise<number> {
  const timestamp = Math.floor(Date.now() / 1000);
  const headers = {
    'content-type': 'application/x-www-form-urlencoded',
    'content-length': Buffer.byteLength(body),
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': signSlackRequest(TEST_SIGNING_SECRET, timestamp, body),
  };
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/slack/events', method: 'POST', agent, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const fake = await startFakeSlackApi();
  const engine = loadEngine();
  const bot = createSlackBot(
    { engine: () => engine, now: () => new Date(), log: createLogger('bench', 'warn') },
    { mode: 'http', botToken: 'xoxb-bench-token', signingSecret: TEST_SIGNING_SECRET, port: 0, apiUrl: fake.apiUrl },
    { host: '127.0.0.1' },
  );
  const started = await bot.start();
  if (started.mode !== 'http') throw new Error('expected HTTP mode');
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });

  const sentAt = new Map<string, number>();
  /** Sends `count` commands at the configured concurrency; ids are `${phase}-${n}`. */
  const runPhase = async (phase: string, count: number) => {
    const ackMs: number[] = [];
    let failed = 0;
    let next = 0;
    const begin = performance.now();
    const worker = async () => {
      while (next < count) {
        const n = next++;
        const id = `${phase}-${n}`;
        const body = slashCommandBody({ text: QUESTIONS[n % QUESTIONS.length] ?? 'help', responseUrl: fake.responseUrl(id), userId: `U0LOAD${String(n % 97).padStart(4, '0')}` });
        const sent = performance.now();
        sentAt.set(id, sent);
        const status = await postSignedForm(agent, started.port, body).catch(() => 0);
        if (status === 200) ackMs.push(performance.now() - sent);
        else failed += 1;
      }
    };
    await Promise.all(Array.from({ length: Math.min(options.concurrency, count) }, worker));
    const elapsedMs = performance.now() - begin;
    const isPhase = (call: RecordedCall) => call.responseId?.startsWith(`${phase}-`) === true;
    const answered = await fake.waitFor('response_url', ackMs.length, isPhase, 120_000).catch(() => fake.answered('response_url').filter(isPhase));
    return { ackMs, failed, elapsedMs, answered };
  };

  if (options.warmup > 0) await runPhase('warmup', options.warmup);
  const { ackMs, failed: notAcked, elapsedMs: ackPhaseMs, answered } = await runPhase('load', options.requests);
  const answerMs = answered.map((call) => call.at - (sentAt.get(call.responseId ?? '') ?? call.at)).sort((a, b) => a - b);
  await bot.stop();
  await fake.close();
  agent.destroy();

  ackMs.sort((a, b) => a - b);
  const result = {
    requests: options.requests,
    concurrency: options.concurrency,
    warmup: options.warmup,
    acknowledged: ackMs.length,
    failed: notAcked,
    withinDeadlineShare: ackMs.filter((ms) => ms <= SLACK_DEADLINE_MS).length / options.requests,
    ackP50Ms: round(percentile(ackMs, 50)),
    ackP99Ms: round(percentile(ackMs, 99)),
    ackMaxMs: round(ackMs.at(-1) ?? Number.NaN),
    answered: answered.length,
    answerP50Ms: round(percentile(answerMs, 50)),
    answerP99Ms: round(percentile(answerMs, 99)),
    requestsPerSecond: round((ackMs.length / ackPhaseMs) * 1000),
    node: process.version,
    cpus: cpus().length,
  };
  if (options.json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const rows: Array<[string, string]> = [
    ['requests × concurrency', `${result.requests} × ${result.concurrency} (after ${result.warmup} warm-up commands)`],
    ['acknowledged (HTTP 200)', `${result.acknowledged} (${result.failed} failed)`],
    ['acknowledged within 3 s', `${(result.withinDeadlineShare * 100).toFixed(2)} %`],
    ['ack p50 / p99 / max', `${result.ackP50Ms} / ${result.ackP99Ms} / ${result.ackMaxMs} ms`],
    ['answered at response URL', `${result.answered}`],
    ['answer p50 / p99', `${result.answerP50Ms} / ${result.answerP99Ms} ms`],
    ['throughput', `${result.requestsPerSecond} commands/s`],
    ['machine', `Node ${result.node}, ${result.cpus} CPUs, client and server in one process`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  process.stdout.write(`Slack /iisg load on loopback (real Bolt HTTP mode, real engine)\n${rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`).join('\n')}\n`);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:slack: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
