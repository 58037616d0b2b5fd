// How old the data behind an answer is: per source, per result, and the one line that tells a
// user with old or bundled-only data to run `fesr update`.
import { daysBetween } from './dates.js';
import type { MatchResult } from './types.js';

/** Data older than this many days gets the notice. */
export const STALE_AFTER_DAYS = 30;

/** The source the bundled dataset is stored under. */
export const BUNDLED_SOURCE = 'bundled';

export interface SourceDate {
  source: string;
  /** The Europe/Rome day the source's data is as of: its last snapshot or import. */
  asOf: string;
}

export type FreshnessNotice =
  | { kind: 'bundled-only'; asOf: string; days: number }
  | { kind: 'stale'; asOf: string; days: number };

/** The notice for a store whose sources are as of these days, seen on `today`; null when fresh. */
export function freshnessNotice(
  sources: readonly SourceDate[],
  today: string,
): FreshnessNotice | null {
  if (sources.length === 0) return null;
  const newest = sources.reduce((a, b) => (b.asOf > a.asOf ? b : a));
  const days = Math.max(0, daysBetween(newest.asOf, today));
  if (sources.every((s) => s.source === BUNDLED_SOURCE))
    return { kind: 'bundled-only', asOf: newest.asOf, days };
  return days > STALE_AFTER_DAYS ? { kind: 'stale', asOf: newest.asOf, days } : null;
}

/**
 * The day a result's data is as of: the newest of the sources it was merged from (a call that
 * an update confirmed is as current as that update), or null when no source date is known.
 */
export function resultDataAsOf(
  result: Pick<MatchResult, 'measure' | 'alsoIn'>,
  dates: ReadonlyMap<string, string>,
): string | null {
  const days = [result.measure.source, ...result.alsoIn]
    .map((source) => dates.get(source))
    .filter((day): day is string => day !== undefined);
  return days.length ? days.reduce((a, b) => (b > a ? b : a)) : null;
}
