// The User-Agent the bot sends the site, so its operators can see who reads the API and which version.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

export function botUserAgent(): string {
  cached ??= `iisg-bot/${packageVersion()} (IISG Secretariat events sync; Node ${process.versions.node})`;
  return cached;
}

/** The package's version, from sources (vitest) or from dist/ alike. */
function packageVersion(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dirname(dir) !== dir; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
    if (manifest.name === 'iisg-bot') return manifest.version ?? '0';
  }
  return '0';
}
