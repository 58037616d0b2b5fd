// Portfolio matching results (`fesr match`), for a consultant and the client they forward it to:
// a summary line per firm first, then each firm's calls under one heading (the firm is never
// repeated on every row), the firms with no match and the rows that could not be read with their
// reason, and the totals. JSON and CSV carry the same facts, a firm at a time.
import type { FirmSummary, PortfolioTotals } from '../core/portfolio.js';
import type { MatchResult, Size } from '../core/types.js';
import type { Messages } from '../i18n/messages.js';
import type { Colors } from './colors.js';
import { en } from '../i18n/en.js';
import { csvChunks, formatReasons, type CsvOptions } from './csv.js';
import { Grid } from './grid.js';
import { jsonArrayChunks } from './json.js';
import { WIDTH_LOOKAHEAD } from './table.js';
import { sanitizeText, truncate, visibleWidth, wrapLines } from './text.js';
import { toResultRecord } from './record.js';

/** A firm of the portfolio that was judged: what it was read as, and its summary. */
export interface FirmHeading {
  name: string;
  /** The firm's line in the input file. */
  line: number;
  /** The province siglas the firm was judged in (comma-separated), or null when not given. */
  province: string | null;
  size: Size | null;
  /** The ATECO codes as read. */
  ateco: string[];
  summary: FirmSummary;
  /** Why a firm has no match (which criteria ruled the calls out); null when it has some. */
  note: string | null;
}

export interface JudgedFirm extends FirmHeading {
  results: MatchResult[];
}

export interface SkippedFirm {
  line: number;
  /** The name the row gives, when it gives one. */
  name: string | null;
  reason: string;
}

export interface PortfolioTableOptions {
  /** Off a terminal: the call column as wide as the longest id, so no id is cut. */
  whole?: boolean;
  /**
   * The longest id any firm can be matched to (the candidates'), so that the widths are fixed
   * before the first firm's calls are written; without it, the first rows set it.
   */
  idWidth?: number;
}

/** The profile cell of the summary: `CR · small` over the ATECO codes. */
function profileCell(f: FirmHeading, t: Messages, width: number): string {
  const first = [f.province ?? '–', f.size ? t.sizeName(f.size) : '–'].join(' · ');
  const codes = f.ateco.length ? f.ateco.join(' ') : '–';
  return [truncate(sanitizeText(first), width), ...wrapLines(sanitizeText(codes), width, 2)].join(
    '\n',
  );
}

/** `Name · line 2 · CR · small · 20.42`: a firm's heading above its calls. */
function firmTitle(f: FirmHeading, t: Messages): string {
  return [
    f.name,
    t.portfolio.lineLabel(f.line),
    f.province ?? '–',
    f.size ? t.sizeName(f.size) : '–',
    f.ateco.join(' ') || '–',
  ]
    .map((part) => sanitizeText(part))
    .join(' · ');
}

/**
 * The portfolio table: the summary of every firm (it needs every firm judged, so the caller
 * gives the headings first), the skipped rows and the firms without a match with their reasons,
 * then each firm's calls as `details` yields them (a firm at a time: memory holds one firm's
 * calls), then the totals. Everything within `width` columns (80 at least).
 */
export function* portfolioTableChunks(
  headings: readonly FirmHeading[],
  skipped: readonly SkippedFirm[],
  details: Iterable<JudgedFirm>,
  totals: PortfolioTotals,
  t: Messages,
  c: Colors,
  width: number,
  options: PortfolioTableOptions = {},
): Generator<string, void, undefined> {
  const p = t.portfolio;
  const inner = Math.max(80, width) - 1;
  // The summary: firm, profile, eligible, to verify, maximum aid in reach, nearest deadline.
  const fixed = { profile: 14, eligible: 4, toVerify: 4, aid: 9, deadline: 10 };
  const firmWidth = inner - (1 + 3 * 6) - Object.values(fixed).reduce((sum, w) => sum + w, 0);
  const summary = new Grid(
    [firmWidth, fixed.profile, fixed.eligible, fixed.toVerify, fixed.aid, fixed.deadline],
    c,
  );
  yield `${c.bold(p.summaryHeading(headings.length, skipped.length))}\n`;
  if (headings.length) {
    let text =
      summary.top() +
      summary.head([
        p.headingFirm(),
        p.headingProfile(),
        '✓',
        '?',
        p.headingReachable(),
        p.headingDeadline(),
      ]);
    for (const f of headings) {
      const s = f.summary;
      text += summary.row([
        wrapLines(sanitizeText(f.name), firmWidth, 2).join('\n'),
        profileCell(f, t, fixed.profile),
        String(s.eligible),
        String(s.toVerify),
        s.eligible + s.toVerify ? t.formats.euroShort(s.reachableEur || null) : '–',
        s.nearestDeadline ? t.formats.date(s.nearestDeadline.closesOn) : '–',
      ]);
    }
    yield `${text}${summary.bottom()}${c.dim(wrapped(p.summaryLegend(), inner, ''))}\n`;
  }
  const without = headings.filter((f) => f.note !== null);
  if (without.length) {
    yield `\n${c.bold(p.withoutMatchesHeading(without.length))}\n`;
    for (const f of without)
      yield `${wrapped(`${p.lineLabel(f.line)}  ${f.name}: ${f.note ?? ''}`, inner)}\n`;
  }
  if (skipped.length) {
    yield `\n${c.bold(p.skippedHeading(skipped.length))}\n`;
    for (const s of skipped)
      yield `${wrapped(`${p.lineLabel(s.line)}  ${s.name ? `${s.name}: ` : ''}${s.reason}`, inner)}\n`;
  }
  yield* detailChunks(details, t, c, inner, options);
  yield `\n${wrapped(p.totals(totals), inner, '')}\n`;
}

