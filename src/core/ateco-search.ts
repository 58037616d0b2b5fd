// Turns ranked ATECO matches into the short list a person picks from: one line per code (both
// versions together), without the deeper codes that only repeat their parent's title.
import type { AtecoVersion } from './types.js';

export interface AtecoHit {
  version: AtecoVersion;
  code: string;
  titleIt: string;
  titleEn: string | null;
}

export interface AtecoChoice {
  code: string;
  title: string;
  versions: AtecoVersion[];
}

/**
 * `meansOther(code)` says whether a code of both versions means something else in each
 * (25.62.00); such a code comes as one choice per version, written with its version prefix
 * (`2025:25.62.00`, `2007:25.62.00`), so that the pick says which meaning it is.
 */
export function collapseAtecoHits(
  hits: readonly AtecoHit[],
  preferEnglish: boolean,
  limit: number,
  meansOther: (code: string) => boolean = () => false,
): AtecoChoice[] {
  const byCode = new Map<string, AtecoChoice>();
  for (const hit of hits) {
    const code = meansOther(hit.code) ? `${hit.version}:${hit.code}` : hit.code;
    const existing = byCode.get(code);
    if (existing) {
      if (!existing.versions.includes(hit.version)) existing.versions.push(hit.version);
      continue;
    }
    const title = preferEnglish && hit.titleEn ? hit.titleEn : hit.titleIt;
    byCode.set(code, { code, title, versions: [hit.version] });
  }
  const kept: AtecoChoice[] = [];
  for (const choice of byCode.values()) {
    const repeatsParent = [...byCode.values()].some(
      (other) =>
        other !== choice &&
        choice.code.startsWith(other.code) &&
        sameTitle(other.title, choice.title),
    );
    if (!repeatsParent) kept.push(choice);
    if (kept.length === limit) break;
  }
  for (const choice of kept) choice.versions.sort();
  // A code of both versions with other meanings: its ATECO 2025 reading first, as typed codes
  // are read (a register extract shows ATECO 2025 since April 2025).
  for (let i = 0; i < kept.length; i++) {
    const code = kept[i]?.code ?? '';
    if (!code.startsWith('2007:')) continue;
    const newer = kept.findIndex((c, j) => j > i && c.code === `2025:${code.slice(5)}`);
    if (newer > i) kept.splice(i, 0, ...kept.splice(newer, 1));
  }
  return kept;
}

function sameTitle(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * The picker's list from several searches (the synonym table's, then the typed words'): up to
 * `each` from every search in turn, the broadest codes of each first (an everyday word names a
 * trade, as a class does, more than a subcategory), so that one search with many hits does not
 * hide the others; then the rest in order; each code once, at most `limit`.
 */
export function mergeAtecoChoices(
  lists: readonly (readonly AtecoChoice[])[],
  limit: number,
  each: number,
): AtecoChoice[] {
  const merged = new Map<string, AtecoChoice>();
  const add = (choices: readonly AtecoChoice[]) => {
    for (const c of choices) if (merged.size < limit && !merged.has(c.code)) merged.set(c.code, c);
  };
  const depth = (c: AtecoChoice) => c.code.replace(/^\d{4}:/, '').replace(/\D/g, '').length;
  // Array.prototype.sort is stable: codes of one depth keep the search's order.
  for (const list of lists) add([...list].sort((a, b) => depth(a) - depth(b)).slice(0, each));
  for (const list of lists) add(list);
  return [...merged.values()];
}
