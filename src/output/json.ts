// Results as JSON: an array of the contract's records, two-space indented, newline-terminated.
import type { MatchResult } from '../core/types.js';
import { toFullRecord, toResultRecord } from './record.js';

/**
 * Characters JSON.stringify leaves raw that a terminal acts on (C1 controls such as the 8-bit CSI,
 * DEL) or that reorder or hide text (bidi, zero-width, line separators): written as \u escapes,
 * so the document is the same data and safe to print.
 */
const TERMINAL_UNSAFE = /[\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/** JSON text made terminal-safe: works on any piece of a document, escapes being per character. */
function terminalSafe(text: string): string {
  return text.replace(
    TERMINAL_UNSAFE,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Any value as fesr writes JSON: two-space indented, newline-terminated, terminal-safe. */
export function toJson(value: unknown): string {
  return `${terminalSafe(JSON.stringify(value, null, 2))}\n`;
}

/** `value` as JSON.stringify(…, null, 2) writes it nested `depth` levels deep. */
function nested(value: unknown, depth: number): string {
  const indent = '  '.repeat(depth);
  return indent + JSON.stringify(value, null, 2).replaceAll('\n', `\n${indent}`);
}

/**
 * An array as `toJson` would write it `depth` levels deep (without the newline at the end),
 * element by element: the same bytes, with only one element in memory at a time.
 */
export function* jsonArrayChunks<T>(
  items: Iterable<T>,
  toValue: (item: T) => unknown,
  depth = 0,
): Generator<string, void, undefined> {
  let first = true;
  for (const item of items) {
    yield terminalSafe(`${first ? '[\n' : ',\n'}${nested(toValue(item), depth + 1)}`);
    first = false;
  }
  yield first ? '[]' : `\n${'  '.repeat(depth)}]`;
}

/** Results as `renderJson` writes them, a result at a time. */
export function* jsonChunks(results: Iterable<MatchResult>): Generator<string, void, undefined> {
  yield* jsonArrayChunks(results, (r) => toResultRecord(r));
  yield '\n';
}

export function renderJson(results: readonly MatchResult[]): string {
  return toJson(results.map((r) => toResultRecord(r)));
}

export function renderFullJson(result: MatchResult, extra: Record<string, unknown> = {}): string {
  return toJson({ ...toFullRecord(result), ...extra });
}
