// `npm start` with no chat tokens: the console chat answers piped questions and ends with the input;
// bad settings are one clear message naming the variable.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { startBot } from '../../adapters/start-bot.js';
import { createMemoryLogger } from '../../adapters/log.js';

async function chat(input: string, env: Record<string, string | undefined> = {}) {
  let stdout = '';
  const bot = await startBot(env, { stdin: Readable.from([input]), stdout: { write: (chunk: string) => (stdout += chunk) }, stderr: { write: () => true } }, { clock: () => new Date('2026-11-28T12:00:00Z'), log: createMemoryLogger() });
  await bot.stopped;
  return stdout;
}

describe('console chat', () => {
  it('answers each piped line, then ends', async () => {
    const out = await chat('where was Sojati in 2023\nhow many events in 2022\n');
    expect(out).toMatch(/> where was Sojati in 2023\n/);
    for (const place of ['Tivat, Montenegro', 'Budva, Montenegro', 'Chisinau, Moldova']) expect(out).toContain(place);
    expect(out).toMatch(/> how many events in 2022\n6 events\./);
  });

  it('reads the region\'s languages, and only those IISG_LANGUAGES names', async () => {
    expect(await chat('događaji u Crnoj Gori\n')).toContain('Tivat, Montenegro');
    expect(await chat('događaji u Crnoj Gori\n', { IISG_LANGUAGES: 'sq' })).not.toContain('Tivat, Montenegro');
  });

  it('stops reading at "exit"', async () => {
    const out = await chat('help\nexit\nevents in Montenegro\n');
    expect(out).toContain('Examples:');
    expect(out).not.toContain('Tivat');
  });
});

describe('configuration', () => {
  it.each([
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL: expected one of debug, info, warn, error, silent, got "loud"$/],
    [{ IISG_DATA_FILE: '/nonexistent/events.json' }, /\/nonexistent\/events\.json: cannot read the file/],
    [{ IISG_LANGUAGES: 'sq,de' }, /^IISG_LANGUAGES: expected codes among en, bcms, .*, got "de"$/],
    [{ IISG_LANGUAGES: 'sq;mk' }, /^IISG_LANGUAGES: expected language codes such as "sq,bcms,mk", comma separated$/],
    [{ SLACK_APP_TOKEN: 'xapp-1-abc' }, /SLACK_BOT_TOKEN/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_SIGNING_SECRET: 's' }, /SLACK_APP_TOKEN and SLACK_SIGNING_SECRET are both set/],
    [{ DISCORD_TOKEN: 'abc' }, /DISCORD_APPLICATION_ID/],
  ])('%j', async (env, message) => {
    await expect(chat('', env)).rejects.toThrow(message);
  });
});
