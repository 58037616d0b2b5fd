// Results as CSV (RFC 4180): the JSON keys first, then every stored field, so that a file written
// here imports back with `fesr import`. Text cells that a spreadsheet would run as a formula are
// neutralised with a leading apostrophe.
import { describeReason } from '../i18n/index.js';
import { en } from '../i18n/en.js';
import type { Messages } from '../i18n/messages.js';
import { stringify } from 'csv-stringify/sync';
import type { MatchResult, Measure, Reason } from '../core/types.js';
import { toResultRecord, type ResultRecord } from './record.js';

type Column = keyof ResultRecord | keyof Measure;

export const CSV_COLUMNS: readonly Column[] = [
  'id',
  'title',
  'source',
  'programme',
  'status',
  'opensOn',
  'closesOn',
  'daysLeft',
  'budgetEur',
  'maxAidEur',
  'aidForms',
  'sizes',
  'url',
  'eligibility',
  'reasons',
  'description',
  'actionCode',
  'managingBody',
  'procedure',
  'opensAt',
  'closesAt',
  'minAidEur',
  'minSpendEur',
  'aidDetail',
  'maxEmployees',
  'sizeNote',
  'atecoIncluded',
  'atecoExcluded',
  'atecoVersion',
  'sectorNote',
  'territory',
  'applicants',
  'applicantNote',
  'sourceUrls',
  'evidence',
  'callCode',
  'notes',
  'datesNote',
  'areaScope',
  'sectorsListed',
  'statusSeen',
  'sourceIds',
  'dataAsOf',
];

const PLAIN_NUMBER = /^[+-]?\d+([.,]\d+)?$/;

/** Text a spreadsheet would run as a formula: it begins with = + - @ tab or CR and is no number. */
export function isFormulaLike(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text) && !PLAIN_NUMBER.test(text);
}

/**
 * A leading apostrophe before formula-like text, and before text that already reads as neutralised
 * (`'=x`, `''=x`): the importer takes one apostrophe off exactly these, so every value survives a
 * round trip.
 */
export function neutraliseFormula(text: string): string {
  return isFormulaLike(text.replace(/^'+/, '')) ? `'${text}` : text;
}

/** Reasons as one text cell, in English like the rest of the CSV. */
export function formatReasons(reasons: readonly Reason[], t: Messages = en): string {
  return reasons.map((r) => `${r.criterion}: ${r.verdict} (${describeReason(r, t)})`).join('; ');
}

function cell(value: unknown, excel: boolean): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return excel ? String(value).replace('.', ',') : value;
  if (Array.isArray(value)) {
    const text = value.every((v) => typeof v === 'string')
      ? value.join('; ')
      : formatReasons(value as Reason[]);
    return neutraliseFormula(text);
  }
  return neutraliseFormula(String(value));
}

/** NUL is no text: a CSV holding one is refused by readers (fesr's own included). */
function withoutNul(value: string | number): string | number {
  // eslint-disable-next-line no-control-regex
  return typeof value === 'string' ? value.replace(/\u0000/g, '') : value;
}

export interface CsvOptions {
  /** Excel in an Italian locale: BOM, `;` delimiter, decimal comma. */
  excel?: boolean;
}

function stringifyRows(rows: readonly (readonly unknown[])[], excel: boolean): string {
  return stringify(
    rows.map((row) => row.map((v) => withoutNul(cell(v, excel)))),
    {
      delimiter: excel ? ';' : ',',
      record_delimiter: 'windows',
      // Space at either end, and any line break: a reader that takes a bare CR (or LF) as the end of
      // a row sees it inside quotes, never a new row whose first cell escaped neutralisation.
      quoted_match: /^\s|\s$|[\r\n\u2028\u2029]/,
    },
  );
}

/** Any table of values as fesr writes CSV: neutralised text, lists joined, Excel dialect on request. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly unknown[])[],
  options: CsvOptions = {},
): string {
  const excel = options.excel ?? false;
  const text = stringifyRows([header, ...rows], excel);
  return excel ? `\uFEFF${text}` : text;
}

/** Rows are turned into text this many at a time: one call per row would cost more than the row. */
const CSV_BATCH = 256;

/** What `toCsv` writes, in pieces of a few hundred rows: the same bytes, in flat memory. */
export function* csvChunks(
  header: readonly string[],
  rows: Iterable<readonly unknown[]>,
  options: CsvOptions = {},
): Generator<string, void, undefined> {
  const excel = options.excel ?? false;
  let batch: (readonly unknown[])[] = [header];
  let prefix = excel ? '\uFEFF' : '';
  for (const row of rows) {
    batch.push(row);
    if (batch.length < CSV_BATCH) continue;
    yield prefix + stringifyRows(batch, excel);
    prefix = '';
    batch = [];
  }
  if (batch.length || prefix) yield prefix + stringifyRows(batch, excel);
}

function resultRow(result: MatchResult): unknown[] {
  const record: Record<string, unknown> = { ...result.measure, ...toResultRecord(result) };
  return CSV_COLUMNS.map((column) => record[column]);
}

function* resultRows(results: Iterable<MatchResult>): Generator<unknown[], void, undefined> {
  for (const result of results) yield resultRow(result);
}

/** Results as `renderCsv` writes them, a few hundred at a time. */
export function csvResultChunks(
  results: Iterable<MatchResult>,
  options: CsvOptions = {},
): Generator<string, void, undefined> {
  return csvChunks(CSV_COLUMNS, resultRows(results), options);
}

export function renderCsv(results: readonly MatchResult[], options: CsvOptions = {}): string {
  return toCsv(CSV_COLUMNS, results.map(resultRow), options);
}
