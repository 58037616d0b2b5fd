// The wizard's answers so far, and how they become a profile and search filters.
import type { AtecoChoice } from '../core/ateco-search.js';
import type { ProfileInput } from '../core/profile.js';
import type { SavedProfile } from '../core/saved-profile.js';
import type { SearchFilters } from '../core/search-command.js';
import type { AidForm, CompanyProfile, LegalForm, Size, SpecialStatus } from '../core/types.js';

export interface WizardAnswers {
  size: Size | null;
  /** The size question was answered "skip": its default when the step comes back. */
  sizeSkipped: boolean;
  employees: number | null;
  turnover: number | null;
  balanceSheet: number | null;
  /** The firm's activities, main one first. */
  ateco: AtecoChoice[];
  province: string | null;
  text: string | null;
  aid: AidForm[];
  /** `YYYY` or `YYYY-MM`, asked only when a candidate call depends on the firm's age. */
  founded: string | null;
  /** Asked only when a candidate call admits some legal forms only. */
  legalForm: LegalForm | null;
  /** Each status asked about and answered yes (true) or no (false); unknown ones are absent. */
  statuses: Partial<Record<SpecialStatus, boolean>>;
}

export function emptyAnswers(): WizardAnswers {
  return {
    size: null,
    sizeSkipped: false,
    employees: null,
    turnover: null,
    balanceSheet: null,
    ateco: [],
    province: null,
    text: null,
    aid: [],
    founded: null,
    legalForm: null,
    statuses: {},
  };
}

/**
 * The answers a saved profile gives, so that Enter at every step reproduces it. `profile` is the
 * saved one already validated (canonical size, codes and province); `describe` gives a code's
 * title and versions for the sector picker.
 */
export function answersFromProfile(
  saved: SavedProfile,
  profile: CompanyProfile,
  describe: (code: string) => AtecoChoice,
): WizardAnswers {
  // A code of both versions with other meanings keeps its version, as the picker writes it.
  const codes = [
    ...new Set(profile.ateco.map((a) => (a.otherMeaning ? `${a.version}:${a.code}` : a.code))),
  ];
  return {
    size: profile.size,
    sizeSkipped: profile.size === null,
    employees: profile.employees,
    turnover: profile.turnoverEur,
    balanceSheet: profile.balanceSheetEur,
    ateco: codes.map(describe),
    province: profile.province,
    text: saved.text,
    aid: [...saved.aid],
    founded: profile.founded,
    legalForm: profile.legalForm,
    statuses: { ...profile.statuses },
  };
}

export function toProfileInput(answers: WizardAnswers): ProfileInput {
  return {
    size: answers.employees === null ? answers.size : null,
    employees: answers.employees,
    turnover: answers.turnover,
    balanceSheet: answers.balanceSheet,
    ateco: answers.ateco.map((a) => a.code),
    province: answers.province,
    founded: answers.founded,
    legalForm: answers.legalForm,
    statuses: { ...answers.statuses },
  };
}

/** The profile without the company facts asked after the first matching (the questions' base). */
export function withoutFacts(input: ProfileInput): ProfileInput {
  return { ...input, founded: null, legalForm: null, statuses: {} };
}

export function toFilters(answers: WizardAnswers, asOf: string | null): SearchFilters {
  return { text: answers.text, aid: [...answers.aid], asOf };
}
