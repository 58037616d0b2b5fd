// What a reason says, as data: a code and its parameters. The message catalogues turn each code
// into a sentence (`src/i18n/`), so the core writes no prose and JSON consumers get the code too.
import type { AtecoLevel } from './ateco.js';
import type {
  AtecoVersion,
  AreaKind,
  ConditionKind,
  LegalForm,
  RestrictedApplicant,
  Size,
  SizeBasis,
  RequiredStatus,
} from './types.js';

/**
 * How the firm's code was read and what was compared with the call's rule, when that is not just
 * the code itself: a code of both versions read in one of them (`other` is its meaning in the
 * other), a code compared through the crosswalk, or through the level above it (`via`).
 */
export interface AtecoReading {
  /** The code as the firm gave it, canonical. */
  code: string;
  version: AtecoVersion;
  title: string | null;
  other: { version: AtecoVersion; title: string | null } | null;
  /** The codes compared, in `comparedVersion` (the call's, or 2007 for words). */
  compared: string[];
  comparedVersion: AtecoVersion;
  via: { level: 'category' | 'class' | 'group' | 'division'; code: string } | null;
}
/** Sector reasons about a code carry its reading when it is worth saying. */
type Read = { reading?: AtecoReading };

/** The parameters of every reason code. */
export interface ReasonParamsByCode {
  'size-profile-missing': Record<string, never>;
  'size-not-stated': Record<string, never>;
  'size-admitted': { size: Size; basis: SizeBasis | null; allowed: Size[] };
  'size-rejected': { size: Size; basis: SizeBasis | null; allowed: Size[] };
  'size-over-employee-cap': { employees: number; cap: number };
  'size-employee-cap-unknown': { cap: number };
  /** The sizes field and the words disagree on the firm's size. */
  'size-words-disagree': { size: Size; allowed: Size[]; inWords: Size[] };
  /** The words limit the sizes and leave the firm's size out. */
  'size-words-exclude': { size: Size; inWords: Size[] };

  'sector-profile-missing': Record<string, never>;
  'sector-all-admitted': Record<string, never>;
  'sector-admitted': { code: string; rule: string; level: AtecoLevel | null } & Read;
  'sector-excluded': { code: string; by: string; level: AtecoLevel; excluded: string[] } & Read;
  'sector-not-included': { code: string; included: string[] } & Read;
  'sector-partly-excluded': { code: string; by: string } & Read;
  'sector-partly-included': { code: string; by: string } & Read;
  'sector-not-stated': Record<string, never>;
  'sector-no-equivalent': { code: string; version: string } & Read;
  'sector-note': { note: string };
  /** The words (or the source's sector list) admit the firm's activity. */
  'sector-words-admitted': { code: string; labels: string[] } & Read;
  /** The words (or the source's sector list) admit other activities only. */
  'sector-words-outside': { code: string; labels: string[] } & Read;
  /** The codes field admits every sector while the sector list names only some. */
  'sector-fields-disagree': { code: string; labels: string[] } & Read;
  /** The firm's code is coarser than a scope of the words: only part of it is admitted. */
  'sector-words-partly': { code: string; labels: string[]; by: string } & Read;

  'territory-profile-missing': Record<string, never>;
  'territory-national': Record<string, never>;
  'territory-region': { province: string; region: string };
  'territory-province': { province: string };
  'territory-municipalities': { province: string; names: string[] };
  'territory-outside': { province: string; where: string[] };
  'territory-not-stated-lombardy': { province: string };
  'territory-not-stated': Record<string, never>;
  /** The words or the grantor limit the call to an area that holds the firm's province. */
  'territory-words-inside': { province: string; where: string[] };
  /** The words or the grantor limit the call to an area without the firm's province. */
  'territory-words-outside': { province: string; where: string[] };
  /** The words name municipalities in the firm's province: which one is the firm in? */
  'territory-words-municipalities': { province: string; names: string[] };
  /** Several provinces: the call is open to firms in `provinces`, some of `of`. */
  'territory-some-provinces': { provinces: string[]; of: string[] };

  /** A kind of area (inner areas, small municipalities) the profile cannot place the firm in. */
  'territory-area-words': { label: AreaKind };

  'applicant-firm': Record<string, never>;
  'applicant-partnership': { note: string | null };
  'applicant-fund-manager': Record<string, never>;
  'applicant-public-body': Record<string, never>;
  'applicant-other': { note: string | null };
  'applicant-not-stated': Record<string, never>;
  /** Only these kinds of applicant, not an ordinary firm. */
  'applicant-only': { who: RestrictedApplicant[] };

  'status-open': { closesOn: string; daysLeft: number };
  'status-open-ended': { opensOn: string | null };
  'status-opening-unknown': { closesOn: string; daysLeft: number };
  'status-upcoming': { opensOn: string };
  'status-closed': { closesOn: string };
  'status-unknown': Record<string, never>;
  'status-withdrawn': { since: string };
  'status-seen': { status: 'open' | 'upcoming' | 'closed'; on: string };
  /** The words give an earlier deadline than the closing-date field. */
  'status-deadline-in-words': { closesOn: string; daysLeft: number; fieldClosesOn: string | null };
  'status-closed-in-words': { closesOn: string };
  /** The words give deadlines of several windows, the last before the closing-date field. */
  'status-windows-in-words': { closesOn: string };
  /** Closed, suspended or stopped in the words. */
  'status-halted': { closed: boolean; since: string | null };

  'special-status-required': { any: RequiredStatus[] };
  'special-status-met': { status: RequiredStatus };
  'special-status-not-met': { any: RequiredStatus[] };

  /** A condition on the firm in words that no profile fact settles. */
  'condition-in-words': { label: ConditionKind };

  'firm-age-unknown': { maxMonths: number | null; minMonths: number | null };
  'firm-age-met': { months: number; maxMonths: number | null; minMonths: number | null };
  'firm-age-not-met': { months: number; maxMonths: number | null; minMonths: number | null };

  'legal-form-unknown': { forms: LegalForm[] };
  'legal-form-met': { form: LegalForm; forms: LegalForm[] };
  'legal-form-not-met': { form: LegalForm; forms: LegalForm[] };
}

export type ReasonCode = keyof ReasonParamsByCode;
export type ReasonParams = ReasonParamsByCode[ReasonCode];
