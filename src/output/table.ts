// The result table: fits the terminal (80 columns at least), one line per measure, a footer with
// the count, the total allocation and how many close within 30 days.
import { closesSoon } from '../core/dates.js';
import type { Eligibility, MatchResult } from '../core/types.js';
import type { Messages } from '../i18n/messages.js';
import { paintVerdict, type Colors } from './colors.js';
import { Grid } from './grid.js';
import { sanitizeText, truncate, visibleWidth, wrapLines } from './text.js';

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

/**
 * Off a terminal, the title column is widened to the longest id among the first this many
 * results: the widths must be fixed before the first row is written, and a table streams however
 * many rows follow. A later, longer id is split at a hyphen, as on a terminal.
 */
export const WIDTH_LOOKAHEAD = 1000;

/**
 * The table as it is written, piece by piece: the header, then each row as soon as its result is
 * known, then the footer. Memory stays flat whatever the number of results.
 */
export function* tableChunks(
  results: Iterable<MatchResult>,
  options: TableOptions,
): Generator<string, void, undefined> {
  const { messages: t, colors: c } = options;
  const width = Math.max(80, options.width);
  // Borders take 1 + 3 per column; fixed columns take the rest, the title gets what is left, so
  // that the id under it (to pass to `fesr show`) is seldom cut.
  const fixed = { mark: 1, status: 15, aid: 10 };
  const fitting = width - 1 - (1 + 3 * 4) - fixed.mark - fixed.status - fixed.aid;
  const iterator = results[Symbol.iterator]();
  const ahead: MatchResult[] = [];
  let titleWidth = fitting;
  if (options.whole) {
    for (let n = 0; n < WIDTH_LOOKAHEAD; n++) {
      const next = iterator.next();
      if (next.done) break;
      ahead.push(next.value);
      titleWidth = Math.max(titleWidth, visibleWidth(sanitizeText(next.value.measure.id)));
    }
  }
  const grid = new Grid([fixed.mark, titleWidth, fixed.status, fixed.aid], c);
  yield grid.top() + grid.head(['', t.headingTitle(), t.headingStatus(), t.headingMaxAid()]);
  const tally = new FooterTally();
  const row = (r: MatchResult): string => {
    tally.add(r);
    const colouredMark = paintVerdict(c, VERDICT_OF[r.eligibility], MARKS[r.eligibility]);
    const status = t.statusLabel(r.status.status, r.status.daysLeft, r.status.opensOn);
    const soon = closesSoon(r.status);
    const when = t.statusDate(r.status.status, r.status.opensOn, r.status.closesOn);
    // Title on up to two lines, then the id to pass to `fesr show`.
    const title = wrapLines(sanitizeText(r.measure.title), titleWidth, 2);
    return grid.row([
      colouredMark,
      [...title, ...idLines(r, titleWidth).map((line) => c.dim(line))].join('\n'),
      [soon ? c.red(status) : status, when ? c.dim(when) : ''].join('\n'),
      // The most a firm may get, then the forms of the aid.
      [
        formatEuroShort(r.measure.maxAidEur),
        ...r.measure.aidForms.map((f) => c.dim(truncate(t.aidFormName(f), fixed.aid))),
      ].join('\n'),
    ]);
  };
  for (const r of ahead) yield row(r);
  ahead.length = 0;
  for (let next = iterator.next(); !next.done; next = iterator.next()) yield row(next.value);
  yield `${grid.bottom()}${tally.render(t)}\n${c.dim(t.legend())}\n`;
}

/** The whole table as one string (what `tableChunks` writes, joined). */
export function renderTable(results: Iterable<MatchResult>, options: TableOptions): string {
  let text = '';
  for (const chunk of tableChunks(results, options)) text += chunk;
  return text;
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
export class FooterTally {
  private count = 0;
  private totalBudget = 0;
  private withBudget = 0;
  private closingSoon = 0;
  private ineligible = 0;

  add(r: MatchResult): void {
    if (r.eligibility === 'ineligible') {
      this.ineligible++;
      return;
    }
    this.count++;
    if (r.measure.budgetEur !== null) {
      this.totalBudget += r.measure.budgetEur;
      this.withBudget++;
    }
    if (closesSoon(r.status)) this.closingSoon++;
  }

  render(t: Messages): string {
    return t.footer({
      count: this.count,
      totalBudget: this.totalBudget,
      withBudget: this.withBudget,
      closingSoon: this.closingSoon,
      ineligible: this.ineligible,
    });
  }
}

export function footer(results: Iterable<MatchResult>, t: Messages): string {
  const tally = new FooterTally();
  for (const r of results) tally.add(r);
  return tally.render(t);
}
