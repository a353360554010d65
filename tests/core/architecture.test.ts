// The dependency rule, checked on the sources: the core never reaches out (no adapters, chat SDKs, dotenv,
// file system, network or environment), and the CLI never loads a chat SDK.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const IMPORT = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8').replace(/^\s*\/\/.*$/gm, '');
  return [...source.matchAll(IMPORT)].map((match) => match[1] ?? match[2] ?? '');
}

/** Every file reachable from `entry` by static and dynamic imports (but `skip`), plus the packages it imports. */
function reachable(entry: string, skip: (file: string, specifier: string) => boolean = () => false): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const specifier of importsOf(file)) {
      if (skip(file, specifier)) continue;
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
      else packages.add(specifier);
    }
  };
  visit(entry);
  return { files, packages };
}

describe('the core', () => {
  const coreFiles = filesUnder(join(root, 'src'));

  it.each(coreFiles.map((file) => [relative(root, file), file]))('%s stays inside the core', (_name, file) => {
    for (const specifier of importsOf(file)) {
      expect(specifier, `${specifier} is outside the core`).not.toMatch(/adapters|^@slack|^discord|^dotenv|^better-sqlite3|^croner|^node:(fs|net|http|https|child_process|os)|^fs$/);
      if (specifier.startsWith('.')) expect(resolve(dirname(file), specifier).startsWith(join(root, 'src'))).toBe(true);
    }
    expect(readFileSync(file, 'utf8')).not.toMatch(/process\.(env|argv|stdout|stdin|exit)|Date\.now\(\)|new Date\(\)/);
  });
});

describe('the CLI', () => {
  // `iisg doctor` compares Discord's deployed commands with the local definitions, which discord.js builds:
  // that one dynamic import runs inside the doctor's Discord check and nowhere else.
  const doctorDiscord = join(root, 'adapters', 'doctor', 'check-discord.ts');
  const isDoctorsCommandList = (file: string, specifier: string) => file === doctorDiscord && specifier === '../discord/deploy-commands.js';

  it('loads no chat SDK, so a one-shot ask starts fast', () => {
    const { files, packages } = reachable(join(root, 'adapters', 'cli', 'bin.ts'), isDoctorsCommandList);
    expect([...packages].filter((name) => /^@slack|^discord/.test(name))).toEqual([]);
    // Only the platforms' settings schemas (zod alone), which doctor validates.
    const chatFiles = [...files].map((file) => relative(root, file)).filter((file) => /adapters\/(slack|discord)\//.test(file));
    expect(chatFiles.sort()).toEqual(['adapters/discord/discord-config.ts', 'adapters/slack/slack-config.ts']);
  });

  it("reaches the Discord command list only through doctor's dynamic import", () => {
    const source = readFileSync(doctorDiscord, 'utf8');
    expect(source).toContain("await import('../discord/deploy-commands.js')");
    expect(source).not.toMatch(/^import [^;]*from '(discord\.js|\.\.\/discord\/deploy-commands\.js)'/m);
  });
});
