// The one path from filters and a profile to ranked, de-duplicated results, shared by search,
// match and the wizard so that they never disagree about what a company may apply to.
import { parseAsOf, romeDate } from '../core/dates.js';
import { matchMeasures, type MatchOptions } from '../core/match.js';
import type { SortKey } from '../core/ranking.js';
import type { AidForm, CompanyProfile, MatchResult, Status } from '../core/types.js';
import { queryOf, type CriteriaRequest } from '../core/criteria-index.js';
import {
  candidateKeys,
  candidateRecords,
  indexedCandidates,
  survivorsOf,
  type BaseFilter,
  type Candidate,
  type CandidateKey,
} from '../db/criteria.js';
import { Heap } from '../core/heap.js';
import {
  compareBounds,
  compareMatches,
  groupBound,
  sortsBeforeBound,
  type SortBound,
} from '../core/ranking.js';
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

/** The request's base set: the filters that do not depend on the profile. */
function baseFilter(request: MatchRequest): BaseFilter {
  return {
    text: request.text ?? null,
    source: request.source ?? null,
    fesrOnly: Boolean(request.fesr),
    ids: request.ids ?? null,
  };
}

function criteriaRequest(request: MatchRequest): CriteriaRequest {
  return { asOf: request.asOf, statuses: request.statuses, explain: Boolean(request.explain) };
}

/**
 * Judges candidates with the core: they are merged by their store-wide call groups, then
 * statuses, eligibility, sort and the limit apply (the limit after de-duplication, so a call
 * carried by two sources counts once).
 */
function judgeWith(db: Db, request: MatchRequest) {
  const dates = new Map(sourceDates(db).map((d) => [d.source, d.asOf]));
  const options: MatchOptions = {
    asOf: request.asOf,
    statuses: request.statuses,
    sort: request.sort ?? 'deadline',
    explain: Boolean(request.explain),
    aidForms: request.aid ?? null,
    municipalityName: municipalityName(db),
    limit: request.limit ?? null,
  };
  return (candidates: readonly Candidate[], profile: CompanyProfile): MatchResult[] => {
    const groupOf = new Map(candidates.map((c) => [c.measure, c.group]));
    const measures = candidates.map((c) => c.measure);
    return matchMeasures(measures, profile, {
      ...options,
      groupOf: (m) => groupOf.get(m) ?? -1,
    }).map((result) => ({ ...result, dataAsOf: resultDataAsOf(result, dates) }));
  };
}

/**
 * A matcher for many profiles (portfolio matching): the base set and its criteria index are
 * read once; each profile is narrowed in memory with the same test the SQL uses.
 */
export function createMatcher(db: Db, request: MatchRequest) {
  const judge = judgeWith(db, request);
  const all = indexedCandidates(db, baseFilter(request));
  const criteria = criteriaRequest(request);
  const matcher = (profile: CompanyProfile): MatchResult[] =>
    judge(
      survivorsOf(all, queryOf(profile, criteria)).map((item) => item.candidate()),
      profile,
    );
  // The ids of the whole base set: a table sized for any of them never cuts one.
  return Object.assign(matcher, { candidateIds: () => all.map((item) => item.id) });
}

/** Call groups judged together per page: whole groups, so that a call is merged in one page. */
const GROUPS_PER_PAGE = 256;

/** The candidates' call groups (members in store order), in the order their bounds promise. */
function orderedGroups(
  keys: readonly CandidateKey[],
  sort: SortKey,
): { bound: SortBound; members: CandidateKey[] }[] {
  const byGroup = new Map<number, CandidateKey[]>();
  for (const key of keys) {
    const members = byGroup.get(key.group);
    if (members) members.push(key);
    else byGroup.set(key.group, [key]);
  }
  const groups = [...byGroup.values()].map((members) => ({
    bound: groupBound(sort, members),
    members,
  }));
  // A stable sort: groups with equal bounds keep store order.
  const order = compareBounds(sort);
  return groups.sort((a, b) => order(a.bound, b.bound));
}

/**
 * The candidates judged a page of call groups at a time, in the order the sort key's bounds
 * promise: SQLite gives the candidates' keys, and each page's records are read only when it is
 * asked for. `next` is the first group of the next page (none after the last page); its bound
 * may itself be null.
 */
function* judgedPages(
  db: Db,
  profile: CompanyProfile,
  request: MatchRequest,
  groupsPerPage: number,
): Generator<{ results: MatchResult[]; next: { bound: SortBound } | undefined }, void, undefined> {
  const keys = candidateKeys(db, baseFilter(request), queryOf(profile, criteriaRequest(request)));
  const groups = orderedGroups(keys, request.sort ?? 'deadline');
  const judge = judgeWith(db, { ...request, limit: null });
  for (let start = 0; start < groups.length; start += groupsPerPage) {
    const page = groups.slice(start, start + groupsPerPage);
    const results = judge(
      candidateRecords(
        db,
        page.flatMap((g) => g.members),
      ),
      profile,
    );
    yield { results, next: groups[start + groupsPerPage] };
  }
}

/**
 * The results for a profile in their final order, produced lazily: a result of a judged page is
 * yielded once no later group can sort before it. The same results, in the same order, as
 * judging every candidate and sorting; with `--limit` it stops when enough are out.
 */
export function* matchResults(
  db: Db,
  profile: CompanyProfile,
  request: MatchRequest,
  groupsPerPage = GROUPS_PER_PAGE,
): Generator<MatchResult, void, undefined> {
  const sort = request.sort ?? 'deadline';
  // No limit, or 0 (as the core reads it): every result.
  const limit = request.limit ? request.limit : null;
  const waiting = new Heap(compareMatches(sort));
  let given = 0;
  for (const page of judgedPages(db, profile, request, groupsPerPage)) {
    for (const result of page.results) waiting.push(result);
    if (!page.next) break;
    const bound = page.next.bound;
    while (waiting.size && sortsBeforeBound(waiting.peek() as MatchResult, sort, bound)) {
      yield waiting.pop() as MatchResult;
      if (limit !== null && ++given >= limit) return;
    }
  }
  while (waiting.size) {
    yield waiting.pop() as MatchResult;
    if (limit !== null && ++given >= limit) return;
  }
}

/**
 * How many results a request gives (what a footer says was left out), whatever its limit: the
 * pages are judged and counted, and none is kept or put in order.
 */
export function countMatches(
  db: Db,
  profile: CompanyProfile,
  request: MatchRequest,
  groupsPerPage = GROUPS_PER_PAGE,
): number {
  let count = 0;
  for (const page of judgedPages(db, profile, request, groupsPerPage)) count += page.results.length;
  return count;
}

export function findMatches(db: Db, profile: CompanyProfile, request: MatchRequest): MatchResult[] {
  return [...matchResults(db, profile, request)];
}
