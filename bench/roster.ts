// A generated roster of officials and experts, a few hundred strong, with unique titles and surnames that
// include near misses of each other and of the real vocabulary ("Sojati" / "Sojat" / "Sojani",
// "Nikolovski" / "Nikolovska"), so exact and typo-tolerant name matching are both put to the test.
import type { Person } from '../src/index.js';
import type { Random } from './random.js';
import { createAliasRegistry, surnameOf, type AliasRegistry } from './alias-registry.js';
import { foldPhrase } from './fold.js';
import type { Vocabulary } from '../src/index.js';

const FIRST_NAMES = [
  'Arben', 'Besnik', 'Dritan', 'Elira', 'Fatmir', 'Genta', 'Ilir', 'Jeta', 'Klodian', 'Lindita', 'Mimoza', 'Valon', 'Teuta', 'Ermal',
  'Blerta', 'Kushtrim', 'Luan', 'Arta', 'Aleksandar', 'Bojan', 'Dragan', 'Jelena', 'Marija', 'Milica', 'Nikola', 'Stefan', 'Vesna',
  'Zoran', 'Goran', 'Ivana', 'Tijana', 'Emir', 'Amra', 'Selma', 'Haris', 'Lejla', 'Adnan', 'Marko', 'Sanja', 'Igor', 'Dejan', 'Snezana',
  'Vladimir', 'Biljana', 'Elena', 'Andrei', 'Ioana', 'Mihai', 'Natalia', 'Marco', 'Giulia', 'Francesca', 'Thomas', 'Claire', 'Pierre',
  'Sophie', 'Markus', 'Katarina', 'Petra', 'Tomas', 'Eva', 'Lukas', 'Anna', 'Maria', 'Daniel', 'Sarah', 'Michael', 'Laura', 'Georgios',
  'Eleni', 'Dimitra', 'Kostas', 'Mehmet', 'Ayse', 'Jan', 'Agnieszka', 'Piotr', 'Zsofia', 'Gabor',
];

const SURNAMES = [
  'Hoxha', 'Berisha', 'Krasniqi', 'Gashi', 'Shala', 'Kelmendi', 'Leka', 'Dervishi', 'Bajrami', 'Rexhepi', 'Muja', 'Dedaj', 'Marku',
  'Prenga', 'Zeqiri', 'Tahiri', 'Rugova', 'Spahiu', 'Bytyqi', 'Hasani', 'Kastrati', 'Lushaj', 'Ahmeti', 'Osmani', 'Sadiku', 'Kurti',
  'Haradinaj', 'Veliu', 'Cela', 'Gjoka', 'Shehu', 'Xhafa', 'Zhupa', 'Hysa', 'Kryeziu', 'Limani', 'Morina', 'Pllana', 'Qerimi', 'Bregasi',
  'Petrovic', 'Jovanovic', 'Nikolic', 'Markovic', 'Djordjevic', 'Stojanovic', 'Ilic', 'Stankovic', 'Pavlovic', 'Todorovic', 'Kovacevic',
  'Lazic', 'Vukovic', 'Radovic', 'Bozovic', 'Vujovic', 'Dragovic', 'Kaludjerovic', 'Mijatovic', 'Hodzic', 'Hadzic', 'Begovic',
  'Mehmedovic', 'Delic', 'Selimovic', 'Babic', 'Horvat', 'Knezevic', 'Tomic', 'Maric', 'Peric', 'Juric', 'Vidovic', 'Nuhanovic', 'Alic',
  'Omerovic', 'Halilovic', 'Stojanovski', 'Petrovski', 'Trajkovski', 'Dimitrovski', 'Ristovski', 'Angelovski', 'Jovanovski',
  'Georgievski', 'Stefanovski', 'Kostovska', 'Ivanovska', 'Spasovski', 'Mitrevski', 'Nikolovska', 'Ionescu', 'Rusu', 'Ciobanu',
  'Munteanu', 'Ceban', 'Lungu', 'Rotaru', 'Cojocaru', 'Sirbu', 'Moraru', 'Schmidt', 'Weber', 'Becker', 'Dupont', 'Moreau', 'Rossi',
  'Bianchi', 'Ricci', 'Kowalski', 'Novak', 'Horvath', 'Nagy', 'Papadopoulos', 'Georgiou', 'Jensen', 'Larsen', 'Murphy', 'Walsh', 'Silva',
  'Costa', 'Garcia', 'Janssens', 'Svoboda', 'Dvorak', 'Varga', 'Toth', 'Kovacs', 'Lindqvist', 'Virtanen', 'Ozturk', 'Yilmaz', 'Fischer',
  'Wagner', 'Lambert', 'Fontaine', 'Romano', 'Marino', 'Greco', 'Conti', 'Esposito', 'Nowak', 'Wojcik', 'Kaminski', 'Lewandowski',
  'Zielinski', 'Szabo', 'Kiss', 'Molnar', 'Dimitriou', 'Nikolaidis', 'Karagiannis', 'Vlahos', 'Popa', 'Stan', 'Dumitru', 'Stoica',
  'Mazur', 'Krol', 'Bauer', 'Hofer', 'Gruber', 'Huber', 'Pichler', 'Steiner', 'Kralj', 'Zupan', 'Kos', 'Golob', 'Vidmar',
];

