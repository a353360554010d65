// How lists and capitals are written in every language the bot answers in: "A", "A and B", "A, B and C".
// The words themselves ("and", "i", "dhe", "и") come from the answer's phrasebook.
export function joinList(items: readonly string[], conjunction: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
