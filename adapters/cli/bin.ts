#!/usr/bin/env node
// The `iisg` executable: real streams in, exit code out.
import { runCli } from './run-cli.js';

process.exitCode = await runCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
