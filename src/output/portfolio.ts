// Portfolio matching results: one row per firm and measure, and the count per firm.
import Table from 'cli-table3';
import { stringify } from 'csv-stringify/sync';
import type { MatchResult, Reason } from '../core/types.js';
import type { Messages } from '../i18n/messages.js';
import type { Colors } from './colors.js';
import { formatReasons, neutraliseFormula } from './csv.js';
import { formatEuroShort } from './table.js';
import { sanitizeText, wrapLines } from './text.js';
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

/** Reasons worth reading in a one-line cell: what is not a plain pass. */
function openPoints(reasons: readonly Reason[]): Reason[] {
  return reasons.filter((r) => r.verdict !== 'pass');
}

export function renderPortfolioTable(
  firms: readonly FirmMatches[],
  t: Messages,
  c: Colors,
  width: number,
): string {
  const total = Math.max(100, width);
  const fixed = { firm: 18, measure: 26, status: 15, maxAid: 7 };
  const reasonsWidth =
    total - 1 - (2 + 3 * 5) - fixed.firm - fixed.measure - fixed.status - fixed.maxAid;
  const table = new Table({
    head: [
      t.portfolio.headingFirm(),
      t.headingTitle(),
      t.headingStatus(),
      t.headingMaxAid(),
      t.portfolio.headingReasons(),
    ],
    colWidths: [
      fixed.firm + 2,
      fixed.measure + 2,
      fixed.status + 2,
      fixed.maxAid + 2,
      reasonsWidth + 2,
    ],
    style: { head: c.level > 0 ? ['bold'] : [], border: c.level > 0 ? ['grey'] : [] },
    wordWrap: false,
  });
  for (const firm of firms) {
    for (const r of firm.results) {
      const when = t.statusDate(r.status.status, r.status.opensOn, r.status.closesOn);
      const points = openPoints(r.reasons);
      const reasons = points.length
        ? points.flatMap((p) =>
            wrapLines(sanitizeText(`? ${p.criterion}: ${p.detail}`), reasonsWidth, 2),
          )
        : [c.green('✓')];
      table.push([
        wrapLines(sanitizeText(firm.name), fixed.firm, 2).join('\n'),
        [...wrapLines(sanitizeText(r.measure.title), fixed.measure, 2), c.dim(r.measure.id)].join(
          '\n',
        ),
        [
          t.statusLabel(r.status.status, r.status.daysLeft, r.status.opensOn),
          when ? c.dim(when) : '',
        ].join('\n'),
        formatEuroShort(r.measure.maxAidEur),
        reasons.join('\n'),
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
): string {
  const document = {
    firms: firms.map((f) => ({
      name: f.name,
      line: f.line,
      count: f.results.length,
      matches: f.results.map(toResultRecord),
    })),
    skipped,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
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

export function renderPortfolioCsv(firms: readonly FirmMatches[]): string {
  const text = (value: string | null) => (value === null ? '' : neutraliseFormula(value));
  const rows = firms.flatMap((f) =>
    f.results.map((r) => [
      text(f.name),
      f.line,
      text(r.measure.id),
      text(r.measure.title),
      r.status.status,
      r.status.opensOn ?? '',
      r.status.closesOn ?? '',
      r.status.daysLeft ?? '',
      r.measure.maxAidEur ?? '',
      r.eligibility,
      text(formatReasons(r.reasons)),
    ]),
  );
  return stringify([[...PORTFOLIO_CSV_COLUMNS], ...rows], { record_delimiter: 'windows' });
}
