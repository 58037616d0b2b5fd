// Text helpers for matching what people type against Italian names.

/** Lower case without accents or punctuation runs: "Forlì-Cesena" -> "forli cesena". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (current[j - 1] ?? 0) + 1,
        (previous[j] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The candidates closest to `input` by edit distance (prefix matches first), at most `count`.
 * Ties keep the candidates' order, so a list that puts Lombardy first suggests Lombardy first.
 */
export function nearest(input: string, candidates: readonly string[], count = 3): string[] {
  const folded = foldText(input);
  return candidates
    .map((candidate) => {
      const other = foldText(candidate);
      const prefixBonus = other.startsWith(folded) || folded.startsWith(other) ? -1 : 0;
      return { candidate, score: levenshtein(folded, other) + prefixBonus };
    })
    .sort((x, y) => x.score - y.score)
    .slice(0, count)
    .map((x) => x.candidate);
}
