import { describe, expect, it } from 'vitest';
import { fitContent, fitEmbed, truncate } from '../../adapters/discord/discord-limits.js';
import { expectWithinLimits, limitViolations } from './assert-discord-limits.js';

describe('truncate', () => {
  const cases: Array<[string, number, string]> = [
    ['Bilateral consultations in Moldova', 100, 'Bilateral consultations in Moldova'],
    ['Bilateral consultations in Moldova', 12, 'Bilateral…'],
    ['Workshop 🇲🇪 Budva', 11, 'Workshop…'],
    ['', 5, ''],
  ];
  it.each(cases)('%j cut to %i is %j', (text, max, expected) => {
    expect(truncate(text, max)).toBe(expected);
    expect(truncate(text, max).length).toBeLessThanOrEqual(max);
  });

  it('never ends with half of a surrogate pair', () => {
    for (let max = 2; max < 20; max++) expect(truncate('🇦🇱🇲🇪🇲🇰🇷🇸🇧🇦🇽🇰', max)).not.toMatch(/[\uD800-\uDBFF](…|$)/);
  });
});

describe('fitEmbed', () => {
  it('cuts every part to its own limit', () => {
    const embed = fitEmbed({ title: 'T'.repeat(400), description: 'D'.repeat(1000), footer: { text: 'F'.repeat(3000) }, fields: [{ name: 'N'.repeat(300), value: 'V'.repeat(2000) }] });
    expect(limitViolations({ embeds: [embed] })).toEqual([]);
    expect(embed.title).toHaveLength(256);
    expect(embed.footer?.text).toHaveLength(2048);
    expect(embed.description).toBe('D'.repeat(1000));
    expect(embed.fields?.[0]?.value).toHaveLength(1024);
  });

  it('drops trailing fields until the whole embed is under 6000 characters', () => {
    const fields = Array.from({ length: 30 }, (_, n) => ({ name: `Event ${n}`, value: 'x'.repeat(500) }));
    const embed = fitEmbed({ title: 'Events', fields });
    expectWithinLimits({ embeds: [embed] });
    expect(embed.fields?.[0]?.name).toBe('Event 0');
    expect(embed.fields!.length).toBeGreaterThan(5);
  });

  it('shortens the description when fields alone cannot make room', () => {
    const embed = fitEmbed({ title: 'T'.repeat(256), description: 'D'.repeat(4096), footer: { text: 'F'.repeat(2048) } });
    expectWithinLimits({ embeds: [embed] });
  });

  it('replaces an empty field value, which Discord rejects', () => {
    expect(fitEmbed({ fields: [{ name: ' ', value: '' }] }).fields).toEqual([{ name: '–', value: '–' }]);
  });
});

describe('fitContent', () => {
  it('keeps plain messages under 2000 characters', () => {
    expect(fitContent('a'.repeat(2500))).toHaveLength(2000);
  });
});
