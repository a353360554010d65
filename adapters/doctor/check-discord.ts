// Discord accepts the bot token (GET /users/@me) and has the slash commands this version defines, in the
// scope the deploy script uses (DISCORD_GUILD_ID, else global). Plain REST calls; discord.js is loaded
// only here, for the local command definitions.
import { readDiscordConfig } from '../discord/discord-config.js';
import { discordConfigured } from './chat-settings.js';
import { compareCommands } from './compare-commands.js';
import type { DoctorCheck } from './doctor-check.js';
import { fail, ok, reasonOf, skip } from './doctor-check.js';
import { fetchJson } from './fetch-json.js';

const DEFAULT_API_URL = 'https://discord.com/api';

export const checkDiscord: DoctorCheck = {
  name: 'discord',
  async run({ env, timeoutMs }) {
    if (!discordConfigured(env)) return skip('DISCORD_TOKEN not set');
    try {
      const config = readDiscordConfig(env);
      const base = `${config.apiUrl ?? DEFAULT_API_URL}/v10`;
      const headers = { authorization: `Bot ${config.token}` };
      const me = await fetchJson(`${base}/users/@me`, { headers }, timeoutMs);
      if (me.status === 401)
        return fail('DISCORD_TOKEN: Discord answered 401 Unauthorized (reset the token under Bot -> Reset Token)');
      if (me.status !== 200) return fail(`GET /users/@me answered HTTP ${me.status}: ${me.text.slice(0, 120)}`);
      const bot = String((me.json as { username?: unknown }).username ?? '?');

      const scope = config.guildId ? `guild ${config.guildId}` : 'global';
      const path = config.guildId
        ? `/applications/${config.applicationId}/guilds/${config.guildId}/commands`
        : `/applications/${config.applicationId}/commands`;
      const deployed = await fetchJson(`${base}${path}`, { headers }, timeoutMs);
      if (deployed.status === 404 || deployed.status === 403)
        return fail(
          `DISCORD_APPLICATION_ID or DISCORD_GUILD_ID: ${scope} commands answered HTTP ${deployed.status} ` +
            "(is the bot in that server, and is the id its application's?)",
        );
      if (deployed.status !== 200 || !Array.isArray(deployed.json))
        return fail(`GET ${scope} commands answered HTTP ${deployed.status}: ${deployed.text.slice(0, 120)}`);

      const { DEPLOYED_COMMANDS } = await import('../discord/deploy-commands.js');
      const difference = compareCommands(
        DEPLOYED_COMMANDS.map((command) => command.data.toJSON()),
        deployed.json,
      );
      const problems = [
        difference.missing.length > 0 ? `not deployed: ${slashes(difference.missing)}` : '',
        difference.changed.length > 0 ? `out of date: ${slashes(difference.changed)}` : '',
        difference.extra.length > 0 ? `deployed but not handled: ${slashes(difference.extra)}` : '',
      ].filter(Boolean);
      if (problems.length > 0)
        return fail(`bot ${bot}; ${scope} commands ${problems.join(', ')}: run npm run discord:deploy`);
      return ok(`bot ${bot}; ${deployed.json.length} ${scope} command(s) match this version`);
    } catch (error) {
      return fail(reasonOf(error));
    }
  },
};

function slashes(names: string[]): string {
  return names.map((name) => `/${name}`).join(', ');
}
