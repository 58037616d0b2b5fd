// Text helpers for matching what people type against Italian names.

/** Lower case without accents or punctuation runs: "Forlì-Cesena" -> "forli cesena". */
export function foldText(text: string): string {
  const cached = recentFolds.get(text);
  if (cached !== undefined) return cached;
  const plain = plainLower(text);
  const folded =
    plain === null
      ? slowFold(text)
      : (NON_ASCII.test(plain)
          ? plain.replace(/[^\p{L}\p{N}]+/gu, ' ')
          : plain.replace(/[^a-z0-9]+/g, ' ')
        ).trim();
  // Importers fold the same lists and names record after record, and several readers fold the
  // same text: keep the last few.
  if (recentFolds.size >= RECENT_FOLDS)
    recentFolds.delete(recentFolds.keys().next().value as string);
  recentFolds.set(text, folded);
  return folded;
}

/** The definition of folding; the fast path below gives the same text, unit by unit. */
function slowFold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const RECENT_FOLDS = 64;
const recentFolds = new Map<string, string>();
const NON_ASCII = /[\u0080-\uffff]/;
/**
 * Where folding unit by unit could differ from folding the whole text: a combining mark
 * (canonical reordering), a character beyond the BMP (a surrogate pair), or a capital sigma
 * (its lower case depends on the characters after it, which the fast path may turn to spaces).
 */
const UNIT_UNSAFE = /[\p{M}\u03a3\u{10000}-\u{10FFFF}\ud800-\udfff]/u;
const unitFolds = new Map<string, string>();

/** One non-ASCII unit without its accents; a unit that is no letter or digit becomes a space. */
function foldUnit(unit: string): string {
  let folded = unitFolds.get(unit);
  if (folded === undefined) {
    folded = unit.normalize('NFD').replace(/\p{M}+/gu, '');
    if (/^[^\p{L}\p{N}]+$/u.test(folded)) folded = ' ';
    unitFolds.set(unit, folded);
  }
  return folded;
}

/**
 * The text without accents, in lower case, punctuation not yet collapsed: folding's costly half,
 * done unit by unit (most texts are ASCII with a few accented letters). Null for the rare text
 * where that could differ from decomposing it whole. Its letter runs are the folded text's.
 */
export function plainLower(text: string): string | null {
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  if (UNIT_UNSAFE.test(text)) return null;
  return text.replace(/[\u0080-\uffff]/g, foldUnit).toLowerCase();
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