/** Near misses by a changed ending, as Balkan surnames really vary: Gashi / Gashaj, Petric / Petrovic. */
const ENDING_SWAPS: readonly [string, string][] = [
  ['i', 'aj'], ['aj', 'i'], ['ovic', 'ic'], ['ic', 'ovic'], ['ski', 'ska'], ['ska', 'ski'], ['escu', 'eanu'], ['a', 'aj'], ['u', 'i'],
];

const ROLES = [
  'Minister of Interior', 'Deputy Minister of Interior', 'State Secretary for Security', 'Director of the State Police',
  'Deputy Director of the State Police', 'Director of the Border Police', 'Head of the Financial Intelligence Unit',
  'Chief Prosecutor for Organised Crime', 'National CT-PCVE Coordinator', 'Director of Customs', 'Head of the Cybercrime Unit',
  'Head of the Witness Protection Unit', 'Minister of Justice', 'Head of International Police Cooperation', 'Director of the Intelligence Agency',
  'Head of the Anti-Corruption Agency', 'Director of the Police Academy', 'Head of the Migration Directorate',
];

const ROLE_COUNTRIES = [
  'Albania', 'Bosnia and Herzegovina', 'Kosovo', 'Montenegro', 'North Macedonia', 'Serbia', 'Moldova', 'Croatia', 'Slovenia', 'Austria',
  'Italy', 'Greece', 'Bulgaria', 'Romania', 'Hungary', 'Germany', 'France',
];

/** People named in the task: "Sojati" has near misses by design. */
const FIXED: readonly Person[] = [
  { name: 'Dritan Sojat', aliases: [], titles: ['Head of the Regional Hub of Tirana'], role: 'Head of the Regional Hub of Tirana', pronouns: [] },
  { name: 'Arta Sojani', aliases: [], titles: [], pronouns: [] },
];

export interface RosterPerson extends Person {
  /** How often the generator names this person (a few are everywhere, most are rare). */
  weight: number;
}

export function generateRoster(random: Random, vocabulary: Vocabulary, count: number): RosterPerson[] {
  const registry = createAliasRegistry(vocabulary);
  const taken = new Set<string>();
  const surnames: string[] = [];
  const tryAdd = (surname: string) => {
    const folded = foldPhrase(surname);
    if (folded.length < 4 || taken.has(folded) || registry.owners(folded).size > 0) return;
    taken.add(folded);
    surnames.push(surname);
  };
  for (const person of FIXED) taken.add(foldPhrase(surnameOf(person.name) ?? person.name));
  for (const surname of random.sample(SURNAMES, SURNAMES.length)) tryAdd(surname);
  for (const surname of random.sample(SURNAMES, SURNAMES.length)) {
    if (surnames.length + FIXED.length >= count) break;
    const swaps = ENDING_SWAPS.filter(([from]) => surname.endsWith(from));
    if (swaps.length === 0) continue;
    const [from, to] = random.pick(swaps);
    tryAdd(surname.slice(0, surname.length - from.length) + to);
  }

  const titles = random.sample(ROLES.flatMap((role) => ROLE_COUNTRIES.map((country) => `${role} of ${country}`)), count).filter((title) => isFree(title, registry));
  const people: RosterPerson[] = FIXED.map((person, i) => ({ ...person, weight: i === 0 ? 8 : 4 }));
  surnames.slice(0, Math.max(0, count - FIXED.length)).forEach((surname, i) => {
    const title = random.chance(0.8) ? titles.pop() : undefined;
    people.push({
      name: `${random.pick(FIRST_NAMES)} ${surname}`,
      aliases: [],
      pronouns: [],
      titles: title ? [title] : [],
      ...(title ? { role: title } : {}),
      // Zipf-like: the first few are named often, the tail rarely.
      weight: 12 / (1 + i / 6),
    });
  });
  return people;
}

function isFree(phrase: string, registry: AliasRegistry): boolean {
  return registry.owners(phrase).size === 0;
}
