// .env.example and the README must list exactly the keys the code reads, so neither drifts from the schemas.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppEnvSchema } from '../../adapters/config.js';
import { SlackEnvSchema } from '../../adapters/slack/slack-config.js';
import { DiscordEnvSchema } from '../../adapters/discord/discord-config.js';
import { DigestConfigSchema } from '../../adapters/digest/digest-config.js';
import { SyncEnvSchema } from '../../adapters/site/sync-config.js';
import { OpsEnvSchema } from '../../adapters/ops/ops-config.js';

const schemaKeys = [AppEnvSchema, SlackEnvSchema, DiscordEnvSchema, DigestConfigSchema, SyncEnvSchema, OpsEnvSchema].flatMap((schema) => Object.keys(schema.shape)).sort();
const read = (name: string) => readFileSync(new URL(`../../${name}`, import.meta.url), 'utf8');

describe('configuration documents', () => {
  it('.env.example lists every key the code reads, and nothing else', () => {
    const listed = [...read('.env.example').matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1]).sort();
    expect(listed).toEqual(schemaKeys);
  });

  it('every key in .env.example has a comment above it', () => {
    const lines = read('.env.example').split('\n');
    lines.forEach((line, index) => {
      if (/^[A-Z][A-Z0-9_]*=/.test(line)) expect(lines[index - 1], line).toMatch(/^#/);
    });
  });

  it('the README names every key', () => {
    const readme = read('README.md');
    for (const key of schemaKeys) expect(readme, key).toContain(key);
  });
});
