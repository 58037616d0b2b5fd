// Company size classes per EU Recommendation 2003/361/EC (Annex I GBER): the headcount ceiling
// must be met, then the turnover OR the balance-sheet ceiling.
import { UsageError } from '../errors.js';
import { SIZES, type Size, type SizeBasis } from './types.js';
import { foldText } from './text.js';

interface Ceiling {
  size: Exclude<Size, 'large'>;
  /** Headcount must be strictly below this. */
  employeesBelow: number;
  /** Turnover or balance sheet must be at most these. */
  turnoverAtMost: number;
  balanceSheetAtMost: number;
}

export const SME_CEILINGS: readonly Ceiling[] = [
  { size: 'micro', employeesBelow: 10, turnoverAtMost: 2_000_000, balanceSheetAtMost: 2_000_000 },
  { size: 'small', employeesBelow: 50, turnoverAtMost: 10_000_000, balanceSheetAtMost: 10_000_000 },
  {
    size: 'medium',
    employeesBelow: 250,
    turnoverAtMost: 50_000_000,
    balanceSheetAtMost: 43_000_000,
  },
];

const SIZE_ALIASES: Record<string, Size> = {
  micro: 'micro',
  microimpresa: 'micro',
  small: 'small',
  piccola: 'small',
  piccolo: 'small',
  medium: 'medium',
  media: 'medium',
  medio: 'medium',
  large: 'large',
  grande: 'large',
};

/** Every word `--size` takes, English and Italian (shell completion offers them). */
export const SIZE_WORDS: readonly string[] = Object.keys(SIZE_ALIASES);

/** `--size` value in English or Italian, any case. */
export function parseSize(input: string): Size {
  const size = SIZE_ALIASES[foldText(input)];
  if (!size) {
    throw new UsageError(
      `unknown size "${input}"`,
      'use micro, small, medium or large (Italian: micro, piccola, media, grande)',
      { detail: { code: 'unknown-size', params: { input } } },
    );
  }
  return size;
}

export function sizeRank(size: Size): number {
  return SIZES.indexOf(size);
}

function classByHeadcount(employees: number): Size {
  return SME_CEILINGS.find((c) => employees < c.employeesBelow)?.size ?? 'large';
}

function classByFinancials(turnover: number | null, balanceSheet: number | null): Size {
  const fits = (c: Ceiling) =>
    (turnover !== null && turnover <= c.turnoverAtMost) ||
    (balanceSheet !== null && balanceSheet <= c.balanceSheetAtMost);
  return SME_CEILINGS.find(fits)?.size ?? 'large';
}

/**
 * Derives the size class from headcount (annual work units) and, when given, turnover and
 * balance-sheet total. Without financial figures the headcount decides, and the basis says so.
 */
export function classifySize(
  employees: number,
  turnover: number | null,
  balanceSheet: number | null,
): SizeBasis {
  const byHeadcount = classByHeadcount(employees);
  const base = { employees, turnover, balanceSheet, byHeadcount };
  if (turnover === null && balanceSheet === null) {
    return { ...base, size: byHeadcount, decidedBy: 'employees' };
  }
  const byFinancials = classByFinancials(turnover, balanceSheet);
  return sizeRank(byFinancials) > sizeRank(byHeadcount)
    ? { ...base, size: byFinancials, decidedBy: 'financials' }
    : { ...base, size: byHeadcount, decidedBy: 'employees' };
}
