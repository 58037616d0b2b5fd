// Orderings for result lists. Unknown values always go last, whatever the direction.
import type { Eligibility, MatchResult } from './types.js';

export const SORT_KEYS = ['deadline', 'amount', 'budget', 'title'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

const ELIGIBILITY_ORDER: Record<Eligibility, number> = {
  eligible: 0,
  unverified: 1,
  ineligible: 2,
};

function nullsLast<T>(a: T | null, b: T | null, compare: (x: T, y: T) => number): number {
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compare(a, b);
}

// Built on first use (an Intl collator costs milliseconds at start-up).
let italianCollator: Intl.Collator | null = null;
const italian = (): Intl.Collator => (italianCollator ??= new Intl.Collator('it'));
const ascending = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
const descending = (x: number, y: number) => y - x;

const byKey: Record<SortKey, (a: MatchResult, b: MatchResult) => number> = {
  // Soonest deadline first; open-ended calls (no closing day) after every dated one.
  deadline: (a, b) => nullsLast(a.status.closesOn, b.status.closesOn, ascending),
  amount: (a, b) => nullsLast(a.measure.maxAidEur, b.measure.maxAidEur, descending),
  budget: (a, b) => nullsLast(a.measure.budgetEur, b.measure.budgetEur, descending),
  title: (a, b) => italian().compare(a.measure.title, b.measure.title),
};

export function compareMatches(key: SortKey) {
  return (a: MatchResult, b: MatchResult): number =>
    byKey[key](a, b) ||
    ELIGIBILITY_ORDER[a.eligibility] - ELIGIBILITY_ORDER[b.eligibility] ||
    italian().compare(a.measure.title, b.measure.title) ||
    ascending(a.measure.id, b.measure.id);
}

/**
 * What a call group's records promise about the sort key of its result before they are read: the
 * earliest closing day they may give (deadline), the largest amount or budget (amount, budget);
 * null when none gives one. Title order has no bound: every result is judged first.
 */
export type SortBound = string | number | null;

/** The members' promised keys, as one bound for their merged result. */
export function groupBound(
  key: SortKey,
  members: readonly {
    closesBound: string | null;
    maxAidEur: number | null;
    budgetEur: number | null;
  }[],
): SortBound {
  if (key === 'deadline') {
    const days = members.flatMap((m) => (m.closesBound === null ? [] : [m.closesBound]));
    return days.length ? days.reduce((a, b) => (b < a ? b : a)) : null;
  }
  if (key === 'amount' || key === 'budget') {
    const values = members.flatMap((m) => {
      const value = key === 'amount' ? m.maxAidEur : m.budgetEur;
      return value === null ? [] : [value];
    });
    return values.length ? Math.max(...values) : null;
  }
  return null;
}

/** Groups in the order their bounds promise: a result can sort before a later group's only by key. */
export function compareBounds(key: SortKey) {
  return (a: SortBound, b: SortBound): number => {
    if (key === 'title') return 0;
    if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
    if (key === 'deadline') return ascending(String(a), String(b));
    return descending(Number(a), Number(b));
  };
}

/**
 * Whether `result` sorts before every result of a group whose bound is `bound` (and of every
 * group after it): its key is strictly before the bound. Ties wait, since the later result may
 * win on eligibility or title; title order never knows.
 */
export function sortsBeforeBound(result: MatchResult, key: SortKey, bound: SortBound): boolean {
  if (key === 'deadline') {
    const closes = result.status.closesOn;
    return closes !== null && (bound === null || closes < String(bound));
  }
  if (key === 'amount' || key === 'budget') {
    const value = key === 'amount' ? result.measure.maxAidEur : result.measure.budgetEur;
    return value !== null && (bound === null || value > Number(bound));
  }
  return false;
}
