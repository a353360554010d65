// `iisg doctor [--json] [--env-file FILE] [--timeout SECONDS]`: runs every check (configuration, dataset,
// database, Slack, Discord, the site) and prints a table; exits 1 if any check failed. Network checks go
// through the outbound proxy as the bot's requests would.
import type { CheckResult, DoctorCheck } from '../doctor/doctor-check.js';
import { doctorChecks } from '../doctor/doctor-checks.js';
import { installOutboundProxy } from '../net/outbound-proxy.js';
import { readCliEnv } from './cli-env.js';
import type { CliCommand, CliIo } from './cli-io.js';
import { UsageError } from './cli-io.js';
import { parseFlags } from './cli-options.js';

const USAGE = 'usage: iisg doctor [--json] [--env-file FILE] [--timeout SECONDS]';

export interface DoctorRun {
  env: Record<string, string | undefined>;
  json?: boolean;
  timeoutMs?: number;
  checks?: readonly DoctorCheck[];
}

export const runDoctor: CliCommand = async (args, io) => {
  const { values, positionals } = parseFlags(
    args,
    {
      json: { type: 'boolean' },
      'env-file': { type: 'string' },
      timeout: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    USAGE,
  );
  if (values.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"\n${USAGE}`);
  const seconds = values.timeout === undefined ? 5 : Number(values.timeout);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 120)
    throw new UsageError(`--timeout expects seconds from 1 to 120 (e.g. --timeout 10), got "${values.timeout}"`);
  return doctor({ env: readCliEnv(values['env-file']), json: values.json ?? false, timeoutMs: seconds * 1000 }, io);
};

/** Runs the checks against `env`; returns the exit code. */
export async function doctor(run: DoctorRun, io: Pick<CliIo, 'stdout'>): Promise<number> {
  const context = { env: run.env, timeoutMs: run.timeoutMs ?? 5000 };
  let proxy: ReturnType<typeof installOutboundProxy> | null = null;
  try {
    proxy = installOutboundProxy(run.env);
  } catch {
    // A malformed proxy URL is the config check's to report; the other checks then go direct.
  }
  const results: Array<{ name: string } & CheckResult> = [];
  try {
    for (const check of run.checks ?? doctorChecks()) {
      const result = await check
        .run(context)
        .catch((error: unknown) => ({ status: 'fail' as const, detail: `the check itself failed: ${String(error)}` }));
      results.push({ name: check.name, ...result });
    }
  } finally {
    await proxy?.restore();
  }
  io.stdout.write(
    run.json
      ? `${JSON.stringify({ ok: results.every((result) => result.status !== 'fail'), checks: results })}\n`
      : formatTable(results),
  );
  return results.some((result) => result.status === 'fail') ? 1 : 0;
}

const LABEL: Record<CheckResult['status'], string> = { ok: 'ok', warn: 'warn', fail: 'FAIL', skip: 'skip' };

function formatTable(results: ReadonlyArray<{ name: string } & CheckResult>): string {
  const width = Math.max(5, ...results.map((result) => result.name.length));
  const lines = results.map(
    (result) => `${result.name.padEnd(width)}  ${LABEL[result.status].padEnd(8)}${result.detail}`,
  );
  const failed = results.filter((result) => result.status === 'fail').length;
  const summary =
    failed > 0
      ? `${failed} of ${results.length} checks failed`
      : `all ${results.length} checks passed (${results.filter((result) => result.status === 'skip').length} skipped)`;
  return `${'check'.padEnd(width)}  ${'result'.padEnd(8)}detail\n${lines.join('\n')}\n${summary}\n`;
}
