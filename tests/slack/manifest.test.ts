// The shipped app manifests must match what the code listens to: one slash command, the three events
// (and nothing that would deliver a mention twice, nor any channel message), the scopes those need, the DM
// and Home tabs, and interactivity for buttons and the digest form.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../adapters/slack/${name}`, import.meta.url), 'utf8'));
const socket = read('manifest.json');
const http = read('manifest-http.json');

describe.each([
  ['manifest.json (Socket Mode)', socket],
  ['manifest-http.json (HTTP mode)', http],
])('%s', (_name, manifest) => {
  it('declares /iisg with a usage hint', () => {
    expect(manifest.features.slash_commands.map((c: any) => c.command)).toEqual(['/iisg']);
    expect(manifest.features.slash_commands[0].usage_hint).toBeTruthy();
  });

  it('subscribes to app_home_opened, app_mention and message.im only (no channel messages)', () => {
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual([
      'app_home_opened',
      'app_mention',
      'message.im',
    ]);
  });

  it('turns on interactivity (buttons, the digest form) and the Home tab', () => {
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
  });

  it('asks for the scopes those need and no user scopes', () => {
    // users:read: `/iisg digest` lets workspace admins and owners manage subscriptions (users.info).
    // Buttons, modals, views.publish and a DM to a user id (chat.postMessage) need no scope of their own.
    // channels:history, groups:history: a digest whose post may or may not have gone through is looked up in
    // the channel (by its metadata) before it is posted again. No message events are subscribed to with them.
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([
      'app_mentions:read',
      'channels:history',
      'chat:write',
      'commands',
      'groups:history',
      'im:history',
      'users:read',
    ]);
    expect(manifest.oauth_config.scopes.user).toBeUndefined();
  });

  it('enables the App Home messages tab so people can DM the bot', () => {
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
    expect(manifest.features.app_home.messages_tab_read_only_enabled).toBe(false);
  });

  it("keeps Slack's description limits", () => {
    expect(manifest.display_information.description.length).toBeLessThanOrEqual(140);
    expect(manifest.display_information.long_description.length).toBeGreaterThanOrEqual(174);
    expect(manifest.display_information.long_description.length).toBeLessThanOrEqual(4000);
  });
});

describe('mode-specific settings', () => {
  it('Socket Mode needs no public URL', () => {
    expect(socket.settings.socket_mode_enabled).toBe(true);
    expect(socket.settings.event_subscriptions.request_url).toBeUndefined();
    expect(socket.features.slash_commands[0].url).toBeUndefined();
    expect(socket.settings.interactivity.request_url).toBeUndefined();
  });

  it('HTTP mode points commands and events at /slack/events', () => {
    expect(http.settings.socket_mode_enabled).toBe(false);
    expect(new URL(http.settings.event_subscriptions.request_url).pathname).toBe('/slack/events');
    expect(new URL(http.features.slash_commands[0].url).pathname).toBe('/slack/events');
    expect(new URL(http.settings.interactivity.request_url).pathname).toBe('/slack/events');
  });
});
