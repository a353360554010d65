import { describe, expect, it } from 'vitest';
import { fitMessage, truncateText } from '../../adapters/slack/block-limits.js';
import type { SlackBlock } from '../../adapters/slack/slack-message.js';
import { expectWithinSlackLimits, slackMessageProblems } from './assert-slack-limits.js';

const section = (text: string): SlackBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });

describe('truncateText', () => {
  it('leaves text that fits alone', () => {
    expect(truncateText('Skopje &amp; Ohrid', 100)).toBe('Skopje &amp; Ohrid');
  });

  it.each([
    ['half an escape', `${'a'.repeat(95)}&amp;&amp;&amp;`, /&[a-z]*…$/],
    ['half a link', `${'a'.repeat(90)}<https://iisg.info/news/long-path|title>`, /<[^>]*$/],
  ])('never leaves %s behind', (_name, text, broken) => {
    const cut = truncateText(text, 100);
    expect(cut.length).toBeLessThanOrEqual(100);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).not.toMatch(broken);
  });

  it('prefers to cut at a line break near the end', () => {
    const lines = Array.from({ length: 50 }, (_u, n) => `line ${n} ${'y'.repeat(40)}`).join('\n');
    const cut = truncateText(lines, 500);
    expect(cut.length).toBeLessThanOrEqual(500);
    expect(cut).toMatch(/y\n…$/);
  });
});

describe('fitMessage', () => {
  it('keeps at most 50 blocks and says that part was left out', () => {
    const message = fitMessage({ text: 'many', blocks: Array.from({ length: 80 }, (_u, n) => section(`event ${n}`)) });
    expect(message.blocks).toHaveLength(50);
    expect(JSON.stringify(message.blocks.at(-1))).toContain('left out');
    expectWithinSlackLimits(message);
  });

  it('trims section, header and context text and the fallback', () => {
    const long = 'z'.repeat(4000);
    const raw = {
      text: long,
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: long } },
        section(long),
        { type: 'section', fields: Array.from({ length: 14 }, () => ({ type: 'mrkdwn', text: long })) },
        { type: 'context', elements: Array.from({ length: 12 }, () => ({ type: 'mrkdwn', text: long })) },
      ] as SlackBlock[],
    };
    expect(slackMessageProblems(raw).length).toBeGreaterThan(0);
    expectWithinSlackLimits(fitMessage(raw));
  });

  it('never sends an empty fallback', () => {
    expect(fitMessage({ text: '  ', blocks: [section('x')] }).text.trim()).not.toBe('');
  });
});
