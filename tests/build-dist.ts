// Tests that run the bot or the CLI as real child processes (kill -9, SIGTERM) run the compiled code in
// dist/: compile it once, before any test file starts, so they never test a stale build.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function buildDist(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  execFileSync(
    process.execPath,
    [fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url)), '-p', 'tsconfig.build.json'],
    { cwd: root, stdio: 'inherit' },
  );
}
