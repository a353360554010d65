// /iisg carries Croatian names and descriptions (Discord's only locale among the region's languages), within
// Discord's rules, while the English names the handlers dispatch on stay as they are.
import { describe, expect, it } from 'vitest';
import { iisgCommand } from '../../adapters/discord/commands/iisg-command.js';
import { CROATIAN } from '../../adapters/discord/command-localizations.js';

/** Discord's rule for chat-input command and option names (lower case where a script has case). */
const NAME = /^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$/u;

describe('/iisg in Croatian', () => {
  const json = iisgCommand.data.toJSON() as any;
  const items: { path: string; item: any }[] = [
    { path: '', item: json },
    ...(json.options as any[]).flatMap((sub) => [
      { path: sub.name, item: sub },
      ...((sub.options ?? []) as any[]).map((option) => ({ path: `${sub.name}.${option.name}`, item: option })),
    ]),
  ];

  it.each(items.map(({ path, item }) => [path || '/iisg', item, path]))(
    '%s has a Croatian name and description',
    (_label, item, path) => {
      const wording = CROATIAN[path as string];
      expect(wording, `no Croatian wording for "${path}"`).toBeDefined();
      expect(item.name_localizations).toEqual({ hr: wording?.name });
      expect(item.description_localizations).toEqual({ hr: wording?.description });
      expect(item.name_localizations.hr).toMatch(NAME);
      expect(item.description_localizations.hr.length).toBeGreaterThan(0);
      expect(item.description_localizations.hr.length).toBeLessThanOrEqual(100);
    },
  );

  it('keeps the English names the handlers read, and names no locale Discord lacks', () => {
    expect(json.name).toBe('iisg');
    expect((json.options as any[]).map((sub) => sub.name).sort()).toEqual(['ask', 'events', 'help', 'recent', 'where']);
    const locales = new Set(
      items.flatMap(({ item }) => Object.keys({ ...item.name_localizations, ...item.description_localizations })),
    );
    expect([...locales]).toEqual(['hr']);
  });

  it('has no wording for a subcommand or option that does not exist', () => {
    const paths = new Set(items.map(({ path }) => path));
    expect(Object.keys(CROATIAN).filter((path) => !paths.has(path))).toEqual([]);
  });
});
