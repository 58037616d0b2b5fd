// From candidate measures to the ranked list a profile may apply to.
import { measureStatus } from './dates.js';
import { mergeDuplicates } from './dedupe.js';
import { parseStatusSeen, seenStatusOn } from './status-seen.js';
import {
  checkStatus,
  eligibilityOf,
  matchMeasure,
  statusOf,
  type MatchContext,
} from './eligibility.js';
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
  statuses: readonly Status[];
  sort: SortKey;
  /** Also return the measures the profile fails, with their reasons. */
  explain: boolean;
  limit?: number | null;
  /** Keep measures offering at least one of these aid forms. */
  aidForms?: readonly AidForm[] | null;
  /**
   * The call group of each measure, computed over the whole store; without it the given measures
   * are grouped among themselves.
   */
  groupOf?: (measure: Measure) => number;
}

/** The status of a call on `asOf`: its dates, then what its words say (an earlier deadline…). */
export function callStatus(measure: Measure, asOf: string): MeasureStatus {
  const base = measureStatus(measure.opensAt, measure.closesAt, asOf);
  // Withdrawn from its source on or before the day asked about: its dates no longer count.
  if (measure.withdrawnOn && measure.withdrawnOn <= asOf)
    return { ...base, status: 'withdrawn', daysLeft: null };
  // No dates, but a source showed the call open (or closed) on a day: that, to be verified.
  const seen =
    base.status === 'unknown' ? seenStatusOn(parseStatusSeen(measure.statusSeen), asOf) : null;
  if (seen) return statusOf(measure, { ...base, status: seen, daysLeft: null }, asOf);
  return statusOf(measure, base, asOf);
}

export function evaluateMeasure(
  measure: Measure,
  profile: CompanyProfile,
  options: MatchContext,
  closedRequested = false,
  status: MeasureStatus = callStatus(measure, options.asOf),
  withdrawnRequested = false,
): MatchResult {
  const reasons = [
    checkStatus(measure, status, options.asOf, closedRequested, withdrawnRequested),
    ...matchMeasure(measure, profile, options),
  ];
  return {
    measure,
    status,
    reasons,
    eligibility: eligibilityOf(reasons),
    alsoIn: [],
    sourceIds: [measure.id],
  };
}

/**
 * Every candidate is judged, then the records of one call from several sources are merged (the
 * more careful verdict wins), and only then are statuses, eligibility and the limit applied.
 */
export function matchMeasures(
  measures: readonly Measure[],
  profile: CompanyProfile,
  options: MatchOptions,
): MatchResult[] {
  const closedRequested = options.statuses.includes('closed');
  const withdrawnRequested = options.statuses.includes('withdrawn');
  const aid = options.aidForms?.length ? options.aidForms : null;
  const judged = measures
    .filter((m) => !aid || m.aidForms.some((form) => aid.includes(form)))
    .map((m) =>
      evaluateMeasure(
        m,
        profile,
        options,
        closedRequested,
        callStatus(m, options.asOf),
        withdrawnRequested,
      ),
    );
  const results = mergeDuplicates(judged, options.groupOf)
    .filter((r) => options.statuses.includes(r.status.status))
    .filter((r) => options.explain || r.eligibility !== 'ineligible')
    .sort(compareMatches(options.sort));
  return options.limit ? results.slice(0, options.limit) : results;
}
