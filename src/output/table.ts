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
  /**
   * Off a terminal (a pipe, a file): the layout stays, but the title column is as wide as the
   * longest id, so that every id is printed whole on one line, ready to pass to `fesr show`.
   */
  whole?: boolean;
}

export function renderTable(results: readonly MatchResult[], options: TableOptions): string {
  const { messages: t, colors: c } = options;
  const width = Math.max(80, options.width);
  // Borders take 1 + 3 per column; fixed columns take the rest, the title gets what is left, so
  // that the id under it (to pass to `fesr show`) is seldom cut.
  const fixed = { mark: 1, status: 15, aid: 10 };
  const fitting = width - 1 - (1 + 3 * 4) - fixed.mark - fixed.status - fixed.aid;
  const titleWidth = options.whole
    ? Math.max(fitting, ...results.map((r) => [...sanitizeText(r.measure.id)].length))
    : fitting;
  const table = new Table({
    head: ['', t.headingTitle(), t.headingStatus(), t.headingMaxAid()],
    colWidths: [fixed.mark + 2, titleWidth + 2, fixed.status + 2, fixed.aid + 2],
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
      [...title, ...idLines(r, titleWidth).map((line) => c.dim(line))].join('\n'),
      [soon ? c.red(status) : status, when ? c.dim(when) : ''].join('\n'),
      // The most a firm may get, then the forms of the aid.
      [
        formatEuroShort(r.measure.maxAidEur),
        ...r.measure.aidForms.map((f) => c.dim(truncate(t.aidFormName(f), fixed.aid))),
      ].join('\n'),
    ]);
  }
  return `${table.toString()}\n${footer(results, t)}\n${c.dim(t.legend())}\n`;
}

/**
 * The id to pass to `fesr show` (split at a hyphen when it is wider than the column), then every
 * source when the call came from more than one.
 */
function idLines(r: MatchResult, width: number): string[] {
  const id = sanitizeText(r.measure.id);
  const cut = id.length > width ? id.lastIndexOf('-', width - 1) : -1;
  const lines = cut > 0 ? [id.slice(0, cut + 1), id.slice(cut + 1)] : [id];
  if (r.alsoIn.length) lines.push(sanitizeText([r.measure.source, ...r.alsoIn].join(' + ')));
  return lines.map((line) => truncate(line, width));
}

/** Counts and totals of the measures the company may apply to; --explain's ✗ rows are apart. */
export function footer(results: readonly MatchResult[], t: Messages): string {
  const counted = results.filter((r) => r.eligibility !== 'ineligible');
  const budgets = counted.map((r) => r.measure.budgetEur).filter((b): b is number => b !== null);
  return t.footer({
    count: counted.length,
    totalBudget: budgets.reduce((sum, b) => sum + b, 0),
    withBudget: budgets.length,
    closingSoon: counted.filter((r) => closesSoon(r.status)).length,
    ineligible: results.length - counted.length,
  });
}
