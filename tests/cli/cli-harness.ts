// Runs the `iisg` CLI in-process with captured streams, as a user would on a terminal or in a pipe.
import { Readable } from 'node:stream';
import { runCli } from '../../adapters/cli/run-cli.js';
import type { CliCommand } from '../../adapters/cli/cli-io.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runIisg(args: string[], stdinText = '', overrides: Record<string, () => Promise<CliCommand>> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdin: Readable.from([stdinText]),
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
  }, overrides);
  return { code, stdout, stderr };
}

export function jsonLines(text: string): Record<string, unknown>[] {
  return text.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
}
