// From candidate measures to the ranked list a profile may apply to.
import { measureStatus } from './dates.js';
import { checkStatus, eligibilityOf, matchMeasure, type MatchContext } from './eligibility.js';
import { compareMatches, type SortKey } from './ranking.js';
import type {
  AidForm,
  CompanyProfile,
  Measure,
  MatchResult,
  MeasureStatus,
  Status,
} from './types.js';

export interface MatchOptions extends MatchContext {
  asOf: string;
  statuses: readonly Status[];
  sort: SortKey;
  /** Also return the measures the profile fails, with their reasons. */
  explain: boolean;
  limit?: number | null;
  /** Keep measures offering at least one of these aid forms. */
  aidForms?: readonly AidForm[] | null;
}

export function evaluateMeasure(
  measure: Measure,
  profile: CompanyProfile,
  options: Pick<MatchOptions, 'asOf' | 'messages' | 'municipalityName'>,
  closedRequested = false,
  status: MeasureStatus = measureStatus(measure.opensAt, measure.closesAt, options.asOf),
): MatchResult {
  const reasons = [
    checkStatus(status, options.messages, closedRequested),
    ...matchMeasure(measure, profile, options),
  ];
  return { measure, status, reasons, eligibility: eligibilityOf(reasons), alsoIn: [] };
}

export function matchMeasures(
  measures: readonly Measure[],
  profile: CompanyProfile,
  options: MatchOptions,
): MatchResult[] {
  const closedRequested = options.statuses.includes('closed');
  const aid = options.aidForms?.length ? options.aidForms : null;
  const results = measures
    .filter((m) => !aid || m.aidForms.some((form) => aid.includes(form)))
    .map((m) => ({ m, status: measureStatus(m.opensAt, m.closesAt, options.asOf) }))
    .filter(({ status }) => options.statuses.includes(status.status))
    .map(({ m, status }) => evaluateMeasure(m, profile, options, closedRequested, status))
    .filter((r) => options.explain || r.eligibility !== 'ineligible')
    .sort(compareMatches(options.sort));
  return options.limit ? results.slice(0, options.limit) : results;
}
