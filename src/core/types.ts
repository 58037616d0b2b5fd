// Domain types shared by every layer. Pure data: no behaviour lives here.
import type { ReasonCode, ReasonParams } from './reason-codes.js';

export const SIZES = ['micro', 'small', 'medium', 'large'] as const;
export type Size = (typeof SIZES)[number];

export const AID_FORMS = ['grant', 'loan', 'guarantee', 'equity', 'other'] as const;
export type AidForm = (typeof AID_FORMS)[number];

/** `withdrawn`: gone from a full snapshot of its source; kept, listed only on request. */
export const STATUSES = ['open', 'upcoming', 'closed', 'unknown', 'withdrawn'] as const;
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
  /** The source's own words on opening and closing (`Note_di_apertura_chiusura`), for the rules. */
  datesNote: string | null;
  /**
   * A status a source showed on a day when no source gives the dates, `open 2025-12-11`
   * (`core/status-seen.ts`); null when none did.
   */
  statusSeen: string | null;
  /** The kind of area the source says the call is for (incentivi `Ambito_territoriale`). */
  areaScope: string | null;
  /** The source's sector list in its own vocabulary (incentivi `Settore_Attivita`). */
  sectorsListed: string[];
  /**
   * Rules read from the words of the record (text, grantor, notes) at import time, each with the
   * words it rests on; see `core/rules/`. Empty for a record read before the rules existed.
   */
  rules: ExtractedRule[];
  /**
   * The day the call disappeared from a full snapshot of its source (`fesr update`). Set by the
   * store from its withdrawn marker when it reads the record; never part of the stored record.
   */
  withdrawnOn?: string | null;
}

export const LEGAL_FORMS = [
  'srl',
  'spa',
  'sapa',
  'snc',
  'sas',
  'cooperative',
  'sole-trader',
  'consortium',
  'association',
  'foundation',
  'other',
] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

/** Facts a firm knows about itself that calls restrict on; null = not given. */
export const SPECIAL_STATUSES = [
  'innovative-startup',
  'innovative-sme',
  'women-led',
  'youth-led',
  'non-profit',
] as const;
export type SpecialStatus = (typeof SPECIAL_STATUSES)[number];

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
  /** `YYYY` or `YYYY-MM`: when the firm was founded (registered). */
  founded: string | null;
  legalForm: LegalForm | null;
  /** true / false when the user said so; a missing key means not given. */
  statuses: Partial<Record<SpecialStatus, boolean>>;
}

export interface AtecoActivity {
  /** Canonical code as given, e.g. `20.42.00`. */
  code: string;
  /** The version the code was read in. */
  version: AtecoVersion;
  as2007: string[];
  as2025: string[];
  /** The code's Italian title in its version, when known. */
  title?: string | null;
  /**
   * The same code in the other version when it means something else there (25.62.00: ATECO 2025
   * "serrature e cerniere", ATECO 2007 "lavori di meccanica generale").
   */
  otherMeaning?: { version: AtecoVersion; title: string | null } | null;
  /**
   * An ATECO 2025 code with no 2007 equivalent of its own is compared through the level above it
   * that has one (its category, class, group or division): that level and its code.
   */
  via?: { level: 'category' | 'class' | 'group' | 'division'; code: string } | null;
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
export const CRITERIA = [
  'status',
  'size',
  'sector',
  'territory',
  'applicant',
  'firm-age',
  'legal-form',
  'special-status',
] as const;
export type Criterion = (typeof CRITERIA)[number];

/** Where a rule or a verdict comes from: a structured field, or words of the record. */
export type ProvenanceSource = 'field' | 'text' | 'grantor' | 'notes';
export interface Provenance {
  source: ProvenanceSource;
  /** The source field the words come from (`Descrizione`, `Soggetto_Concedente`, …). */
  field: string;
  /** The words, cut to one line. */
  quote: string;
}

/**
 * One rule read from words. `sure` rules fail a profile outright; the others only make the
 * verdict "to verify", quoting their words.
 */
export type ExtractedRule =
  | { kind: 'territory'; tokens: string[]; sure: boolean; from: Provenance }
  /** ATECO sections/divisions/codes the words admit (2007), named by the words' own labels. */
  | { kind: 'sector'; codes: string[]; labels: string[]; sure: boolean; from: Provenance }
  /** An explicit deadline in the words, earlier than the closing date field. */
  | { kind: 'deadline'; closesOn: string; sure: boolean; from: Provenance }
  /** Closed, suspended or stopped: `closed` rules close the call from `since`. */
  | { kind: 'halt'; closed: boolean; since: string | null; from: Provenance }
  /** Only these applicants (not ordinary firms) may apply. */
  | { kind: 'applicants-only'; who: RestrictedApplicant[]; from: Provenance }
  /** Only firms with one of these statuses; `sure` when the field or the words say "only". */
  | { kind: 'special-status'; any: RequiredStatus[]; sure: boolean; from: Provenance }
  | { kind: 'firm-age'; maxMonths: number | null; minMonths: number | null; from: Provenance }
  | { kind: 'legal-form'; forms: LegalForm[]; sure: boolean; from: Provenance }
  /** A kind of area the profile cannot place the firm in (inner areas, small municipalities). */
  | { kind: 'area'; label: AreaKind; from: Provenance }
  /** A condition on the firm that no profile fact settles (a grouping, a crisis procedure…). */
  | { kind: 'condition'; label: ConditionKind; from: Provenance }
  /** The sizes the words admit, where they differ from the sizes field. */
  | { kind: 'size-words'; sizes: Size[]; sure: boolean; from: Provenance };

export type RequiredStatus = SpecialStatus | 'confiscated';

export const AREA_KINDS = [
  'inner-areas',
  'small-municipalities',
  'mountain-municipalities',
  'special-economic-zone',
  'crisis-area',
] as const;
export type AreaKind = (typeof AREA_KINDS)[number];

export const CONDITION_KINDS = [
  'grouping',
  'crisis-procedure',
  'listing',
  'registry',
  'trademark',
  'social-economy',
  'suppliers',
  'firms-in-difficulty',
  'named-applicants',
] as const;
export type ConditionKind = (typeof CONDITION_KINDS)[number];

export type RestrictedApplicant =
  'non-profit' | 'public-body' | 'citizen' | 'research' | 'financial' | 'new-firm';

export interface Reason {
  criterion: Criterion;
  verdict: Verdict;
  /** What the reason says, as data: the catalogue turns it into words. */
  code: ReasonCode;
  params: ReasonParams;
  /** Where the deciding fact comes from, when it is not the profile alone. */
  source: ProvenanceSource | null;
  /** The source field of the quoted words. */
  field: string | null;
  quote: string | null;
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
  /** The ids of every stored record merged into this result, the shown one first. */
  sourceIds: string[];
  /** The day its data is as of (see `core/freshness.ts`); set by the shell, which knows it. */
  dataAsOf?: string | null;
  /** What the last update changed in it, for `--new`, `--changed` and `fesr news`. */
  change?: { kind: ChangeKind; fields: FieldChangeRecord[] };
}

/** What an update did to a call: brought it, changed it, withdrew it, or brought it back. */
export type ChangeKind = 'new' | 'changed' | 'withdrawn' | 'returned';

/** One changed field: its name (or `status`), before and after (null for long texts). */
export interface FieldChangeRecord {
  field: string;
  before: unknown;
  after: unknown;
}
