// `iisg digest --period week|month [--now YYYY-MM-DD] [--json] [--data FILE] [--filter TEXT]`: previews the
// digest of the last complete period before `now` (a local day; default today in DIGEST_DEFAULT_TZ), with
// no channel history, so nothing counts as "also added".
import type { CliCommand } from './cli-io.js';
import { UsageError } from './cli-io.js';
import { parseFlags } from './cli-options.js';
import { eventJson } from './answer-json.js';
import { loadEngine } from '../data/load-dataset.js';
import { loadDigestConfig } from '../digest/digest-config.js';
import { previewDigest } from '../digest/preview-digest.js';
import { IsoDaySchema, localDayOf } from '../../src/index.js';
import type { DigestCadence } from '../../src/index.js';

const USAGE = 'usage: iisg digest --period week|month [--now YYYY-MM-DD] [--json] [--data FILE] [--filter "<person, place or topic>"]';

const PERIODS: Record<string, DigestCadence> = { week: 'weekly', weekly: 'weekly', month: 'monthly', monthly: 'monthly' };

export const runDigest: CliCommand = async (args, io) => {
  const { values, positionals } = parseFlags(
    args,
    { period: { type: 'string' }, now: { type: 'string' }, json: { type: 'boolean' }, data: { type: 'string' }, filter: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    USAGE,
  );
  if (values.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"\n${USAGE}`);
  const cadence = values.period === undefined ? undefined : PERIODS[values.period.toLowerCase()];
  if (!cadence) throw new UsageError(`--period expects week or month (e.g. --period month), got ${values.period === undefined ? 'nothing' : `"${values.period}"`}`);
  if (values.now !== undefined && !IsoDaySchema.safeParse(values.now).success) {
    throw new UsageError(`--now expects a real day as YYYY-MM-DD (e.g. --now 2023-12-01), got "${values.now}"`);
  }
  const today = values.now ?? localDayOf(new Date(), loadDigestConfig(process.env).defaults.timeZone);

  const engine = loadEngine(values.data ? { eventsFile: values.data } : {});
  const preview = previewDigest(engine, { cadence, today, filter: values.filter ?? null });
  if (!preview.ok) throw new UsageError(preview.message);
  const digest = preview.value;
  if (values.json) {
    const { period } = digest;
    io.stdout.write(`${JSON.stringify({ period: { from: period.from, to: period.to }, count: digest.events.length, events: digest.events.map(eventJson), text: digest.view.text })}\n`);
  } else {
    io.stdout.write(`${digest.view.text}\n`);
  }
  return 0;
};
