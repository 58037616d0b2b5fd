import type { CompanyProfile, Measure } from '../../src/core/types.js';

/** A measure with every fact empty, plus the given ones. */
export function measure(overrides: Partial<Measure> = {}): Measure {
  return {
    id: 'm',
    source: 'test',
    title: 'Misura di prova',
    description: null,
    programme: null,
    actionCode: null,
    managingBody: null,
    procedure: null,
    opensAt: null,
    closesAt: null,
    budgetEur: null,
    minAidEur: null,
    maxAidEur: null,
    minSpendEur: null,
    aidForms: [],
    aidDetail: null,
    sizes: [],
    maxEmployees: null,
    sizeNote: null,
    atecoIncluded: [],
    atecoExcluded: [],
    atecoVersion: '2007',
    sectorNote: null,
    territory: [],
    applicants: [],
    applicantNote: null,
    url: null,
    sourceUrls: [],
    evidence: null,
    callCode: null,
    notes: null,
    ...overrides,
  };
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
    ...overrides,
  };
}

/** An ATECO 2007 activity whose 2025 equivalent is the same code. */
export function activity(code: string) {
  return { code, version: '2007' as const, as2007: [code], as2025: [code] };
}
