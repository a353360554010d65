// The streams a CLI command talks to, injected so tests run commands in-process.
export interface CliIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
}

/** A CLI command: returns the process exit code. */
export type CliCommand = (args: string[], io: CliIo) => Promise<number>;

/** A user mistake on the command line: printed as one line on stderr, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
