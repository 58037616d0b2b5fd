// ATECO codes: parsing, hierarchy and sector rules. ATECO 2007 (2022 update) and ATECO 2025 share
// the positional code shape, but some sections hold other divisions, so every rule carries a version.
import type { AtecoVersion } from './types.js';

/** First and last division of each section. */
const SECTIONS: Record<AtecoVersion, Record<string, [number, number]>> = {
  '2007': {
    A: [1, 3],
    B: [5, 9],
    C: [10, 33],
    D: [35, 35],
    E: [36, 39],
    F: [41, 43],
    G: [45, 47],
    H: [49, 53],
    I: [55, 56],
    J: [58, 63],
    K: [64, 66],
    L: [68, 68],
    M: [69, 75],
    N: [77, 82],
    O: [84, 84],
    P: [85, 85],
    Q: [86, 88],
    R: [90, 93],
    S: [94, 96],
    T: [97, 98],
    U: [99, 99],
  },
  '2025': {
    A: [1, 3],
    B: [5, 9],
    C: [10, 33],
    D: [35, 35],
    E: [36, 39],
    F: [41, 43],
    G: [46, 47],
    H: [49, 53],
    I: [55, 56],
    J: [58, 60],
    K: [61, 63],
    L: [64, 66],
    M: [68, 68],
    N: [69, 75],
    O: [77, 82],
    P: [84, 84],
    Q: [85, 85],
    R: [86, 88],
    S: [90, 93],
    T: [94, 96],
    U: [97, 98],
    V: [99, 99],
  },
};

/**
 * Canonical form of a code as people write it: `20.42`, `20.42.0`, `20.42.00`, `2042`, `c`.
 * Returns null when the text cannot be an ATECO code at all.
 */
export function parseAtecoCode(input: string): string | null {
  const text = input.trim().toUpperCase();
  if (/^[A-V]$/.test(text)) return text;
  if (!/^\d{2,6}$/.test(text) && !/^\d{2}(\.\d{1,2}(\.\d{1,2})?)?$/.test(text)) return null;
  return formatAtecoDigits(text.replace(/\./g, ''));
}

/** `20420` -> `20.42.0`: division, then group and class digits, then the national levels. */
export function formatAtecoDigits(digits: string): string {
  const parts = [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4, 6)].filter(Boolean);
  return parts.join('.');
}

function digitsOf(code: string): string {
  return code.replace(/\./g, '');
}

export function isSection(code: string): boolean {
  return /^[A-V]$/.test(code);
}

/** Division number to section letter, per version: the matcher asks this for every measure. */
const SECTION_OF_DIVISION: Record<AtecoVersion, (string | null)[]> = {
  '2007': divisionTable('2007'),
  '2025': divisionTable('2025'),
};

function divisionTable(version: AtecoVersion): (string | null)[] {
  const table: (string | null)[] = Array.from({ length: 100 }, () => null);
  for (const [section, [first, last]] of Object.entries(SECTIONS[version])) {
    for (let d = first; d <= last; d++) table[d] = section;
  }
  return table;
}

export function sectionOf(code: string, version: AtecoVersion): string | null {
  if (isSection(code)) return code;
  return SECTION_OF_DIVISION[version][Number(code.slice(0, 2))] ?? null;
}

/** The code and every level above it, most specific first, ending with the section letter. */
export function atecoAncestors(code: string, version: AtecoVersion): string[] {
  if (isSection(code)) return [code];
  const digits = digitsOf(code);
  const chain: string[] = [];
  for (let length = digits.length; length >= 2; length--)
    chain.push(formatAtecoDigits(digits.slice(0, length)));
  const section = sectionOf(code, version);
  if (section) chain.push(section);
  return chain;
}

/** Whether `code` lies inside `scope` (itself included). */
export function isWithin(code: string, scope: string, version: AtecoVersion): boolean {
  if (isSection(scope)) return sectionOf(code, version) === scope;
  if (isSection(code)) return false;
  return digitsOf(code).startsWith(digitsOf(scope));
}

export type SectorOutcome =
  | { verdict: 'pass'; code: string; rule: 'all' | string }
  | { verdict: 'fail'; code: string; rule: 'excluded' | 'not-included'; by: string | null }
  | {
      verdict: 'unknown';
      code: string;
      rule: 'not-stated' | 'partly-excluded' | 'partly-included';
      by: string | null;
    };

export interface SectorRules {
  included: string[];
  excluded: string[];
  version: AtecoVersion;
}

/** The verdict for one code of the company against a measure's sector rules. */
export function checkAtecoCode(code: string, rules: SectorRules): SectorOutcome {
  const { version } = rules;
  const exceptions = rules.excluded.filter((r) => r.startsWith('!')).map((r) => r.slice(1));
  const exclusions = rules.excluded.filter((r) => !r.startsWith('!'));
  const readmitted = exceptions.some((x) => isWithin(code, x, version));
  const excludedBy = exclusions.find((e) => isWithin(code, e, version));
  if (excludedBy && !readmitted) return { verdict: 'fail', code, rule: 'excluded', by: excludedBy };
  const partlyExcludedBy = exclusions.find((e) => isWithin(e, code, version) && e !== code);
  if (partlyExcludedBy && !readmitted) {
    return { verdict: 'unknown', code, rule: 'partly-excluded', by: partlyExcludedBy };
  }
  if (rules.included.includes('*')) return { verdict: 'pass', code, rule: 'all' };
  if (rules.included.length === 0)
    return { verdict: 'unknown', code, rule: 'not-stated', by: null };
  const includedBy = rules.included.find((i) => isWithin(code, i, version));
  if (includedBy) return { verdict: 'pass', code, rule: includedBy };
  const partlyIncludedBy = rules.included.find((i) => isWithin(i, code, version));
  if (partlyIncludedBy)
    return { verdict: 'unknown', code, rule: 'partly-included', by: partlyIncludedBy };
  return { verdict: 'fail', code, rule: 'not-included', by: null };
}

export const ATECO_LEVELS = [
  'section',
  'division',
  'group',
  'class',
  'category',
  'subcategory',
] as const;
export type AtecoLevel = (typeof ATECO_LEVELS)[number];

/** The level of a canonical code: `C` section, `20` division, `20.4` group, `20.42` class, … */
export function atecoLevel(code: string): AtecoLevel {
  if (isSection(code)) return 'section';
  return ATECO_LEVELS[Math.min(digitsOf(code).length - 1, 5)] ?? 'subcategory';
}
