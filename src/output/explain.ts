// Per-criterion reasons as readable lines: ✓ pass, ✗ fail, ? unknown.
import type { MatchResult, Reason, Verdict } from '../core/types.js';
import { describeReason } from '../i18n/index.js';
import type { Messages } from '../i18n/messages.js';
import { paintVerdict, type Colors } from './colors.js';
import { sanitizeText } from './text.js';

const SYMBOLS: Record<Verdict, string> = { pass: '✓', fail: '✗', unknown: '?' };

export function renderReasons(
  reasons: readonly Reason[],
  t: Messages,
  c: Colors,
  indent = '  ',
): string {
  return reasons
    .map((r) => {
      const mark = paintVerdict(c, r.verdict, SYMBOLS[r.verdict]);
      return `${indent}${mark} ${t.criterionName(r.criterion)}: ${sanitizeText(describeReason(r, t))}`;
    })
    .join('\n');
}

export function renderExplanations(
  results: readonly MatchResult[],
  t: Messages,
  c: Colors,
): string {
  return results
    .map(
      (r) =>
        `${c.bold(sanitizeText(r.measure.title))} ${c.dim(`[${sanitizeText(r.measure.id)}]`)}\n${renderReasons(r.reasons, t, c)}`,
    )
    .join('\n\n');
}
