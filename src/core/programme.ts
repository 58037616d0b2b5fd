// Which funding programme a measure belongs to.
import { findRegion } from './provinces.js';
import { foldText, plainLower } from './text.js';

const FESR_2021_2027 = /^PR FESR\b.*2021-2027$/i;

/** True for the regional ERDF programmes of 2021-2027 ("PR FESR Lombardia 2021-2027"). */
export function isFesrProgramme(programme: string | null): boolean {
  return programme !== null && FESR_2021_2027.test(programme.trim());
}

/**
 * The 2021-2027 regional ERDF programme ("PR", Programma Regionale) as texts name it, folded:
 * "PR FESR", "PR Lazio FESR", "PR FESR-FSE+", "Programma Regionale FESR". The 2014-2020 one was
 * a "POR" (Programma Operativo Regionale), which this does not match.
 */
const PR_FESR =
  /\b(?:pr|programma regionale)\s+(?:([a-z ]{3,40}?)\s+)?(?:fesr|fondo europeo (?:di|per lo) sviluppo regionale)\b((?: [a-z0-9+]+){0,8})/g;

/**
 * Words PR_FESR cannot match without: a text whose unfolded letters hold neither is not folded
 * (descriptions are long, and most name no ERDF programme).
 */
const PR_FESR_WORDS = /fesr|europeo/;

/** Autonomous provinces run their own programmes; named here as they name themselves. */
const OWN_PROGRAMMES: [RegExp, string][] = [
  [/\bbolzano\b|\balto adige\b/, 'Bolzano'],
  [/\btrento\b/, 'Trento'],
];

function regionNamedIn(folded: string): string | null {
  for (const [pattern, name] of OWN_PROGRAMMES) if (pattern.test(folded)) return name;
  const words = folded.split(' ');
  for (let size = 4; size >= 1; size--) {
    for (let i = 0; i + size <= words.length; i++) {
      const region = findRegion(words.slice(i, i + size).join(' '));
      if (region) return region.name.split('/')[0] ?? region.name;
    }
  }
  return null;
}

/**
 * The PR FESR 2021-2027 a text says a measure is funded by ("PR FESR Lombardia 2021-2027"),
 * `PR FESR 2021-2027` when no region is named near the mention and none is known, or null.
 * `defaultRegion` is the region the source publishes for (the Lombardy registry).
 */
export function detectProgramme(
  texts: readonly (string | null | undefined)[],
  defaultRegion: string | null = null,
): string | null {
  for (const text of texts) {
    if (!text) continue;
    // Folding keeps the letter runs of `plainLower`: no word there, no match in the folded text.
    const plain = plainLower(text);
    if (plain !== null && !PR_FESR_WORDS.test(plain)) continue;
    const folded = foldText(text);
    for (const m of folded.matchAll(PR_FESR)) {
      const after = m[2] ?? '';
      if (/\b2014\b|\b2020\b/.test(after) && !/\b2021\b/.test(after)) continue;
      const region = regionNamedIn(`${m[1] ?? ''} ${after}`) ?? defaultRegion;
      return region ? `PR FESR ${region} 2021-2027` : 'PR FESR 2021-2027';
    }
  }
  return null;
}
