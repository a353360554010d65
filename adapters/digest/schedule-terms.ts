// Reading the schedule words of a subscription (day, time, time zone) from people and from configuration,
// with messages that say what was expected, what was given, and show a good example.

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** ISO weekday number (1 = Monday) for a name or a 3+ letter prefix ("mon", "Wed", "thurs"). */
export function parseWeekday(text: string): Parsed<number> {
  const word = text.trim().toLowerCase();
  const index = word.length >= 3 ? WEEKDAYS.findIndex((day) => day.startsWith(word)) : -1;
  if (index >= 0) return { ok: true, value: index + 1 };
  return { ok: false, message: `expected a day of the week such as \`on monday\` or \`on fri\`, got "${text}"` };
}

export function weekdayName(day: number): string {
  const name = WEEKDAYS[day - 1] ?? 'monday';
  return name[0]?.toUpperCase() + name.slice(1);
}

/** Day of the month 1..28 ("1", "15th"): every month has it, so a monthly digest never skips one. */
export function parseMonthDay(text: string): Parsed<number> {
  const match = /^(\d{1,2})(?:st|nd|rd|th)?$/i.exec(text.trim());
  const day = match ? Number(match[1]) : NaN;
  if (day >= 1 && day <= 28) return { ok: true, value: day };
  if (day >= 29 && day <= 31) return { ok: false, message: `monthly digests post on a day from 1 to 28, so that every month has it (e.g. \`on 1\`); got "${text}"` };
  return { ok: false, message: `expected a day of the month from 1 to 28 such as \`on 1\` or \`on 15\`, got "${text}"` };
}

/** HH:MM on a 24-hour clock ("9:00" is read as 09:00), or as people say it: "9am", "5:30 pm", "noon". */
export function parseTime(text: string): Parsed<string> {
  const said = text.trim().toLowerCase();
  if (said === 'noon' || said === 'midday') return { ok: true, value: '12:00' };
  const twelve = /^(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?m\.?$/.exec(said);
  const match = twelve ? null : /^(\d{1,2}):(\d{2})$/.exec(said);
  let hour = match ? Number(match[1]) : NaN;
  const minute = twelve ? Number(twelve[2] ?? 0) : match ? Number(match[2]) : NaN;
  if (twelve) {
    const clock = Number(twelve[1]);
    // 12am is midnight, 12pm noon; "13pm" is nothing.
    hour = clock >= 1 && clock <= 12 ? (clock % 12) + (twelve[3] === 'p' ? 12 : 0) : NaN;
  }
  if (hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59) {
    return { ok: true, value: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}` };
  }
  return { ok: false, message: `expected a time as HH:MM on a 24-hour clock such as \`at 09:00\` or \`at 17:30\`, got "${text}"` };
}

/**
 * An IANA zone ("Europe/Tirane"), case-insensitive, returned as the zone list spells it. A valid alias the
 * list lacks (Node's ICU lists Asia/Calcutta, not Asia/Kolkata) is kept as typed rather than renamed.
 */
export function parseTimeZone(text: string): Parsed<string> {
  const zone = text.trim();
  if (/^[A-Za-z0-9_+\-/]+$/.test(zone)) {
    const listed = Intl.supportedValuesOf('timeZone').find((known) => known.toLowerCase() === zone.toLowerCase());
    if (listed) return { ok: true, value: listed };
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return { ok: true, value: zone };
    } catch {
      // fall through to the message
    }
  }
  const guess = suggestTimeZone(zone);
  const hint = guess ? `did you mean \`tz ${guess}\`? ` : '';
  return { ok: false, message: `expected an IANA time zone such as \`tz Europe/Tirane\` or \`tz America/New_York\`, got "${text}"; ${hint}see https://en.wikipedia.org/wiki/List_of_tz_database_time_zones` };
}

/** A zone whose city part matches what was typed ("tirana" -> none, "new york" -> America/New_York). */
function suggestTimeZone(text: string): string | null {
  const wanted = text.toLowerCase().replace(/[\s-]+/g, '_');
  if (!wanted) return null;
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.find((zone) => zone.toLowerCase().split('/').pop() === wanted) ?? null;
}
