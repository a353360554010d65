// Real child processes for the fault tests: the compiled CLI or bot (dist/, built by tests/build-dist.ts),
// or a small script under tests/processes/. Output is collected; a test waits for a line, kills, or awaits exit.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const IISG_BIN = fileURLToPath(new URL('../../dist/adapters/cli/bin.js', import.meta.url));
export const BOT_MAIN = fileURLToPath(new URL('../../dist/adapters/main.js', import.meta.url));

export interface Child {
  process: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves with the first stdout or stderr line containing `text` (rejects if the process ends first). */
  waitForLine(text: string | RegExp, timeoutMs?: number): Promise<string>;
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  exited: Promise<number | string>;
}

/**
 * A clean environment: the developer's tokens must not leak into a test's bot; run the bot with `cwd` set
 * to a temporary folder so no .env is found either.
 */
export function startNode(
  script: string,
  args: string[],
  env: Record<string, string | undefined> = {},
  cwd = ROOT,
): Child {
  const child = spawn(process.execPath, [script, ...args], {
    cwd,
    env: { PATH: process.env.PATH, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const listeners = new Set<() => void>();
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
    listeners.forEach((listener) => listener());
  });
  child.stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString('utf8');
    listeners.forEach((listener) => listener());
  });
  let closed = false;
  // 'close' comes after the last output, unlike 'exit'.
  const exited = new Promise<number | string>((resolve) =>
    child.on('close', (code, signal) => {
      closed = true;
      resolve(code ?? signal ?? 'unknown');
    }),
  );
  const findLine = (text: string | RegExp) =>
    `${out}\n${err}`.split('\n').find((line) => (typeof text === 'string' ? line.includes(text) : text.test(line)));
  return {
    process: child,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitForLine(text, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const line = findLine(text);
          if (line === undefined) return;
          done();
          resolve(line);
        };
        // The timer only turns a hang into a readable failure; nothing is measured against it.
        const timer = setTimeout(() => {
          done();
          reject(
            new Error(`no line matching ${String(text)} within ${timeoutMs} ms\nstdout:\n${out}\nstderr:\n${err}`),
          );
        }, timeoutMs);
        const ended = () => {
          setImmediate(() => {
            const line = findLine(text);
            done();
            if (line !== undefined) resolve(line);
            else
              reject(
                new Error(`process ended before a line matching ${String(text)}\nstdout:\n${out}\nstderr:\n${err}`),
              );
          });
        };
        const done = () => {
          clearTimeout(timer);
          listeners.delete(check);
          child.off('close', ended);
        };
        listeners.add(check);
        child.on('close', ended);
        if (closed) ended();
        else check();
      });
    },
  };
}
