// Optimal-string-alignment distance (Levenshtein plus swapped neighbours): the check that a fuzzy
// candidate is a typo of a word ("Sojaty", "Montengro") and not merely similar ("border" / "Bordeaux").
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (previous2[j - 2] ?? 0) + 1);
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * How many typos a word of this length may carry and still be recognised. Short words get none: too many
 * English words sit one letter from a short place name ("bars"/Bari, "fire"/Fier).
 */
export function typoAllowance(length: number): number {
  return length < 5 ? 0 : length < 9 ? 1 : 2;
}
