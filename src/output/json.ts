// Results as JSON: an array of the contract's records, two-space indented, newline-terminated.
import type { MatchResult } from '../core/types.js';
import { toFullRecord, toResultRecord } from './record.js';

export function renderJson(results: readonly MatchResult[]): string {
  return `${JSON.stringify(
    results.map((r) => toResultRecord(r)),
    null,
    2,
  )}\n`;
}

export function renderFullJson(result: MatchResult, extra: Record<string, unknown> = {}): string {
  return `${JSON.stringify({ ...toFullRecord(result), ...extra }, null, 2)}\n`;
}
