// Company facts only some calls ask about (founding date, legal form, special statuses): which of
// them the first matching calls for, and one question for each, asked after the profile steps.
import { parseFounded } from '../core/firm-facts.js';
import type { ReasonParamsByCode } from '../core/reason-codes.js';
import {
  LEGAL_FORMS,
  SPECIAL_STATUSES,
  type LegalForm,
  type MatchResult,
  type SpecialStatus,
} from '../core/types.js';
import { UsageError } from '../errors.js';
import { BACK, BACK_TYPED } from './asker.js';
import type { Step } from './steps.js';

export interface StatusNeed {
  status: SpecialStatus;
  /** How many calls ask about it. */
  calls: number;
  /** Every one of them is only for firms with it (or with another status it names). */
  only: boolean;
}

/** What the candidate calls (those not ineligible) cannot judge without a fact. */
export interface FactNeeds {
  /** The calls that depend on at least one of the facts. */
  calls: number;
  /** The calls that depend on the firm's age. */
  founded: number;
  /** The calls that admit some legal forms only. */
  legalForm: number;
  /** In the order of SPECIAL_STATUSES. */
  statuses: StatusNeed[];
}

/** The facts worth asking for: the `unknown` reasons of the results not ineligible. */
export function factNeeds(results: readonly MatchResult[]): FactNeeds {
  const needs: FactNeeds = { calls: 0, founded: 0, legalForm: 0, statuses: [] };
  const statuses = new Map<SpecialStatus, StatusNeed>();
  for (const result of results) {
    if (result.eligibility === 'ineligible') continue;
    const unknown = result.reasons.filter((r) => r.verdict === 'unknown');
    const age = unknown.some((r) => r.code === 'firm-age-unknown');
    const form = unknown.some((r) => r.code === 'legal-form-unknown');
    const asked = new Set<SpecialStatus>();
    for (const r of unknown) {
      if (r.code !== 'special-status-required') continue;
      const { any } = r.params as ReasonParamsByCode['special-status-required'];
      // Being seized from organised crime is no question for a wizard: the call's words say it.
      for (const s of any) if (s !== 'confiscated') asked.add(s);
    }
    if (age) needs.founded += 1;
    if (form) needs.legalForm += 1;
    if (age || form || asked.size) needs.calls += 1;
    for (const status of asked) {
      const only = result.measure.rules.some(
        (rule) => rule.kind === 'special-status' && rule.sure && rule.any.includes(status),
      );
      const need = statuses.get(status) ?? { status, calls: 0, only: true };
      statuses.set(status, { status, calls: need.calls + 1, only: need.only && only });
    }
  }
  needs.statuses = SPECIAL_STATUSES.flatMap((s) => statuses.get(s) ?? []);
  return needs;
}

/** The questions the needs call for: founding date, legal form, then each status. */
export function factSteps(needs: FactNeeds): Step[] {
  return [
    ...(needs.founded ? [askFounded] : []),
    ...(needs.legalForm ? [askLegalForm(needs.legalForm)] : []),
    ...needs.statuses.map(askStatus),
  ];
}

const SKIP = '<skip>';
const YES = '<yes>';
const NO = '<no>';

/** The founding date as fesr stores it (`YYYY` or `YYYY-MM`), or null when it is not one. */
function readFounded(text: string, today: string): string | null {
  try {
    return parseFounded(text, today);
  } catch (error) {
    if (error instanceof UsageError) return null;
    throw error;
  }
}

export const askFounded: Step = async ({ ask, answers, services }) => {
  const t = services.messages.wizard;
  const text = await ask.input({
    message: `${t.foundedQuestion()} ${t.backHint()}`,
    default: answers.founded ?? undefined,
    validate: (v) =>
      ['', BACK_TYPED].includes(v.trim()) || readFounded(v, services.today) !== null
        ? true
        : t.foundedInvalid(),
  });
  if (text.trim() === BACK_TYPED) return 'back';
  answers.founded = text.trim() ? readFounded(text, services.today) : null;
  return 'next';
};

export function askLegalForm(calls: number): Step {
  return async ({ ask, answers, services }) => {
    const t = services.messages.wizard;
    const choice = await ask.select<string>({
      message: t.legalFormQuestion(calls),
      choices: [
        ...LEGAL_FORMS.map((form) => ({ value: form, name: t.legalFormChoice(form) })),
        { value: SKIP, name: t.factSkip() },
        { value: BACK, name: t.back() },
      ],
      default: answers.legalForm ?? SKIP,
    });
    if (choice === BACK) return 'back';
    answers.legalForm = choice === SKIP ? null : (choice as LegalForm);
    return 'next';
  };
}

export function askStatus(need: StatusNeed): Step {
  return async ({ ask, answers, services }) => {
    const t = services.messages.wizard;
    const said = answers.statuses[need.status];
    const choice = await ask.select<string>({
      message: t.statusQuestion(need.status, need.calls, need.only),
      choices: [
        { value: YES, name: t.yes() },
        { value: NO, name: t.no() },
        { value: SKIP, name: t.dontKnow() },
        { value: BACK, name: t.back() },
      ],
      default: said === true ? YES : said === false ? NO : SKIP,
    });
    if (choice === BACK) return 'back';
    const statuses = { ...answers.statuses };
    if (choice === SKIP) delete statuses[need.status];
    else statuses[need.status] = choice === YES;
    answers.statuses = statuses;
    return 'next';
  };
}
