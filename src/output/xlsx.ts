// Results as a real Excel workbook (.xlsx), for a client to open, sort and filter: typed cells
// (numbers as numbers, days as dates), columns sized to their content, a frozen bold header with
// an autofilter, calls' titles linked to their page. Written by exceljs's streaming writer, a row
// at a time, so a large portfolio is never held whole. exceljs is loaded only when a workbook is
// written: `fesr search` in a table or JSON never pays for it.
import type { Writable } from 'node:stream';
import type { FirmSummary, PortfolioTotals } from '../core/portfolio.js';
import type { MatchResult } from '../core/types.js';
import type { Messages, WorkbookColumn } from '../i18n/messages.js';
import type { FirmHeading, JudgedFirm, SkippedFirm } from './portfolio.js';
import { formatReasons } from './csv.js';

/** A cell: text, a number, a day (`YYYY-MM-DD`, written as an Excel date), a link, or empty. */
export type XlsxCell =
  string | number | { day: string } | { text: string; url: string | null } | null;

/** How a column's cells are shown: as written, whole numbers, euro amounts, or days. */
export type XlsxFormat = 'text' | 'integer' | 'euro' | 'date';

export interface XlsxColumn {
  key: WorkbookColumn;
  /** Width in characters. */
  width: number;
  format: XlsxFormat;
}

export interface XlsxSheet {
  name: string;
  columns: readonly XlsxColumn[];
  rows: Iterable<readonly XlsxCell[]>;
  /** A last row in bold (totals), written after `rows`; read once they are written. */
  footer?: () => readonly XlsxCell[] | null;
}

/** The longest text a cell holds (Excel's limit). */
const CELL_LIMIT = 32_767;

/**
 * Text as a cell may hold it: no character that XML 1.0 forbids (C0 controls but tab and line
 * breaks, lone surrogates, U+FFFE/FFFF), which would make the file unreadable, and no more than
 * Excel's limit. Text is always written as text, never as a formula.
 */
export function cellText(text: string): string {
  const clean = text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
  return clean.length > CELL_LIMIT ? `${clean.slice(0, CELL_LIMIT - 1)}…` : clean;
}

/** Only web addresses become links: a `javascript:` or `file:` address in the data stays text. */
function webAddress(url: string | null): string | null {
  return url !== null && /^https?:\/\/[^\s]+$/i.test(url) ? url : null;
}

/** A day as Excel stores it: midnight UTC, so that the serial number is a whole day. */
function dayValue(day: string): Date | string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : day;
}

const NUMBER_FORMATS: Record<XlsxFormat, (t: Messages) => string | undefined> = {
  text: () => undefined,
  integer: () => '0',
  euro: () => '#,##0 "€"',
  date: (t) => (t.lang === 'it' ? 'dd/mm/yyyy' : 'yyyy-mm-dd'),
};

/** Rows between two turns of the event loop: a Ctrl+C is heard while a big sheet is written. */
const ROWS_PER_TURN = 500;

/**
 * Writes the sheets, in order, as one workbook into `out` (which exceljs ends). Each sheet has a
 * frozen bold header with an autofilter over its rows.
 */
export async function writeWorkbook(
  out: Writable,
  sheets: readonly XlsxSheet[],
  t: Messages,
): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'fesr';
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(cellText(sheet.name).slice(0, 31), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    worksheet.columns = sheet.columns.map((column) => {
      const numFmt = NUMBER_FORMATS[column.format](t);
      return {
        header: cellText(t.workbook.column(column.key)),
        key: column.key,
        width: column.width,
        ...(numFmt ? { style: { numFmt } } : {}),
      };
    });
    const header = worksheet.getRow(1);
    header.font = { bold: true };
    header.commit();
    let rowNumber = 1;
    const add = (cells: readonly XlsxCell[], bold = false) => {
      const row = worksheet.addRow(cells.map(toValue));
      rowNumber++;
      cells.forEach((cell, i) => {
        if (cell !== null && typeof cell === 'object' && 'url' in cell && webAddress(cell.url))
          row.getCell(i + 1).font = { color: { argb: 'FF0563C1' }, underline: true, bold };
      });
      if (bold) row.font = { bold: true };
      row.commit();
    };
    for (const cells of sheet.rows) {
      add(cells);
      if (rowNumber % ROWS_PER_TURN === 0) await new Promise((r) => setImmediate(r));
    }
    const footer = sheet.footer?.();
    if (footer) add(footer, true);
    worksheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: rowNumber, column: sheet.columns.length },
    };
    worksheet.commit();
  }
  await workbook.commit();
}

function toValue(cell: XlsxCell) {
  if (cell === null || typeof cell === 'number') return cell;
  if (typeof cell === 'string') return cellText(cell);
  if ('day' in cell) return dayValue(cell.day);
  const url = webAddress(cell.url);
  return url ? { text: cellText(cell.text), hyperlink: url } : cellText(cell.text);
}

