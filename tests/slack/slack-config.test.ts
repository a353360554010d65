import { describe, expect, it } from 'vitest';
import { readSlackConfig, SlackConfigError } from '../../adapters/slack/slack-config.js';

const BOT = 'xoxb-1111111111-2222222222-AbCdEfGhIjKlMnOpQrStUvWx';
const APP = 'xapp-1-A0IISGBOT01-3333333333-0a1b2c3d4e5f';
const SECRET = '8f742231b10e8888abcd99yyyzzz85a5';

describe('readSlackConfig', () => {
  it('is null when no Slack variable is set (Slack stays off)', () => {
    expect(readSlackConfig({})).toBeNull();
    expect(readSlackConfig({ SLACK_BOT_TOKEN: '', PORT: '8080' })).toBeNull();
  });

  it('chooses Socket Mode from SLACK_APP_TOKEN', () => {
    expect(readSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP })).toEqual({ mode: 'socket', botToken: BOT, appToken: APP, apiUrl: undefined });
  });

  it('chooses HTTP mode from SLACK_SIGNING_SECRET, with PORT or 3000', () => {
    expect(readSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, PORT: '8080' })).toEqual({ mode: 'http', botToken: BOT, signingSecret: SECRET, port: 8080, apiUrl: undefined });
    expect(readSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET })).toMatchObject({ mode: 'http', port: 3000 });
  });

  it('passes SLACK_API_URL through', () => {
    expect(readSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_API_URL: 'http://127.0.0.1:9999/api/' })).toMatchObject({ apiUrl: 'http://127.0.0.1:9999/api/' });
  });

  it.each([
    ['app token without bot token', { SLACK_APP_TOKEN: APP }, 'SLACK_BOT_TOKEN'],
    ['signing secret without bot token', { SLACK_SIGNING_SECRET: SECRET }, 'SLACK_BOT_TOKEN'],
    ['bot token alone', { SLACK_BOT_TOKEN: BOT }, 'SLACK_APP_TOKEN'],
    ['both modes', { SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_SIGNING_SECRET: SECRET }, 'not both'],
    ['user token as bot token', { SLACK_BOT_TOKEN: 'xoxp-123-456', SLACK_APP_TOKEN: APP }, 'SLACK_BOT_TOKEN: expected a bot token starting with "xoxb-", got a value starting with "xoxp-"'],
    ['bot token as app token', { SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: BOT }, 'SLACK_APP_TOKEN: expected an app-level token'],
    ['port out of range', { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, PORT: '70000' }, 'PORT: expected a port number from 0 to 65535'],
    ['port not a number', { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, PORT: 'eighty' }, 'PORT: expected a port number'],
    ['API URL not a URL', { SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_API_URL: 'slack.com/api' }, 'SLACK_API_URL: expected an http(s) URL'],
    ['API URL with another scheme', { SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_API_URL: 'ftp://slack.com/api/' }, 'SLACK_API_URL'],
    ['signing secret with spaces', { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: 'two words' }, 'SLACK_SIGNING_SECRET'],
  ])('%s: one message naming the variable', (_name, env, expected) => {
    expect(() => readSlackConfig(env)).toThrow(SlackConfigError);
    expect(() => readSlackConfig(env)).toThrow(expected);
  });

  it('never echoes a secret in its messages', () => {
    const leaky = 'xoxp-999999999-SECRETSECRETSECRET';
    try {
      readSlackConfig({ SLACK_BOT_TOKEN: leaky, SLACK_APP_TOKEN: APP });
      expect.unreachable();
    } catch (error) {
      expect(String(error)).not.toContain('SECRETSECRET');
    }
  });
});
