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
