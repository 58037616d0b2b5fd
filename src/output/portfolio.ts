// Portfolio matching results: one row per firm and measure, and the count per firm.
import { jsonArrayChunks, toJson } from './json.js';
import type { MatchResult } from '../core/types.js';
import type { Messages } from '../i18n/messages.js';
import type { Colors } from './colors.js';
import { en } from '../i18n/en.js';
import { csvChunks, formatReasons, toCsv, type CsvOptions } from './csv.js';
import { Grid, renderGrid } from './grid.js';
import { formatEuroShort, WIDTH_LOOKAHEAD } from './table.js';
import { sanitizeText, truncate, visibleWidth, wrapLines } from './text.js';
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

export interface PortfolioTableOptions {
  /** Off a terminal: the measure column as wide as the longest id, so no id is cut. */
  whole?: boolean;
  /**
   * The longest id any firm can be matched to (the candidates'), so that the widths are fixed
   * before the first firm is judged; without it, the first rows set it (see WIDTH_LOOKAHEAD).
   */
  idWidth?: number;
}

/**
 * The portfolio table as it is written: each firm's rows as soon as the firm is judged, then the
 * count per firm (a line per firm, kept until the end).
 */
export function* portfolioTableChunks(
  firms: Iterable<FirmMatches>,
  t: Messages,
  c: Colors,
  width: number,
  options: PortfolioTableOptions = {},
): Generator<string, void, undefined> {
  // Four columns within the terminal (80 at least): the criteria still to verify go under the
  // measure, since the full reasons are in the JSON and CSV.
  const fixed = { firm: 16, status: 15, maxAid: 7 };
  const fitting = Math.max(80, width) - 1 - (1 + 3 * 4) - fixed.firm - fixed.status - fixed.maxAid;
  const iterator = firms[Symbol.iterator]();
  const ahead: FirmMatches[] = [];
  let measureWidth = fitting;
  if (options.whole && options.idWidth !== undefined)
    measureWidth = Math.max(fitting, options.idWidth);
  else if (options.whole) {
    for (let rows = 0; rows < WIDTH_LOOKAHEAD;) {
      const next = iterator.next();
      if (next.done) break;
      ahead.push(next.value);
      rows += Math.max(1, next.value.results.length);
      for (const r of next.value.results)
        measureWidth = Math.max(measureWidth, visibleWidth(sanitizeText(r.measure.id)));
    }
  }
  const grid = new Grid([fixed.firm, measureWidth, fixed.status, fixed.maxAid], c);
  const counts: (readonly string[])[] = [];
  let started = false;
  const rowsOf = function* (firm: FirmMatches): Generator<string, void, undefined> {
    counts.push([sanitizeText(firm.name), String(firm.results.length)]);
    for (const r of firm.results) {
      if (!started) {
        started = true;
        yield (
          grid.top() +
          grid.head([
            t.portfolio.headingFirm(),
            t.headingTitle(),
            t.headingStatus(),
            t.headingMaxAid(),
          ])
        );
      }
      const when = t.statusDate(r.status.status, r.status.opensOn, r.status.closesOn);
      const toVerify = r.reasons
        .filter((p) => p.verdict !== 'pass')
        .map((p) => t.criterionName(p.criterion));
      yield grid.row([
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
  };
  for (const firm of ahead) yield* rowsOf(firm);
  ahead.length = 0;
  for (let next = iterator.next(); !next.done; next = iterator.next()) yield* rowsOf(next.value);
  if (started) yield grid.bottom();
  yield renderGrid([t.portfolio.headingFirm(), t.portfolio.headingCount()], counts, c);
}

export function renderPortfolioTable(
  firms: readonly FirmMatches[],
  t: Messages,
  c: Colors,
  width: number,
  /** Off a terminal: the measure column as wide as the longest id, so no id is cut. */
  whole = false,
): string {
  let text = '';
  for (const chunk of portfolioTableChunks(firms, t, c, width, { whole })) text += chunk;
  return text;
}

/** The JSON document of `renderPortfolioJson`, written firm by firm. */
export function* portfolioJsonChunks(
  firms: Iterable<FirmMatches>,
  /** Read once every firm is written: firms that fail while being judged are added to it. */
  skipped: readonly SkippedFirm[],
  t: Messages = en,
): Generator<string, void, undefined> {
  yield '{\n  "firms": ';
  yield* jsonArrayChunks(firms, (f) => firmRecord(f, t), 1);
  yield ',\n  "skipped": ';
  yield* jsonArrayChunks(skipped, (s) => s, 1);
  yield '\n}\n';
}

function firmRecord(f: FirmMatches, t: Messages) {
  return {
    name: f.name,
    line: f.line,
    count: f.results.length,
    matches: f.results.map((r) => toResultRecord(r, t)),
  };
}

export function renderPortfolioJson(
  firms: readonly FirmMatches[],
  skipped: readonly SkippedFirm[],
  t: Messages = en,
): string {
  return toJson({ firms: firms.map((f) => firmRecord(f, t)), skipped });
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

function* portfolioRows(
  firms: Iterable<FirmMatches>,
  t: Messages,
): Generator<unknown[], void, undefined> {
  for (const f of firms)
    for (const r of f.results)
      yield [
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
      ];
}

/** The CSV of `renderPortfolioCsv`, firm by firm. */
export function portfolioCsvChunks(
  firms: Iterable<FirmMatches>,
  options: CsvOptions = {},
  t: Messages = en,
): Generator<string, void, undefined> {
  return csvChunks(PORTFOLIO_CSV_COLUMNS, portfolioRows(firms, t), options);
}

export function renderPortfolioCsv(
  firms: readonly FirmMatches[],
  options: CsvOptions = {},
  t: Messages = en,
): string {
  return toCsv(PORTFOLIO_CSV_COLUMNS, [...portfolioRows(firms, t)], options);
}
