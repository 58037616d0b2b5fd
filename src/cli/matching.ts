// The one path from filters and a profile to ranked, de-duplicated results, shared by search,
// match and the wizard so that they never disagree about what a company may apply to.
import { parseAsOf, romeDate } from '../core/dates.js';
import { matchMeasures, type MatchOptions } from '../core/match.js';
import type { SortKey } from '../core/ranking.js';
import type { AidForm, CompanyProfile, MatchResult, Measure, Status } from '../core/types.js';
import { queryMeasures } from '../db/measures.js';
import type { Db } from '../db/open.js';
import { municipalityName } from '../db/reference.js';
import { sourceDates } from '../db/snapshots.js';
import { resultDataAsOf } from '../core/freshness.js';
import type { CliContext } from './context.js';

export const DEFAULT_STATUSES: readonly Status[] = ['open', 'upcoming'];

export interface MatchRequest {
  asOf: string;
  statuses: readonly Status[];
  text?: string | null;
  source?: string | null;
  fesr?: boolean;
  aid?: readonly AidForm[] | null;
  sort?: SortKey;
  explain?: boolean;
  limit?: number | null;
  /** Only these stored records (what an update brought). */
  ids?: readonly string[] | null;
}

/** `--as-of` or today in Europe/Rome. */
export function asOfDay(flag: string | undefined, ctx: CliContext): string {
  return flag ? parseAsOf(flag) : romeDate(ctx.now());
}

/** The measures worth matching: the SQL-side filters (source, programme, text, not closed). */
export function candidateMeasures(db: Db, request: MatchRequest): Measure[] {
  return queryMeasures(db, {
    text: request.text ?? null,
    source: request.source ?? null,
    fesrOnly: Boolean(request.fesr),
    notClosedBefore: request.statuses.includes('closed') ? null : request.asOf,
    ids: request.ids ?? null,
  });
}

/** A matcher over fixed candidates, for one profile or many (portfolio matching). */
export function createMatcher(db: Db, request: MatchRequest) {
  const dates = new Map(sourceDates(db).map((d) => [d.source, d.asOf]));
  const options: MatchOptions = {
    asOf: request.asOf,
    statuses: request.statuses,
    sort: request.sort ?? 'deadline',
    explain: Boolean(request.explain),
    aidForms: request.aid ?? null,
    municipalityName: municipalityName(db),
  };
  return (measures: readonly Measure[], profile: CompanyProfile): MatchResult[] => {
    // The limit applies after de-duplication (in the core), so a call carried by two sources
    // counts once.
    return matchMeasures(measures, profile, { ...options, limit: request.limit ?? null }).map(
      (result) => ({ ...result, dataAsOf: resultDataAsOf(result, dates) }),
    );
  };
}

export function findMatches(db: Db, profile: CompanyProfile, request: MatchRequest): MatchResult[] {
  return createMatcher(db, request)(candidateMeasures(db, request), profile);
}
