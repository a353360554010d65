// `node tests/processes/ingest-then-hang.mjs NEWS OUT beforeCommit|betweenRenames`: ingests like `iisg ingest`
// (compiled, from dist/), but stops at the named point of the dataset write, says so on stdout and waits there
// to be killed (kill -9), as a writer that dies mid-write would.
import { readFileSync } from 'node:fs';

const { ingestIntoDataset } = await import(new URL('../../dist/adapters/cli/ingest-command.js', import.meta.url).href);
const [news, out, stopAt] = process.argv.slice(2);
setInterval(() => {}, 1 << 30); // keeps the process alive while it waits to be killed
const hang = () => {
  process.stdout.write(`${stopAt}\n`);
  return new Promise(() => {});
};
await ingestIntoDataset({ news: readFileSync(news, 'utf8'), out, hooks: { [stopAt]: hang } });
