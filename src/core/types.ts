// Domain types shared by every layer. Pure data: no behaviour lives here.

export const SIZES = ['micro', 'small', 'medium', 'large'] as const;
export type Size = (typeof SIZES)[number];

export const AID_FORMS = ['grant', 'loan', 'guarantee', 'equity', 'other'] as const;
export type AidForm = (typeof AID_FORMS)[number];

export const STATUSES = ['open', 'upcoming', 'closed', 'unknown'] as const;
export type Status = (typeof STATUSES)[number];

export const APPLICANTS = [
  'firm',
  'professional',
  'partnership',
  'fund-manager',
  'public-body',
  'other',
] as const;
export type Applicant = (typeof APPLICANTS)[number];

export const PROCEDURES = ['sportello', 'graduatoria', 'other'] as const;
export type Procedure = (typeof PROCEDURES)[number];

export type AtecoVersion = '2007' | '2025';

/**
 * One call, or one window of a call. Empty facts are `null` (or an empty list) and are never
 * guessed: the matcher turns them into an `unknown` verdict.
 */
export interface Measure {
  id: string;
  source: string;
  title: string;
  description: string | null;
  /** e.g. "PR FESR Lombardia 2021-2027"; null when the funding programme is not known. */
  programme: string | null;
  actionCode: string | null;
  managingBody: string | null;
  procedure: Procedure | null;
  /** Europe/Rome local time: `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`. */
  opensAt: string | null;
  closesAt: string | null;
  budgetEur: number | null;
  minAidEur: number | null;
  maxAidEur: number | null;
  minSpendEur: number | null;
  aidForms: AidForm[];
  aidDetail: string | null;
  /** Empty means the sources do not say. All four means no size limit. */
  sizes: Size[];
  /** A headcount cap for large firms (MidCap rules, e.g. 3000); null when there is none. */
  maxEmployees: number | null;
  sizeNote: string | null;
  /** `['*']` = every sector; codes = only these; empty = the sources do not say. */
  atecoIncluded: string[];
  /** Excluded codes; a code written `!01.61` re-admits a part of an excluded one. */
  atecoExcluded: string[];
  atecoVersion: AtecoVersion;
  sectorNote: string | null;
  /** `IT`, `region:03`, `province:CR`, `municipality:019036`; empty = not stated. */
  territory: string[];
  applicants: Applicant[];
  applicantNote: string | null;
  url: string | null;
  sourceUrls: string[];
  evidence: string | null;
  callCode: string | null;
  notes: string | null;
}

export interface CompanyProfile {
  size: Size | null;
  /** Why the size is what it is, when it was derived from figures. */
  sizeBasis: SizeBasis | null;
  employees: number | null;
  turnoverEur: number | null;
  balanceSheetEur: number | null;
  /** The company's activities, each in both ATECO versions. */
  ateco: AtecoActivity[];
  /** Two-letter sigla. */
  province: string | null;
}

export interface AtecoActivity {
  /** Canonical code as given, e.g. `20.42.00`. */
  code: string;
  /** The version the code was read in. */
  version: AtecoVersion;
  as2007: string[];
  as2025: string[];
}

export interface SizeBasis {
  size: Size;
  /** Which ceiling decided the class, for the reason text. */
  decidedBy: 'employees' | 'financials';
  employees: number;
  turnover: number | null;
  balanceSheet: number | null;
  /** The class the headcount alone allows. */
  byHeadcount: Size;
}

export type Verdict = 'pass' | 'fail' | 'unknown';
export type Criterion = 'size' | 'sector' | 'territory' | 'applicant' | 'status';

export interface Reason {
  criterion: Criterion;
  verdict: Verdict;
  detail: string;
}

export type Eligibility = 'eligible' | 'unverified' | 'ineligible';

export interface MeasureStatus {
  status: Status;
  opensOn: string | null;
  closesOn: string | null;
  daysLeft: number | null;
}

export interface MatchResult {
  measure: Measure;
  status: MeasureStatus;
  eligibility: Eligibility;
  reasons: Reason[];
  /** Other sources that carry the same call, for de-duplicated listings. */
  alsoIn: string[];
}
