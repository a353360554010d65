import { describe, expect, it } from 'vitest';
import { toPlainQuestion } from '../../adapters/slack/message-text.js';

const BOT = 'U0BOT00001';

describe('toPlainQuestion', () => {
  it.each([
    [`<@${BOT}> where was Sojati in 2023`, 'where was Sojati in 2023'],
    [`<@${BOT}|iisg-bot>   events in   Montenegro`, 'events in Montenegro'],
    [`what happened in May 2022 <@${BOT}>`, 'what happened in May 2022'],
    ['events in Skopje &amp; Ohrid', 'events in Skopje & Ohrid'],
    ['events with 3 &lt; people &gt; 1', 'events with 3 < people > 1'],
    ['what is on <https://iisg.info/news|the news page>', 'what is on the news page'],
    ['see <https://iisg.info/news>', 'see https://iisg.info/news'],
    ['mail <mailto:hos@iisg.info|hos@iisg.info>', 'mail hos@iisg.info'],
    ['events in <#C024BE7LR|montenegro>', 'events in #montenegro'],
    ['<!here> where was Sojati', 'where was Sojati'],
    ['meetings with <@U024BE7LH|bregu>', 'meetings with @bregu'],
    ['&amp;lt;literal&amp;gt;', '&lt;literal&gt;'],
  ])('%j -> %j', (text, expected) => {
    expect(toPlainQuestion(text, BOT)).toBe(expected);
  });

  it('drops a bare user mention when the bot id is not known yet', () => {
    expect(toPlainQuestion(`<@${BOT}> hi`)).toBe('hi');
  });
});
