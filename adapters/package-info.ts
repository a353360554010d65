// The bot's name and version as package.json says, found from wherever the code runs (sources under
// vitest, dist/ after the build, /app in the container).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface PackageInfo {
  name: string;
  version: string;
  /** What package.json's engines says about Node. */
  node: string;
}

let cached: PackageInfo | undefined;

export function packageInfo(): PackageInfo {
  if (cached) return cached;
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const json = JSON.parse(readFileSync(file, 'utf8')) as {
        name?: string;
        version?: string;
        engines?: { node?: string };
      };
      if (json.name === 'iisg-bot')
        return (cached = { name: json.name, version: json.version ?? '0.0.0', node: json.engines?.node ?? '' });
    }
    if (dirname(dir) === dir) return (cached = { name: 'iisg-bot', version: 'unknown', node: '' });
  }
}
