import { emptyMeasure } from '../../src/core/measure.js';
import type { CompanyProfile, Measure } from '../../src/core/types.js';

/** A measure with every fact empty, plus the given ones. */
export function measure(overrides: Partial<Measure> = {}): Measure {
  return { ...emptyMeasure('m', 'test', 'Misura di prova'), ...overrides };
}

export function profile(overrides: Partial<CompanyProfile> = {}): CompanyProfile {
  return {
    size: null,
    sizeBasis: null,
    employees: null,
    turnoverEur: null,
    balanceSheetEur: null,
    ateco: [],
    province: null,
    founded: null,
    legalForm: null,
    statuses: {},
    ...overrides,
  };
}

/** An ATECO 2007 activity whose 2025 equivalent is the same code. */
export function activity(code: string) {
  return { code, version: '2007' as const, as2007: [code], as2025: [code] };
}
