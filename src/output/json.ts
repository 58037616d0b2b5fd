// Results as JSON: an array of the contract's records, two-space indented, newline-terminated.
import type { MatchResult } from '../core/types.js';
import { toFullRecord, toResultRecord } from './record.js';

/**
 * Characters JSON.stringify leaves raw that a terminal acts on (C1 controls such as the 8-bit CSI,
 * DEL) or that reorder or hide text (bidi, zero-width, line separators): written as \u escapes,
 * so the document is the same data and safe to print.
 */
const TERMINAL_UNSAFE = /[\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/** Any value as fesr writes JSON: two-space indented, newline-terminated, terminal-safe. */
export function toJson(value: unknown): string {
  const text = JSON.stringify(value, null, 2).replace(
    TERMINAL_UNSAFE,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `${text}\n`;
}

export function renderJson(results: readonly MatchResult[]): string {
  return toJson(results.map((r) => toResultRecord(r)));
}

export function renderFullJson(result: MatchResult, extra: Record<string, unknown> = {}): string {
  return toJson({ ...toFullRecord(result), ...extra });
}
