#!/usr/bin/env node
// No Docker engine runs in CI, so this replays the Dockerfile in clean folders instead: each stage's
// WORKDIR /app is a fresh folder, COPY copies from the repository (or from an earlier stage), RUN runs
// there with the stage's ENV, and apt-get lines are skipped (they need the image's Debian; the machine
// has the same toolchain). Then the runtime stage is started as the ENTRYPOINT says, in Slack HTTP mode
// against a tiny local Slack, the HEALTHCHECK command must pass, and STOPSIGNAL must stop it cleanly.
// Usage: node .ci/check-dockerfile.mjs [Dockerfile]
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const context = resolve(dirname(new URL(import.meta.url).pathname), '..');
const dockerfile = readFileSync(resolve(context, process.argv[2] ?? 'Dockerfile'), 'utf8');
const root = mkdtempSync(join(tmpdir(), 'iisg-dockerfile-'));
const stages = [];
const say = (line) => process.stdout.write(`dockerfile: ${line}\n`);

function instructions(text) {
  const joined = text.replace(/\\\r?\n/g, ' ');
  return joined
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [keyword, ...rest] = line.split(/\s+/);
      return { keyword: keyword.toUpperCase(), args: rest.join(' ') };
    });
}

function parseEnv(args) {
  const env = {};
  for (const match of args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("([^"]*)"|\S*)/g)) env[match[1]] = match[3] ?? match[2];
  return env;
}

function inStage(stage, path) {
  if (path === '.' || path === './') return stage.dir;
  if (path.startsWith('/app')) return join(stage.dir, path.slice('/app'.length));
  if (path.startsWith('/')) throw new Error(`${path}: only paths under WORKDIR /app can be replayed`);
  return join(stage.dir, path);
}

function fail(message) {
  say(`FAILED: ${message}`);
  process.exitCode = 1;
  throw new Error(message);
}

