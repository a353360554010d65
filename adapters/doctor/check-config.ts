// Every setting the bot reads, validated as start-up would; the detail says what would run.
import { readAppConfig } from '../config.js';
import { loadDigestConfig } from '../digest/digest-config.js';
import { readDiscordConfig } from '../discord/discord-config.js';
import { readOpsConfig } from '../ops/ops-config.js';
import { readSlackConfig } from '../slack/slack-config.js';
import { readSyncConfig } from '../site/sync-config.js';
import { discordConfigured, slackConfigured } from './chat-settings.js';
import type { DoctorCheck } from './doctor-check.js';
import { fail, ok, reasonOf } from './doctor-check.js';

export const checkConfig: DoctorCheck = {
  name: 'config',
  async run({ env }) {
    const problems: string[] = [];
    const found: string[] = [];
    const attempt = <T>(read: () => T): T | undefined => {
      try {
        return read();
      } catch (error) {
        problems.push(reasonOf(error));
        return undefined;
      }
    };
    attempt(() => readAppConfig(env));
    const ops = attempt(() => readOpsConfig(env));
    if (slackConfigured(env)) {
      const slack = attempt(() => readSlackConfig(env));
      if (slack)
        found.push(
          slack.mode === 'http'
            ? `Slack HTTP mode on ${ops?.HOST ?? 'all interfaces'} port ${slack.port}`
            : 'Slack Socket Mode',
        );
    }
    if (discordConfigured(env)) {
      const discord = attempt(() => readDiscordConfig(env));
      if (discord)
        found.push(`Discord (${discord.guildId ? `commands in guild ${discord.guildId}` : 'global commands'})`);
    }
    const sync = attempt(() => readSyncConfig(env, { chat: slackConfigured(env) || discordConfigured(env) }));
    if (sync?.everyMs) found.push(`sync from ${sync.site} every ${Math.round(sync.everyMs / 60_000)} min`);
    if (slackConfigured(env) || discordConfigured(env)) {
      const digests = attempt(() => loadDigestConfig(env));
      if (digests) found.push(`digests in ${digests.dbPath}`);
    } else {
      found.push('no chat platform: npm start opens the console chat');
    }
    if (ops?.HEALTH_PORT !== undefined) found.push(`health on port ${ops.HEALTH_PORT}`);
    if (ops?.HTTPS_PROXY) found.push(`https via ${withoutPassword(ops.HTTPS_PROXY)}`);
    if (ops?.HTTP_PROXY) found.push(`http via ${withoutPassword(ops.HTTP_PROXY)}`);
    return problems.length > 0 ? fail(problems.join('; ')) : ok(found.join('; '));
  },
};

function withoutPassword(url: string): string {
  const { protocol, username, password, host } = new URL(url);
  return `${protocol}//${username ? `${username}${password ? ':***' : ''}@` : ''}${host}`;
}
