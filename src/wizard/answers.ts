// The wizard's answers so far, and how they become a profile and search filters.
import type { ProfileInput } from '../core/profile.js';
import type { SearchFilters } from '../core/search-command.js';
import type { AidForm, Size } from '../core/types.js';

export interface WizardAnswers {
  size: Size | null;
  employees: number | null;
  turnover: number | null;
  balanceSheet: number | null;
  ateco: { code: string; title: string } | null;
  province: string | null;
  text: string | null;
  aid: AidForm | null;
}

export function emptyAnswers(): WizardAnswers {
  return {
    size: null,
    employees: null,
    turnover: null,
    balanceSheet: null,
    ateco: null,
    province: null,
    text: null,
    aid: null,
  };
}

export function toProfileInput(answers: WizardAnswers): ProfileInput {
  return {
    size: answers.employees === null ? answers.size : null,
    employees: answers.employees,
    turnover: answers.turnover,
    balanceSheet: answers.balanceSheet,
    ateco: answers.ateco ? [answers.ateco.code] : [],
    province: answers.province,
  };
}

export function toFilters(answers: WizardAnswers, asOf: string | null): SearchFilters {
  return { text: answers.text, aid: answers.aid ? [answers.aid] : [], asOf };
}
