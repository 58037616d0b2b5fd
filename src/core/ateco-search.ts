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
  return kept;
}

function sameTitle(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