const RESULT_COLUMNS: readonly XlsxColumn[] = [
  { key: 'title', width: 60, format: 'text' },
  { key: 'id', width: 28, format: 'text' },
  { key: 'status', width: 12, format: 'text' },
  { key: 'opensOn', width: 12, format: 'date' },
  { key: 'closesOn', width: 12, format: 'date' },
  { key: 'daysLeft', width: 10, format: 'integer' },
  { key: 'maxAidEur', width: 14, format: 'euro' },
  { key: 'budgetEur', width: 16, format: 'euro' },
  { key: 'aidForms', width: 18, format: 'text' },
  { key: 'eligibility', width: 14, format: 'text' },
  { key: 'criteriaToVerify', width: 24, format: 'text' },
  { key: 'programme', width: 26, format: 'text' },
  { key: 'source', width: 12, format: 'text' },
  { key: 'reasons', width: 80, format: 'text' },
];

/** The cells of one result, in the order of RESULT_COLUMNS. */
function resultCells(r: MatchResult, t: Messages): XlsxCell[] {
  const day = (d: string | null) => (d === null ? null : { day: d });
  return [
    { text: r.measure.title, url: r.measure.url },
    r.measure.id,
    t.statusLabel(r.status.status, null, r.status.opensOn),
    day(r.status.opensOn),
    day(r.status.closesOn),
    r.status.daysLeft,
    r.measure.maxAidEur,
    r.measure.budgetEur,
    r.measure.aidForms.map((f) => t.aidFormName(f)).join(', '),
    t.eligibilityName(r.eligibility),
    toVerify(r, t),
    r.measure.programme,
    r.measure.source,
    formatReasons(r.reasons, t),
  ];
}

function toVerify(r: MatchResult, t: Messages): string {
  return r.reasons
    .filter((p) => p.verdict === 'unknown')
    .map((p) => t.criterionName(p.criterion))
    .join(', ');
}

/** `fesr search --format xlsx`: one sheet of results. */
export function resultSheets(results: Iterable<MatchResult>, t: Messages): XlsxSheet[] {
  function* rows() {
    for (const r of results) yield resultCells(r, t);
  }
  return [{ name: t.workbook.resultsSheet(), columns: RESULT_COLUMNS, rows: rows() }];
}

const SUMMARY_COLUMNS: readonly XlsxColumn[] = [
  { key: 'firm', width: 34, format: 'text' },
  { key: 'line', width: 7, format: 'integer' },
  { key: 'province', width: 10, format: 'text' },
  { key: 'size', width: 10, format: 'text' },
  { key: 'ateco', width: 14, format: 'text' },
  { key: 'eligible', width: 11, format: 'integer' },
  { key: 'toVerify', width: 12, format: 'integer' },
  { key: 'reachableEur', width: 16, format: 'euro' },
  { key: 'nearestDeadline', width: 14, format: 'date' },
  { key: 'nearestCall', width: 28, format: 'text' },
  { key: 'note', width: 70, format: 'text' },
];

const DETAIL_COLUMNS: readonly XlsxColumn[] = [
  { key: 'firm', width: 34, format: 'text' },
  { key: 'line', width: 7, format: 'integer' },
  ...RESULT_COLUMNS,
];

function summaryCells(f: FirmHeading, t: Messages): XlsxCell[] {
  const s: FirmSummary = f.summary;
  return [
    f.name,
    f.line,
    f.province,
    f.size ? t.sizeName(f.size) : null,
    f.ateco.join(', ') || null,
    s.eligible,
    s.toVerify,
    s.eligible + s.toVerify ? s.reachableEur : null,
    s.nearestDeadline ? { day: s.nearestDeadline.closesOn } : null,
    s.nearestDeadline?.id ?? null,
    f.note,
  ];
}

/**
 * `fesr match --format xlsx`: the summary (a row per firm and per row not read, the totals last)
 * and the detail (a row per firm and call).
 */
export function portfolioSheets(
  headings: readonly FirmHeading[],
  skipped: readonly SkippedFirm[],
  details: Iterable<JudgedFirm>,
  totals: PortfolioTotals,
  t: Messages,
): XlsxSheet[] {
  function* summaryRows() {
    const rows: { line: number; cells: XlsxCell[] }[] = [
      ...headings.map((f) => ({ line: f.line, cells: summaryCells(f, t) })),
      ...skipped.map((s) => ({
        line: s.line,
        cells: [s.name, s.line, null, null, null, null, null, null, null, null, s.reason],
      })),
    ];
    rows.sort((a, b) => a.line - b.line);
    for (const row of rows) yield row.cells;
  }
  function* detailRows() {
    for (const f of details)
      for (const r of f.results) yield [f.name, f.line, ...resultCells(r, t)];
  }
  return [
    {
      name: t.workbook.summarySheet(),
      columns: SUMMARY_COLUMNS,
      rows: summaryRows(),
      footer: () => [
        t.workbook.totalRow(),
        null,
        null,
        null,
        null,
        totals.eligible,
        totals.toVerify,
        null,
        null,
        null,
        t.portfolio.totals(totals),
      ],
    },
    { name: t.workbook.detailSheet(), columns: DETAIL_COLUMNS, rows: detailRows() },
  ];
}
