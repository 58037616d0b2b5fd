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

export function collapseAtecoHits(
  hits: readonly AtecoHit[],
  preferEnglish: boolean,
  limit: number,
): AtecoChoice[] {
  const byCode = new Map<string, AtecoChoice>();
  for (const hit of hits) {
    const existing = byCode.get(hit.code);
    if (existing) {
      if (!existing.versions.includes(hit.version)) existing.versions.push(hit.version);
      continue;
    }
    const title = preferEnglish && hit.titleEn ? hit.titleEn : hit.titleIt;
    byCode.set(hit.code, { code: hit.code, title, versions: [hit.version] });
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