let runtime;
let healthcheck;
let entrypoint;
let stopSignal = 'SIGTERM';
try {
  for (const { keyword, args } of instructions(dockerfile)) {
    const stage = stages.at(-1);
    switch (keyword) {
      case 'ARG':
      case 'LABEL':
      case 'EXPOSE':
      case 'VOLUME':
      case 'USER':
        break;
      case 'FROM': {
        const name = /\bAS\s+(\S+)/i.exec(args)?.[1] ?? `stage${stages.length}`;
        const dir = join(root, name);
        mkdirSync(dir, { recursive: true });
        stages.push({ name, dir, env: {} });
        say(`stage ${name} (${args.split(/\s+/)[0]}) in ${dir}`);
        break;
      }
      case 'WORKDIR':
        if (args !== '/app') fail(`WORKDIR ${args}: the replay knows only /app`);
        break;
      case 'ENV':
        Object.assign(stage.env, parseEnv(args));
        break;
      case 'COPY': {
        const parts = args.split(/\s+/).filter((part) => !part.startsWith('--chown'));
        const from = parts[0]?.startsWith('--from=')
          ? stages.find((candidate) => candidate.name === parts.shift().slice('--from='.length))
          : null;
        const target = parts.pop();
        for (const source of parts) {
          const src = from ? inStage(from, source) : resolve(context, source);
          const dest =
            target.endsWith('/') || parts.length > 1
              ? join(inStage(stage, target), source.split('/').at(-1))
              : inStage(stage, target);
          cpSync(src, dest, { recursive: true });
        }
        break;
      }
      case 'RUN': {
        if (/^apt-get\b/.test(args)) {
          say(`skipped (system packages): RUN ${args.slice(0, 60)}...`);
          break;
        }
        say(`RUN ${args}`);
        const result = spawnSync('bash', ['-euo', 'pipefail', '-c', args], {
          cwd: stage.dir,
          env: { ...process.env, ...stage.env },
          stdio: 'inherit',
        });
        if (result.status !== 0) fail(`RUN ${args} exited ${result.status}`);
        break;
      }
      case 'STOPSIGNAL':
        stopSignal = args;
        break;
      case 'HEALTHCHECK':
        healthcheck = JSON.parse(args.slice(args.indexOf('CMD') + 3).trim());
        break;
      case 'ENTRYPOINT':
        entrypoint = JSON.parse(args);
        break;
      default:
        fail(`${keyword}: not replayed; teach .ci/check-dockerfile.mjs this instruction`);
    }
  }
  runtime = stages.at(-1);
  if (!entrypoint || !healthcheck) fail('the runtime stage needs an ENTRYPOINT and a HEALTHCHECK');
  await smokeTest(runtime);
  say('ok');
} catch (error) {
  // fail() has said what went wrong; anything else is a bug of this script.
  if (process.exitCode !== 1) {
    say(`FAILED: ${error instanceof Error ? error.stack : String(error)}`);
    process.exitCode = 1;
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}

/** Starts the runtime stage like the container would, probes it with HEALTHCHECK, stops it with STOPSIGNAL. */
async function smokeTest(stage) {
  const run = (command, env) => spawnSync(command[0], command.slice(1), { cwd: stage.dir, env, encoding: 'utf8' });
  // The image's absolute paths under /app are the stage's folder here.
  const imageEnv = Object.fromEntries(
    Object.entries(stage.env).map(([key, value]) => [key, value.startsWith('/app/') ? inStage(stage, value) : value]),
  );
  const baseEnv = { PATH: process.env.PATH, HOME: stage.dir, ...imageEnv };
  const asked = run(['node', 'dist/adapters/cli/bin.js', 'ask', 'where was Sojati in 2023'], baseEnv);
  if (asked.status !== 0 || !asked.stdout.includes('Agron Sojati'))
    fail(`iisg ask in the runtime stage: ${asked.stderr || asked.stdout}`);
  say('runtime stage answers `iisg ask` with production dependencies only');

  const slack = createServer((request, response) => {
    request.resume();
    response
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ ok: true, team: 'check', user: 'iisg-bot', team_id: 'T1', user_id: 'U1', bot_id: 'B1' }));
  });
  await new Promise((done) => slack.listen(0, '127.0.0.1', done));
  const healthPort = await freePort();
  const env = {
    ...baseEnv,
    HEALTH_PORT: String(healthPort),
    PORT: String(await freePort()),
    SLACK_BOT_TOKEN: 'xoxb-dockerfile-check',
    SLACK_SIGNING_SECRET: 'dockerfile-check-secret',
    SLACK_API_URL: `http://127.0.0.1:${slack.address().port}/api/`,
    // Loopback only: the site sync would reach for the real site.
    IISG_SYNC_EVERY: 'off',
  };
  const bot = spawn(entrypoint[0], entrypoint.slice(1), { cwd: stage.dir, env, stdio: ['ignore', 'inherit', 'pipe'] });
  let log = '';
  bot.stderr.on('data', (chunk) => (log += chunk));
  const exited = new Promise((done) => bot.on('exit', (code, signal) => done({ code, signal })));
  try {
    let healthy = false;
    for (let attempt = 0; attempt < 100 && !healthy; attempt += 1) {
      await new Promise((done) => setTimeout(done, 100));
      healthy = run(healthcheck, env).status === 0;
    }
    if (!healthy) fail(`HEALTHCHECK never passed; the bot logged:\n${log}`);
    say(`HEALTHCHECK passes (GET /readyz on ${healthPort})`);
    const lines = log.trim().split('\n');
    if (!lines.every((line) => line.startsWith('{') && JSON.parse(line).level))
      fail(`expected JSON log lines (LOG_FORMAT=json), got:\n${log}`);
    bot.kill(stopSignal);
    const stop = await Promise.race([exited, new Promise((done) => setTimeout(() => done(null), 15_000))]);
    if (!stop || stop.code !== 0)
      fail(`${stopSignal} did not stop the bot cleanly (${JSON.stringify(stop)}); it logged:\n${log}`);
    if (!existsSync(imageEnv.IISG_DB_PATH ?? join(stage.dir, 'state', 'iisg.db')))
      fail('the bot wrote no database to the state volume');
    if (imageEnv.IISG_DATA_FILE && !existsSync(imageEnv.IISG_DATA_FILE))
      fail('the dataset was not seeded onto the state volume');
    say(
      `${stopSignal} stops it with exit code 0; the database is on the state volume (${stage.env.IISG_DB_PATH ?? 'state/iisg.db'})`,
    );
  } finally {
    bot.kill('SIGKILL');
    slack.close();
  }
}

async function freePort() {
  const server = createServer();
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  await new Promise((done) => server.close(done));
  return port;
}
