// What a consultant reads first about each client firm of a portfolio: how many calls it may
// apply to, how many of those still need checking, the aid within reach and the nearest deadline
// (a firm with none says why through `core/why-none.ts`, as the wizard does).
import { foldText, levenshtein } from './text.js';
import type { MatchResult } from './types.js';

export interface FirmSummary {
  /** Results with every criterion passed. */
  eligible: number;
  /** Results with no criterion failed but some to verify. */
  toVerify: number;
  /**
   * The sum of the maximum aid of the results that state one: an upper bound of what the firm
   * could obtain from the listed calls, not a forecast (calls may exclude each other).
   */
  reachableEur: number;
  /** How many results state no maximum aid (left out of `reachableEur`). */
  withoutMaxAid: number;
  /** The soonest closing day among the results open now, and the call that closes then. */
  nearestDeadline: { closesOn: string; id: string } | null;
}

export function summariseFirm(results: readonly MatchResult[]): FirmSummary {
  const summary: FirmSummary = {
    eligible: 0,
    toVerify: 0,
    reachableEur: 0,
    withoutMaxAid: 0,
    nearestDeadline: null,
  };
  for (const r of results) {
    if (r.eligibility === 'eligible') summary.eligible++;
    else if (r.eligibility === 'unverified') summary.toVerify++;
    else continue;
    if (r.measure.maxAidEur === null) summary.withoutMaxAid++;
    else summary.reachableEur += r.measure.maxAidEur;
    const closesOn = r.status.closesOn;
    if (
      r.status.status === 'open' &&
      closesOn !== null &&
      (summary.nearestDeadline === null || closesOn < summary.nearestDeadline.closesOn)
    )
      summary.nearestDeadline = { closesOn, id: r.measure.id };
  }
  return summary;
}

export interface PortfolioTotals {
  /** Rows read as firms (judged), with or without matches. */
  firms: number;
  withoutMatches: number;
  skipped: number;
  matches: number;
  eligible: number;
  toVerify: number;
}

export function emptyTotals(): PortfolioTotals {
  return { firms: 0, withoutMatches: 0, skipped: 0, matches: 0, eligible: 0, toVerify: 0 };
}

/** Adds one judged firm to the totals. */
export function addToTotals(totals: PortfolioTotals, summary: FirmSummary): void {
  totals.firms++;
  const matches = summary.eligible + summary.toVerify;
  if (matches === 0) totals.withoutMatches++;
  totals.matches += matches;
  totals.eligible += summary.eligible;
  totals.toVerify += summary.toVerify;
}

/** What `--firm NAME` picks among the firms of a file. */
export type FirmPick = { found: number[] } | { ambiguous: string[] } | { near: string[] };

/**
 * The lines of the firms `query` names: those whose name is the query (case, accents and
 * punctuation aside), else the one whose name contains it; several containing it is ambiguous;
 * none is not found, with the names that come close (a word off by a letter or two).
 */
export function pickFirm(
  firms: readonly { name: string; line: number }[],
  query: string,
): FirmPick {
  // Without spaces, so that `srl` is `S.r.l.` and `Due` is found in `Cremasca Due`.
  const compact = (text: string) => foldText(text).replace(/ /g, '');
  const wanted = compact(query);
  const named = firms.map((f) => ({ ...f, compact: compact(f.name) }));
  const exact = named.filter((f) => f.compact === wanted);
  if (exact.length) return { found: exact.map((f) => f.line) };
  const containing = named.filter((f) => wanted !== '' && f.compact.includes(wanted));
  if (containing.length === 1) return { found: containing.map((f) => f.line) };
  if (containing.length > 1) return { ambiguous: [...new Set(containing.map((f) => f.name))] };
  const words = foldText(query)
    .split(' ')
    .filter((w) => w.length >= 3);
  const near = firms.filter((f) =>
    foldText(f.name)
      .split(' ')
      .some((w) => words.some((q) => levenshtein(w, q) <= (q.length >= 6 ? 2 : 1))),
  );
  return { near: [...new Set(near.map((f) => f.name))].slice(0, 5) };
}
