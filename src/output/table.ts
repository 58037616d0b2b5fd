// The result table: fits the terminal (80 columns at least), one line per measure, a footer with
// the count (of how many, when --limit cut the list), the total allocation and how many close
// within 30 days, then what the command adds (what the status filter hid, how to give a profile).
// Amounts and dates are written the way the catalogue's language writes them.
import { closesSoon } from '../core/dates.js';
import type { Eligibility, MatchResult } from '../core/types.js';
import { ENGLISH_FORMATS } from '../i18n/formats.js';
import type { Messages } from '../i18n/messages.js';
import { paintVerdict, type Colors } from './colors.js';
import { Grid } from './grid.js';
import { sanitizeText, truncate, visibleWidth, wrapLines } from './text.js';

const MARKS: Record<Eligibility, string> = { eligible: '✓', unverified: '?', ineligible: '✗' };
const VERDICT_OF = { eligible: 'pass', unverified: 'unknown', ineligible: 'fail' } as const;

/** The English short amount (`€1.5M`); a table in the user's language uses `t.formats`. */
export const formatEuroShort: (amount: number | null) => string = ENGLISH_FORMATS.euroShort;

export interface TableOptions {
  messages: Messages;
  colors: Colors;
  width: number;
  /**
   * Off a terminal (a pipe, a file): the layout stays, but the title column is as wide as the
   * longest id, so that every id is printed whole on one line, ready to pass to `fesr show`.
   */
  whole?: boolean;
  /**
   * --limit: only this many rows are written; the rest are still read, and counted (not kept),
   * so that the footer says "3 of 8".
   */
  limit?: number | null;
  /** Lines under the footer, asked for once every result has been read. */
  notes?: () => readonly string[];
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
  const f = t.formats;
  // 0 or none: every row (as the core reads a limit).
  const limit = options.limit ? options.limit : Infinity;
  const width = Math.max(80, options.width);
  // Borders take 1 + 3 per column; fixed columns take the rest, the title gets what is left, so
  // that the id under it (to pass to `fesr show`) is seldom cut.
  const fixed = { mark: 1, status: 15, aid: 10 };
  const fitting = width - 1 - (1 + 3 * 4) - fixed.mark - fixed.status - fixed.aid;
  const iterator = results[Symbol.iterator]();
  const ahead: MatchResult[] = [];
  let titleWidth = fitting;
  if (options.whole) {
    for (let n = 0; n < Math.min(WIDTH_LOOKAHEAD, limit); n++) {
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
    const day = (d: string | null) => (d === null ? null : f.date(d));
    const when = t.statusDate(r.status.status, day(r.status.opensOn), day(r.status.closesOn));
    // Title on up to two lines, then the id to pass to `fesr show`.
    const title = wrapLines(sanitizeText(r.measure.title), titleWidth, 2);
    for (const line of idLines(r, titleWidth)) title.push(c.dim(line));
    // The most a firm may get, then the forms of the aid.
    const aid = [f.euroShort(r.measure.maxAidEur)];
    for (const form of r.measure.aidForms)
      aid.push(c.dim(truncate(t.aidFormName(form), fixed.aid)));
    // Each cell as its lines: the title's are sanitised (one line each), the others are the
    // catalogue's words, split in case one of them holds a line break.
    return grid.rowOfLines([
      [colouredMark],
      title,
      ownLines([soon ? c.red(status) : status, when ? c.dim(when) : '']),
      ownLines(aid),
    ]);
  };
  for (const r of ahead) yield row(r);
  let written = ahead.length;
  ahead.length = 0;
  for (let next = iterator.next(); !next.done; next = iterator.next()) {
    if (written < limit) {
      written++;
      yield row(next.value);
    } else tally.addUnshown(next.value);
  }
  const notes = options.notes?.() ?? [];
  yield `${grid.bottom()}${[tally.render(t), ...notes].join('\n')}\n${c.dim(t.legend())}\n`;
}

/** Pieces of a cell as its lines: as they are, unless one holds a line break. */
function ownLines(pieces: string[]): string[] {
  return pieces.some((piece) => piece.includes('\n')) ? pieces.join('\n').split('\n') : pieces;
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

/**
 * Counts and totals of the measures the company may apply to; --explain's ✗ rows are apart, and
 * so are the matches past --limit, counted only for "3 of 8".
 */
export class FooterTally {
  private count = 0;
  private unshown = 0;
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

  /** A result past --limit: not in the table, so only a match counts, and only in the total. */
  addUnshown(r: MatchResult): void {
    if (r.eligibility !== 'ineligible') this.unshown++;
  }

  render(t: Messages): string {
    return t.footer({
      count: this.count,
      totalBudget: this.totalBudget,
      withBudget: this.withBudget,
      closingSoon: this.closingSoon,
      ineligible: this.ineligible,
      matching: this.unshown ? this.count + this.unshown : null,
    });
  }
}

export function footer(results: Iterable<MatchResult>, t: Messages): string {
  const tally = new FooterTally();
  for (const r of results) tally.add(r);
  return tally.render(t);
}
