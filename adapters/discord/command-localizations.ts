// /iisg in Croatian, for members whose Discord is in Croatian: of the region's languages Discord has a locale
// only for Croatian ("hr"); it has none for Albanian, Bosnian, Montenegrin, Serbian or Macedonian. Interactions
// still carry the English names, so the handlers need no change.
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';

type CommandJson = RESTPostAPIChatInputApplicationCommandsJSONBody;

interface Wording {
  name: string;
  description: string;
}

const PRIVATE: Wording = { name: 'privatno', description: 'Samo vi vidite odgovor (zadano: svi u kanalu)' };

/** By path: "" is the command, "ask" a subcommand, "ask.question" its option. */
export const CROATIAN: Readonly<Record<string, Wording>> = {
  '': { name: 'iisg', description: 'Pitajte o aktivnostima Sekretarijata IISG' },
  ask: { name: 'pitaj', description: 'Postavite bilo koje pitanje, npr. „gdje je bio Sojati 2023.”' },
  'ask.question': { name: 'pitanje', description: 'Vaše pitanje, na hrvatskom, engleskom ili drugom jeziku regije' },
  'ask.private': PRIVATE,
  recent: { name: 'nedavno', description: 'Najnoviji događaji' },
  'recent.count': { name: 'broj', description: 'Koliko događaja prikazati' },
  'recent.private': PRIVATE,
  where: { name: 'gdje', description: 'Gdje je osoba bila' },
  'where.person': { name: 'osoba', description: 'Počnite tipkati ime' },
  'where.year': { name: 'godina', description: 'Samo ova godina' },
  'where.private': PRIVATE,
  events: { name: 'događaji', description: 'Što se događalo u državi ili gradu' },
  'events.place': { name: 'mjesto', description: 'Počnite tipkati mjesto' },
  'events.year': { name: 'godina', description: 'Samo ova godina' },
  'events.private': PRIVATE,
  help: { name: 'pomoć', description: 'Na što mogu odgovoriti, s primjerima' },
};

/** The command's JSON with the Croatian names and descriptions added wherever the table has them. */
export function localizeCommand(json: CommandJson, table: Readonly<Record<string, Wording>> = CROATIAN): CommandJson {
  const withWording = <T extends { name: string; description: string }>(item: T, path: string): T => {
    const wording = table[path];
    return wording
      ? { ...item, name_localizations: { hr: wording.name }, description_localizations: { hr: wording.description } }
      : item;
  };
  const options = json.options?.map((sub) => {
    const localized = withWording(sub, sub.name);
    if (!('options' in localized) || !Array.isArray(localized.options)) return localized;
    return {
      ...localized,
      options: localized.options.map((option: { name: string; description: string }) =>
        withWording(option, `${sub.name}.${option.name}`),
      ),
    };
  });
  return { ...withWording(json, ''), ...(options ? { options: options as CommandJson['options'] } : {}) };
}
