// The result table: fits the terminal (80 columns at least), one line per measure, a footer with
// the count, the total allocation and how many close within 30 days.
import Table from 'cli-table3';
import { closesSoon } from '../core/dates.js';
import type { Eligibility, MatchResult } from '../core/types.js';
import type { Messages } from '../i18n/messages.js';
import { paintVerdict, type Colors } from './colors.js';
import { sanitizeText, truncate, wrapLines } from './text.js';

const MARKS: Record<Eligibility, string> = { eligible: '✓', unverified: '?', ineligible: '✗' };
const VERDICT_OF = { eligible: 'pass', unverified: 'unknown', ineligible: 'fail' } as const;

export function formatEuroShort(amount: number | null): string {
  if (amount === null) return '–';
  if (amount >= 1e6) return `€${(amount / 1e6).toFixed(amount >= 1e7 ? 0 : 1)}M`;
  if (amount >= 1e3) return `€${Math.round(amount / 1e3)}k`;
  return `€${Math.round(amount)}`;
}

export interface TableOptions {
  messages: Messages;
  colors: Colors;
  width: number;
}

export function renderTable(results: readonly MatchResult[], options: TableOptions): string {
  const { messages: t, colors: c } = options;
  const width = Math.max(80, options.width);
  // Borders take 2 + 3 per column; fixed columns take the rest, the title gets what is left.
  const fixed = { mark: 1, status: 15, maxAid: 7, aid: 10 };
  const titleWidth = width - 1 - (2 + 3 * 5) - fixed.mark - fixed.status - fixed.maxAid - fixed.aid;
  const table = new Table({
    head: ['', t.headingTitle(), t.headingStatus(), t.headingMaxAid(), t.headingAid()],
    colWidths: [fixed.mark + 2, titleWidth + 2, fixed.status + 2, fixed.maxAid + 2, fixed.aid + 2],
    style: { head: c.level > 0 ? ['bold'] : [], border: c.level > 0 ? ['grey'] : [] },
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    wordWrap: false,
  });
  for (const r of results) {
    const colouredMark = paintVerdict(c, VERDICT_OF[r.eligibility], MARKS[r.eligibility]);
    const status = t.statusLabel(r.status.status, r.status.daysLeft, r.status.opensOn);
    const soon = closesSoon(r.status);
    const when = t.statusDate(r.status.status, r.status.opensOn, r.status.closesOn);
    // Title on up to two lines, then the id to pass to `fesr show`.
    const title = wrapLines(sanitizeText(r.measure.title), titleWidth, 2);
    table.push([
      colouredMark,
      [...title, ...idLines(r).map((line) => c.dim(truncate(line, titleWidth)))].join('\n'),
      [soon ? c.red(status) : status, when ? c.dim(when) : ''].join('\n'),
      formatEuroShort(r.measure.maxAidEur),
      r.measure.aidForms.map((f) => truncate(t.aidFormName(f), fixed.aid)).join('\n') || '–',
    ]);
  }
  return `${table.toString()}\n${footer(results, t)}\n${c.dim(t.legend())}\n`;
}

/** The id to pass to `fesr show`, then every source when the call came from more than one. */
function idLines(r: MatchResult): string[] {
  return r.alsoIn.length
    ? [r.measure.id, [r.measure.source, ...r.alsoIn].join(' + ')]
    : [r.measure.id];
}

export function footer(results: readonly MatchResult[], t: Messages): string {
  const budgets = results.map((r) => r.measure.budgetEur).filter((b): b is number => b !== null);
  const total = budgets.reduce((sum, b) => sum + b, 0);
  const closingSoon = results.filter((r) => closesSoon(r.status)).length;
  return t.footer(results.length, total, budgets.length, closingSoon);
}
