// A company profile from what the user typed (flags, a saved profile or wizard answers).
import { UsageError } from '../errors.js';
import { resolveAtecoCode, type AtecoLookup } from './ateco-resolve.js';
import { resolveProvinces } from './provinces.js';
import { classifySize, parseSize } from './size.js';
import { parseFounded, parseLegalForm } from './firm-facts.js';
import type { CompanyProfile, SpecialStatus } from './types.js';

/** Raw profile fields, as strings and numbers before validation. */
export interface ProfileInput {
  size?: string | null;
  employees?: number | null;
  turnover?: number | null;
  balanceSheet?: number | null;
  ateco?: readonly string[];
  province?: string | null;
  /** `YYYY` or `YYYY-MM`. */
  founded?: string | null;
  legalForm?: string | null;
  /** Each special status the user affirmed (true) or denied (false). */
  statuses?: Partial<Record<SpecialStatus, boolean>>;
}

/** `today` bounds the founding date; the caller's clock, so tests can pin it. */
export function buildProfile(
  input: ProfileInput,
  ateco: AtecoLookup,
  today: string = new Date().toISOString().slice(0, 10),
): CompanyProfile {
  const employees = input.employees ?? null;
  const turnover = input.turnover ?? null;
  const balanceSheet = input.balanceSheet ?? null;
  // An empty string is a value given wrongly, not a value left out.
  const stated = input.size !== null && input.size !== undefined ? parseSize(input.size) : null;
  if (employees === null && (turnover !== null || balanceSheet !== null)) {
    throw new UsageError(
      '--turnover and --balance-sheet need --employees',
      'the EU SME definition always tests the headcount first; give --employees N too, or --size',
      { detail: { code: 'financials-need-employees', params: {} } },
    );
  }
  const basis = employees !== null ? classifySize(employees, turnover, balanceSheet) : null;
  if (stated && basis && stated !== basis.size) {
    throw new UsageError(
      `--size ${input.size} disagrees with the figures, which make a ${basis.size} firm`,
      'drop --size, or correct --employees/--turnover/--balance-sheet',
      {
        detail: { code: 'size-conflict', params: { size: input.size ?? '', derived: basis.size } },
      },
    );
  }
  return {
    size: stated ?? basis?.size ?? null,
    sizeBasis: basis,
    employees,
    turnoverEur: turnover,
    balanceSheetEur: balanceSheet,
    ateco: (input.ateco ?? []).map((code) => resolveAtecoCode(code, ateco)),
    province:
      input.province !== null && input.province !== undefined
        ? resolveProvinces(input.province).join(',')
        : null,
    founded:
      input.founded !== null && input.founded !== undefined
        ? parseFounded(input.founded, today)
        : null,
    legalForm:
      input.legalForm !== null && input.legalForm !== undefined
        ? parseLegalForm(input.legalForm)
        : null,
    statuses: { ...input.statuses },
  };
}

export function isEmptyProfile(profile: CompanyProfile): boolean {
  return !profile.size && profile.ateco.length === 0 && !profile.province;
}