/** Text wrapped to `width` columns, each line after `indent`. */
function wrapped(text: string, width: number, indent = '  '): string {
  return wrapLines(sanitizeText(text), width - indent.length, 12)
    .map((line) => indent + line)
    .join('\n');
}

/** Each firm with calls: its heading, then a table of its calls (call, status, maximum aid). */
function* detailChunks(
  details: Iterable<JudgedFirm>,
  t: Messages,
  c: Colors,
  inner: number,
  options: PortfolioTableOptions,
): Generator<string, void, undefined> {
  const fixed = { status: 15, maxAid: 9 };
  const fitting = inner - (1 + 3 * 3) - fixed.status - fixed.maxAid;
  const iterator = details[Symbol.iterator]();
  const ahead: JudgedFirm[] = [];
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
  const grid = new Grid([measureWidth, fixed.status, fixed.maxAid], c);
  const headingWidth = measureWidth + fixed.status + fixed.maxAid + 3 * 3 + 1;
  const firmChunk = (f: JudgedFirm): string => {
    if (!f.results.length) return '';
    const s = f.summary;
    let text = `\n${c.bold(truncate(firmTitle(f, t), headingWidth))}\n`;
    text += `${c.dim(t.portfolio.firmCounts(f.results.length, s.eligible, s.toVerify))}\n`;
    text +=
      grid.top() + grid.head([t.portfolio.headingCall(), t.headingStatus(), t.headingMaxAid()]);
    for (const r of f.results) {
      const day = (d: string | null) => (d === null ? null : t.formats.date(d));
      const when = t.statusDate(r.status.status, day(r.status.opensOn), day(r.status.closesOn));
      const toVerify = r.reasons
        .filter((p) => p.verdict !== 'pass')
        .map((p) => t.criterionName(p.criterion));
      text += grid.row([
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
        t.formats.euroShort(r.measure.maxAidEur),
      ]);
    }
    return text + grid.bottom();
  };
  for (const f of ahead) yield firmChunk(f);
  ahead.length = 0;
  for (let next = iterator.next(); !next.done; next = iterator.next()) yield firmChunk(next.value);
}

/** A judged firm in JSON: what it was read as, its summary, why it has none, and its calls. */
function firmRecord(f: JudgedFirm, t: Messages) {
  const s = f.summary;
  return {
    name: f.name,
    line: f.line,
    province: f.province,
    size: f.size,
    ateco: f.ateco,
    count: f.results.length,
    eligible: s.eligible,
    toVerify: s.toVerify,
    reachableEur: s.reachableEur,
    nearestDeadline: s.nearestDeadline?.closesOn ?? null,
    nearestDeadlineId: s.nearestDeadline?.id ?? null,
    note: f.note,
    matches: f.results.map((r) => toResultRecord(r, t)),
  };
}

/**
 * The portfolio as JSON, a firm at a time: `{"firms": [...], "skipped": [...], "totals": {...}}`.
 * `skipped` and `totals` are read once every firm is written (the firms that fail while being
 * judged are added to them as `firms` is consumed).
 */
export function* portfolioJsonChunks(
  firms: Iterable<JudgedFirm>,
  skipped: readonly SkippedFirm[],
  totals: PortfolioTotals,
  t: Messages = en,
): Generator<string, void, undefined> {
  yield '{\n  "firms": ';
  yield* jsonArrayChunks(firms, (f) => firmRecord(f, t), 1);
  yield ',\n  "skipped": ';
  yield* jsonArrayChunks(skipped, (s) => s, 1);
  yield `,\n  "totals": ${JSON.stringify(totals, null, 2).replaceAll('\n', '\n  ')}\n}\n`;
}

/**
 * One row per firm and call; a firm with no call, and a row that could not be read, have one row
 * each with the measure's cells empty and the reason in `note`. The columns before `province` are
 * those of earlier versions, in the same places.
 */
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
  'province',
  'size',
  'ateco',
  'note',
] as const;

type PortfolioCsvCells = Partial<Record<(typeof PORTFOLIO_CSV_COLUMNS)[number], unknown>>;

/** A CSV row from the cells it has, in the columns' order; the others empty. */
const csvRow = (cells: PortfolioCsvCells): unknown[] =>
  PORTFOLIO_CSV_COLUMNS.map((column) => cells[column] ?? null);

function* portfolioRows(
  firms: Iterable<JudgedFirm>,
  skipped: readonly SkippedFirm[],
  t: Messages,
): Generator<unknown[], void, undefined> {
  for (const f of firms) {
    const firm = { firm: f.name, line: f.line, province: f.province, size: f.size, ateco: f.ateco };
    if (!f.results.length) yield csvRow({ ...firm, note: f.note });
    for (const r of f.results)
      yield csvRow({
        ...firm,
        id: r.measure.id,
        title: r.measure.title,
        status: r.status.status,
        opensOn: r.status.opensOn,
        closesOn: r.status.closesOn,
        daysLeft: r.status.daysLeft,
        maxAidEur: r.measure.maxAidEur,
        eligibility: r.eligibility,
        reasons: formatReasons(r.reasons, t),
      });
  }
  // Read after the firms: rows that fail while being judged are among them.
  for (const s of skipped) yield csvRow({ firm: s.name, line: s.line, note: s.reason });
}

/** The portfolio as CSV, a firm at a time, then the rows that could not be read. */
export function portfolioCsvChunks(
  firms: Iterable<JudgedFirm>,
  skipped: readonly SkippedFirm[],
  options: CsvOptions = {},
  t: Messages = en,
): Generator<string, void, undefined> {
  return csvChunks(PORTFOLIO_CSV_COLUMNS, portfolioRows(firms, skipped, t), options);
}
