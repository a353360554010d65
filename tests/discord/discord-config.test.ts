import { describe, expect, it } from 'vitest';
import { DiscordConfigError, readDiscordConfig } from '../../adapters/discord/discord-config.js';

const APP = '1187654321098765432';
const GUILD = '1098765432109876543';

describe('readDiscordConfig', () => {
  it('reads the required settings and leaves the optional ones null', () => {
    expect(readDiscordConfig({ DISCORD_TOKEN: 'MTE4.abc.def', DISCORD_APPLICATION_ID: APP })).toEqual({
      token: 'MTE4.abc.def',
      applicationId: APP,
      guildId: null,
      apiUrl: null,
    });
  });

  it('reads the guild id and the API URL without a trailing slash', () => {
    const config = readDiscordConfig({
      DISCORD_TOKEN: ' MTE4.abc.def ',
      DISCORD_APPLICATION_ID: APP,
      DISCORD_GUILD_ID: GUILD,
      DISCORD_API_URL: 'http://127.0.0.1:8080/api/',
    });
    expect(config).toMatchObject({ token: 'MTE4.abc.def', guildId: GUILD, apiUrl: 'http://127.0.0.1:8080/api' });
  });

  it('treats empty values of optional settings as unset', () => {
    const config = readDiscordConfig({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: APP, DISCORD_GUILD_ID: '', DISCORD_API_URL: '  ' });
    expect(config).toMatchObject({ guildId: null, apiUrl: null });
  });

  const bad: Array<[string, Record<string, string | undefined>, RegExp]> = [
    ['no token', { DISCORD_APPLICATION_ID: APP }, /DISCORD_TOKEN is missing/],
    ['an empty token', { DISCORD_TOKEN: '', DISCORD_APPLICATION_ID: APP }, /DISCORD_TOKEN is missing/],
    ['no application id', { DISCORD_TOKEN: 't' }, /DISCORD_APPLICATION_ID is missing/],
    ['an application id that is a name', { DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: 'iisg-bot' }, /DISCORD_APPLICATION_ID expected a numeric Discord id .*got "iisg-bot"/],
    ['a guild id with a typo', { DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: APP, DISCORD_GUILD_ID: '10987x' }, /DISCORD_GUILD_ID expected a numeric Discord id/],
    ['an API URL that is not http', { DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: APP, DISCORD_API_URL: 'ftp://example.org/api' }, /DISCORD_API_URL expected an http\(s\) URL/],
    ['an API URL with the version', { DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: APP, DISCORD_API_URL: 'https://discord.com/api/v10' }, /DISCORD_API_URL expected the base URL without the version/],
  ];

  it.each(bad)('rejects %s with a message naming the variable', (_case, env, message) => {
    expect(() => readDiscordConfig(env)).toThrow(DiscordConfigError);
    expect(() => readDiscordConfig(env)).toThrow(message);
  });

  it('names every missing variable in one message', () => {
    expect(() => readDiscordConfig({})).toThrow(/DISCORD_TOKEN is missing.*; DISCORD_APPLICATION_ID is missing/);
  });
});
