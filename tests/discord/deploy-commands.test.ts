import { PermissionFlagsBits } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEPLOYED_COMMANDS, runDeploy } from '../../adapters/discord/deploy-commands.js';
import { startFakeDiscordRest } from '../fakes/discord-rest.js';
import type { FakeDiscordRest } from '../fakes/discord-rest.js';

const APP = '1187654321098765432';
const GUILD = '1098765432109876543';

function captureIo() {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: { write: (chunk: string) => (out.stdout += chunk) }, stderr: { write: (chunk: string) => (out.stderr += chunk) } } };
}

describe('npm run discord:deploy', () => {
  let rest: FakeDiscordRest;
  beforeEach(async () => {
    rest = await startFakeDiscordRest({ gatewayUrl: 'ws://127.0.0.1:9', botUserId: APP });
  });
  afterEach(() => rest.close());

  it('registers /iisg to the guild when DISCORD_GUILD_ID is set', async () => {
    const { out, io } = captureIo();
    const code = await runDeploy({ DISCORD_TOKEN: 'bot-token-1', DISCORD_APPLICATION_ID: APP, DISCORD_GUILD_ID: GUILD, DISCORD_API_URL: rest.apiUrl }, io);
    expect(out.stderr).toBe('');
    expect(code).toBe(0);
    expect(rest.calls).toHaveLength(1);
    const [call] = rest.calls;
    expect(call).toMatchObject({ method: 'PUT', path: `/applications/${APP}/guilds/${GUILD}/commands`, authorization: 'Bot bot-token-1' });
    expect(out.stdout).toMatch(new RegExp(`Registered 2 command\\(s\\) to guild ${GUILD}.*/iisg, /iisg-digest`));

    const [iisg] = call!.body as any[];
    expect(iisg.name).toBe('iisg');
    expect(iisg.type ?? 1).toBe(1);
    expect(iisg.contexts).toEqual([0, 1]); // guilds and DMs with the bot
    expect(iisg.default_member_permissions ?? null).toBeNull(); // everyone may ask
    const subs: Record<string, any> = Object.fromEntries((iisg.options as any[]).map((sub) => [sub.name, sub]));
    expect(Object.keys(subs).sort()).toEqual(['ask', 'events', 'help', 'recent', 'where']);
    for (const sub of Object.values(subs)) expect(sub.type).toBe(1);
    const option = (sub: string, name: string) => (subs[sub].options as any[] | undefined)?.find((o) => o.name === name);
    expect(option('ask', 'question')).toMatchObject({ type: 3, required: true });
    expect(option('recent', 'count')).toMatchObject({ type: 4, min_value: 1 });
    expect(option('where', 'person')).toMatchObject({ type: 3, required: true, autocomplete: true });
    expect(option('where', 'year')).toMatchObject({ type: 4 });
    expect(option('events', 'place')).toMatchObject({ type: 3, required: true, autocomplete: true });
    // Descriptions are required by Discord and limited to 100 characters.
    const descriptions = [iisg.description, ...Object.values(subs).flatMap((sub) => [sub.description, ...(sub.options ?? []).map((o: any) => o.description)])];
    for (const text of descriptions) {
      expect(text.length).toBeGreaterThan(0);
      expect(text.length).toBeLessThanOrEqual(100);
    }
  });

  it('registers globally when no guild is set', async () => {
    const { out, io } = captureIo();
    const code = await runDeploy({ DISCORD_TOKEN: 'bot-token-1', DISCORD_APPLICATION_ID: APP, DISCORD_GUILD_ID: '', DISCORD_API_URL: rest.apiUrl }, io);
    expect(code).toBe(0);
    expect(rest.calls.map((call) => `${call.method} ${call.path}`)).toEqual([`PUT /applications/${APP}/commands`]);
    expect(out.stdout).toContain('globally');
  });

  it('deploys the digest command from the same list, for members who can manage channels', async () => {
    const { io } = captureIo();
    expect(await runDeploy({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: APP, DISCORD_API_URL: rest.apiUrl }, io)).toBe(0);
    const body = rest.calls[0]?.body as any[];
    expect(body.map((command) => command.name)).toEqual(['iisg', 'iisg-digest']);
    expect(body[1].default_member_permissions).toBe(String(PermissionFlagsBits.ManageChannels));
    expect(body[1].contexts).toEqual([0]); // servers only
    const descriptions = [body[1].description, ...(body[1].options as any[]).flatMap((sub) => [sub.description, ...(sub.options ?? []).map((o: any) => o.description)])];
    for (const text of descriptions) {
      expect(text.length).toBeGreaterThan(0);
      expect(text.length).toBeLessThanOrEqual(100);
    }
  });

  it('names the missing variable and calls nothing', async () => {
    const { out, io } = captureIo();
    expect(await runDeploy({ DISCORD_TOKEN: 't', DISCORD_API_URL: rest.apiUrl }, io)).toBe(2);
    expect(out.stderr).toMatch(/^discord:deploy: .*DISCORD_APPLICATION_ID is missing/);
    expect(rest.calls).toEqual([]);
  });

  it('reports what Discord refused', async () => {
    rest.failNext({ method: 'PUT', path: /commands$/, status: 400, body: { code: 50035, message: 'Invalid Form Body', errors: {} } });
    const { out, io } = captureIo();
    expect(await runDeploy({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: APP, DISCORD_API_URL: rest.apiUrl }, io)).toBe(1);
    expect(out.stderr).toMatch(/Discord refused the commands \(HTTP 400, code 50035\): Invalid Form Body/);
  });
});
