// Turns the structured options of /iisg where and /iisg events into the questions the engine already
// understands, so a subcommand and the same question typed in /iisg ask give the same answer.

/** One line of plain text: whitespace collapsed, cut to `max` characters. */
export function cleanOption(value: string, max: number): string {
  return value.replace(/\s+/g, ' ').trim().slice(0, max).trim();
}

export function whereQuestion(person: string, year: number | null): string {
  return year === null ? `where was ${person}` : `where was ${person} in ${year}`;
}

export function placeQuestion(place: string, year: number | null): string {
  return year === null ? `events in ${place}` : `events in ${place} in ${year}`;
}
