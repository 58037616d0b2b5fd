// Portfolio matching results: one row per firm and measure, and the count per firm.
import { toJson } from './json.js';
import Table from 'cli-table3';
import type { MatchResult } from '../core/types.js';
import type { Messages } from '../i18n/messages.js';
import type { Colors } from './colors.js';
import { en } from '../i18n/en.js';
import { formatReasons, toCsv, type CsvOptions } from './csv.js';
import { formatEuroShort } from './table.js';
import { sanitizeText, truncate, wrapLines } from './text.js';
import { toResultRecord } from './record.js';

export interface FirmMatches {
  name: string;
  /** The firm's line in the input file. */
  line: number;
  results: MatchResult[];
}

export interface SkippedFirm {
  line: number;
  reason: string;
}

export function renderPortfolioTable(
  firms: readonly FirmMatches[],
  t: Messages,
  c: Colors,
  width: number,
  /** Off a terminal: the measure column as wide as the longest id, so no id is cut. */
  whole = false,
): string {
  // Four columns within the terminal (80 at least): the criteria still to verify go under the
  // measure, since the full reasons are in the JSON and CSV.
  const fixed = { firm: 16, status: 15, maxAid: 7 };
  const fitting = Math.max(80, width) - 1 - (1 + 3 * 4) - fixed.firm - fixed.status - fixed.maxAid;
  const ids = firms.flatMap((f) => f.results.map((r) => [...sanitizeText(r.measure.id)].length));
  const measureWidth = whole ? Math.max(fitting, ...ids) : fitting;
  const table = new Table({
    head: [t.portfolio.headingFirm(), t.headingTitle(), t.headingStatus(), t.headingMaxAid()],
    colWidths: [fixed.firm + 2, measureWidth + 2, fixed.status + 2, fixed.maxAid + 2],
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    style: { head: c.level > 0 ? ['bold'] : [], border: c.level > 0 ? ['grey'] : [] },
    wordWrap: false,
  });
  for (const firm of firms) {
    for (const r of firm.results) {
      const when = t.statusDate(r.status.status, r.status.opensOn, r.status.closesOn);
      const toVerify = r.reasons
        .filter((p) => p.verdict !== 'pass')
        .map((p) => t.criterionName(p.criterion));
      table.push([
        wrapLines(sanitizeText(firm.name), fixed.firm, 2).join('\n'),
        [
          ...wrapLines(sanitizeText(r.measure.title), measureWidth, 2),
          c.dim(truncate(sanitizeText(r.measure.id), measureWidth)),
          ...(toVerify.length
            ? [c.yellow(truncate(`? ${toVerify.join(', ')}`, measureWidth))]
            : []),
        ].join('\n'),
        [
          t.statusLabel(r.status.status, r.status.daysLeft, r.status.opensOn),
          when ? c.dim(when) : '',
        ].join('\n'),
        formatEuroShort(r.measure.maxAidEur),
      ]);
    }
  }
  const counts = new Table({
    head: [t.portfolio.headingFirm(), t.portfolio.headingCount()],
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    style: { head: c.level > 0 ? ['bold'] : [], border: c.level > 0 ? ['grey'] : [] },
  });
  for (const firm of firms) counts.push([sanitizeText(firm.name), firm.results.length]);
  const rows = firms.some((f) => f.results.length) ? `${table.toString()}\n` : '';
  return `${rows}${counts.toString()}\n`;
}

export function renderPortfolioJson(
  firms: readonly FirmMatches[],
  skipped: readonly SkippedFirm[],
  t: Messages = en,
): string {
  const document = {
    firms: firms.map((f) => ({
      name: f.name,
      line: f.line,
      count: f.results.length,
      matches: f.results.map((r) => toResultRecord(r, t)),
    })),
    skipped,
  };
  return toJson(document);
}

export const PORTFOLIO_CSV_COLUMNS = [
  'firm',
  'line',
  'id',
  'title',
  'status',
  'opensOn',
  'closesOn',
  'daysLeft',
  'maxAidEur',
  'eligibility',
  'reasons',
] as const;

export function renderPortfolioCsv(
  firms: readonly FirmMatches[],
  options: CsvOptions = {},
  t: Messages = en,
): string {
  const rows = firms.flatMap((f) =>
    f.results.map((r) => [
      f.name,
      f.line,
      r.measure.id,
      r.measure.title,
      r.status.status,
      r.status.opensOn,
      r.status.closesOn,
      r.status.daysLeft,
      r.measure.maxAidEur,
      r.eligibility,
      formatReasons(r.reasons, t),
    ]),
  );
  return toCsv(PORTFOLIO_CSV_COLUMNS, rows, options);
}
