// fesr match FILE: portfolio matching. Every firm of a CSV against the measures: a summary per
// firm, then each firm's calls, the firms with none and the rows not read with their reasons, and
// the totals; bad firm rows are also reported by line on stderr.
import { buildProfile, type ProfileInput } from '../../core/profile.js';
import { whyNone } from '../../core/why-none.js';
import { addToTotals, emptyTotals, pickFirm, summariseFirm } from '../../core/portfolio.js';
import type {
  AidForm,
  CompanyProfile,
  MatchResult,
  SpecialStatus,
  Status,
} from '../../core/types.js';
import { atecoLookup } from '../../db/reference.js';
import { FesrError, InputError, UsageError } from '../../errors.js';
import { asInputError, openTextInput } from '../../importers/open-input.js';
import {
  mapFirmRow,
  missingFirmColumns,
  readFirmHeader,
  type FirmField,
  type FirmRow,
} from '../../importers/firms-csv.js';
import { readCsvRows } from '../../importers/read-csv.js';
import { messagesFor } from '../../i18n/index.js';
import type { Messages } from '../../i18n/messages.js';
import { parseSize } from '../../core/size.js';
import { createColors } from '../../output/colors.js';
import { sanitizeText, visibleWidth } from '../../output/text.js';
import {
  portfolioCsvChunks,
  portfolioJsonChunks,
  portfolioTableChunks,
  type FirmHeading,
  type JudgedFirm,
  type SkippedFirm,
} from '../../output/portfolio.js';
import { portfolioSheets } from '../../output/xlsx.js';
import type { CliContext } from '../context.js';
import {
  checkOutputTarget,
  checkWorkbookTarget,
  chooseFormat,
  emitChunks,
  emitWorkbook,
} from '../emit.js';
import { createInputReader, type InputReader } from '../input-reading.js';
import { MATCH_FORMATS, type OutputFlags } from '../options.js';
import { asOfDay, createMatcher, DEFAULT_STATUSES } from '../matching.js';
import { describeError, describeIssue } from '../localise.js';
import { withStore } from '../store.js';

export interface MatchFlags extends OutputFlags {
  status?: Status[];
  asOf?: string;
  aid?: AidForm[];
  source?: string;
  fesr?: boolean;
  firm?: string;
}

/**
 * Results kept in memory between the summary and the detail (table and workbook, which put the
 * summary first): beyond them, a firm's calls are judged again when its detail is written, so
 * memory stays bounded whatever the portfolio.
 */
const KEPT_RESULTS = 20_000;

export async function runMatch(file: string, flags: MatchFlags, ctx: CliContext): Promise<void> {
  const format = chooseFormat(flags, MATCH_FORMATS);
  checkOutputTarget(flags);
  checkWorkbookTarget(format, flags, ctx);
  const request = {
    ...flags,
    asOf: asOfDay(flags.asOf, ctx),
    statuses: flags.status?.length ? flags.status : DEFAULT_STATUSES,
  };
  const read = await readFirms(file, ctx);
  const { columnsOf } = read;
  const { firms, skipped } = flags.firm ? narrowToFirm(read, flags.firm, file, ctx) : read;
  // A match user fills in columns, not flags: the reasons and row errors name the columns. A
  // table and a workbook are read by people, in the interface language; JSON and CSV in English.
  const readable = format === 'table' || format === 'xlsx';
  const messages = inTermsOfColumns(readable ? ctx.messages : messagesFor('en'), columnsOf);
  await withStore(ctx, async (db) => {
    const lookup = atecoLookup(db);
    const reader = createInputReader(db, ctx.messages);
    const match = createMatcher(db, request);
    // Only a firm with no call needs the failed ones, to say which criterion ruled them out.
    let explaining: ReturnType<typeof createMatcher> | null = null;
    const totals = emptyTotals();
    // Each reading is said once, at the first line it applies to.
    const said = new Set<string>();
    const say = (line: number) => (note: string) => {
      if (said.has(note)) return;
      said.add(note);
      ctx.stderr.write(`${sanitizeText(`${file}:${line}: ${note}`)}\n`);
    };
    const profiles = new Map<number, CompanyProfile>();
    /** A firm judged, or the reason it cannot be (added to `skipped`). */
    const judge = (firm: FirmRow): JudgedFirm | null => {
      let profile: CompanyProfile;
      try {
        profile = buildProfile(readFirmInput(reader, firm, say(firm.line), ctx.messages), lookup);
      } catch (error) {
        if (!(error instanceof FesrError)) throw error;
        skipped.push({
          line: firm.line,
          name: firm.name,
          reason: describeRowError(error, messages, columnsOf),
        });
        return null;
      }
      profiles.set(firm.line, profile);
      const results = match(profile);
      const summary = summariseFirm(results);
      addToTotals(totals, summary);
      let note: string | null = null;
      if (!results.length) {
        explaining ??= createMatcher(db, { ...request, explain: true });
        const why = whyNone(explaining(profile));
        note = messages.portfolio.noMatch(
          why.judged,
          why.cuts
            .slice(0, 3)
            .map((c) => ({ name: messages.criterionName(c.criterion), calls: c.measures })),
        );
      }
      return {
        name: firm.name,
        line: firm.line,
        province: profile.province,
        size: profile.size,
        ateco: profile.ateco.map((a) => a.code),
        summary,
        note,
        results,
      };
    };
    /** Every firm judged in file order, firm by firm (JSON and CSV: nothing is kept). */
    function* streamed(): Generator<JudgedFirm, void, undefined> {
      for (const firm of firms) {
        const judged = judge(firm);
        if (judged) yield judged;
      }
      skipped.sort((a, b) => a.line - b.line);
      totals.skipped = skipped.length;
    }
    if (format === 'json') {
      await emitChunks(ctx, flags, portfolioJsonChunks(streamed(), skipped, totals, messages));
    } else if (format === 'csv') {
      await emitChunks(
        ctx,
        flags,
        portfolioCsvChunks(streamed(), skipped, { excel: flags.excel }, messages),
      );
    } else {
      // The summary comes first: every firm is judged before any detail is written; the calls
      // are kept up to KEPT_RESULTS, and judged again past that.
      const headings: FirmHeading[] = [];
      const kept = new Map<number, MatchResult[]>();
      let keptCount = 0;
      for (const judged of streamed()) {
        const { results, ...heading } = judged;
        headings.push(heading);
        if (keptCount + results.length <= KEPT_RESULTS) {
          kept.set(judged.line, results);
          keptCount += results.length;
        }
      }
      function* details(): Generator<JudgedFirm, void, undefined> {
        for (const heading of headings) {
          const profile = profiles.get(heading.line);
          const results = kept.get(heading.line) ?? (profile ? match(profile) : []);
          kept.delete(heading.line);
          yield { ...heading, results };
        }
      }
      if (format === 'xlsx') {
        await emitWorkbook(
          ctx,
          flags,
          portfolioSheets(headings, skipped, details(), totals, messages),
          messages,
        );
      } else {
        const colors = flags.output ? createColors(false) : ctx.colors;
        // Off a terminal (a pipe, --output) no id is cut: the column fits every candidate's id.
        const whole = !ctx.stdout.isTTY || Boolean(flags.output);
        const idWidth = match
          .candidateIds()
          .reduce((w, id) => Math.max(w, visibleWidth(sanitizeText(id))), 0);
        await emitChunks(
          ctx,
          flags,
          portfolioTableChunks(
            headings,
            skipped,
            details(),
            totals,
            messages,
            colors,
            ctx.stdout.columns ?? 80,
            { whole, idWidth },
          ),
        );
      }
    }
    for (const s of skipped)
      ctx.stderr.write(
        `${sanitizeText(ctx.messages.portfolio.skippedRow(file, s.line, s.reason))}\n`,
      );
    ctx.stderr.write(
      `${ctx.messages.portfolio.summary(totals.firms, totals.matches, skipped.length)}\n`,
    );
  });
}

/** `--firm NAME`: the one client (or the rows of that name) among the file's rows. */
function narrowToFirm(
  read: { firms: FirmRow[]; skipped: SkippedFirm[] },
  name: string,
  file: string,
  ctx: CliContext,
): { firms: FirmRow[]; skipped: SkippedFirm[] } {
  const named = [
    ...read.firms,
    ...read.skipped.flatMap((s) => (s.name ? [{ name: s.name, line: s.line }] : [])),
  ];
  const pick = pickFirm(named, name);
  if ('found' in pick) {
    const lines = new Set(pick.found);
    return {
      firms: read.firms.filter((f) => lines.has(f.line)),
      skipped: read.skipped.filter((s) => lines.has(s.line)),
    };
  }
  const [message, hint] =
    'ambiguous' in pick
      ? ctx.messages.portfolio.firmAmbiguous(name, pick.ambiguous)
      : ctx.messages.portfolio.firmNotFound(name, file, pick.near);
  throw new UsageError(message, hint);
}

/** The firms-CSV field of each special status. */
const STATUS_COLUMNS: Record<SpecialStatus, FirmField> = {
  'innovative-startup': 'innovativeStartup',
  'innovative-sme': 'innovativeSme',
  'women-led': 'womenLed',
  'youth-led': 'youthLed',
  'non-profit': 'nonProfit',
};

/** The header names of the file's columns for these fields, in the file's order. */
type ColumnsOf = (fields: readonly FirmField[]) => string[];

/**
 * The catalogue with the reasons for an empty profile field saying which column to fill in (or
 * to add), instead of which flag to give.
 */
function inTermsOfColumns(t: Messages, columnsOf: ColumnsOf): Messages {
  return {
    ...t,
    hints: {
      size: () => t.portfolio.columnHint(columnsOf(['size', 'employees']), 'size'),
      ateco: () => t.portfolio.columnHint(columnsOf(['ateco']), 'ateco'),
      province: () => t.portfolio.columnHint(columnsOf(['province', 'municipality']), 'province'),
      founded: () => t.portfolio.columnHint(columnsOf(['founded']), 'founded'),
      legalForm: () => t.portfolio.columnHint(columnsOf(['legalForm']), 'legalForm'),
      status: (s) => t.portfolio.columnHint(columnsOf([STATUS_COLUMNS[s]]), 'status'),
    },
  };
}

/** Why a row's profile cannot be built; where the usual words name flags, in terms of columns. */
function describeRowError(error: FesrError, t: Messages, columnsOf: ColumnsOf): string {
  const detail = error.detail;
  if (detail?.code === 'size-conflict') {
    return t.portfolio.sizeConflict(
      detail.params.size ?? '',
      parseSize(detail.params.derived ?? ''),
      columnsOf(['size', 'employees', 'turnover', 'balanceSheet']),
    );
  }
  if (detail?.code === 'financials-need-employees')
    return t.portfolio.figuresNeedEmployees(columnsOf(['employees']));
  return describeError(error, t)[0];
}

/**
 * A firm's province, municipality and ATECO cell read with the reference data: a municipality in
 * the province column or in its own leads to its province, a decimal comma in a code is read. A
 * comune of another province than the province column's is said (the province column is used).
 */
function readFirmInput(
  reader: InputReader,
  firm: FirmRow,
  say: (note: string) => void,
  t: Messages,
): ProfileInput {
  const ateco = reader.ateco(firm.input.ateco ?? [], (parts) => parts.join(';'));
  ateco.notes.forEach(say);
  let province = firm.input.province ?? null;
  if (province !== null) {
    const place = reader.province(province);
    if (place.note) say(place.note);
    province = place.sigla;
    if (firm.municipality) {
      const its = municipalitySigla(reader, firm.municipality);
      if (its !== null && !province.split(',').includes(its))
        say(t.portfolio.municipalityContradicts(firm.municipality, its, province, province));
    }
  } else if (firm.municipality) {
    const place = reader.municipalityProvince(firm.municipality);
    if (place.note) say(place.note);
    province = place.sigla;
  }
  return { ...firm.input, ateco: ateco.codes, province };
}

/** The province of a comune, or null when the name is no municipality fesr knows. */
function municipalitySigla(reader: InputReader, name: string): string | null {
  try {
    return reader.municipalityProvince(name).sigla;
  } catch (error) {
    if (error instanceof FesrError) return null;
    throw error;
  }
}

async function readFirms(
  file: string,
  ctx: CliContext,
): Promise<{ firms: FirmRow[]; skipped: SkippedFirm[]; columnsOf: ColumnsOf }> {
  const input = openTextInput(file, ctx.stdin);
  try {
    const rows = readCsvRows(input.text, file);
    const header = await rows.next();
    if (header.done)
      throw new InputError(`${file}: is empty`, 'give a CSV with a header row of firm columns');
    const names = header.value.fields;
    const { columns, unknown, duplicates, atecoVersion } = readFirmHeader(names);
    const missing = missingFirmColumns(columns);
    if (missing)
      throw new InputError(`${file}: ${missing}`, 'see fesr match --help for the column names');
    const t = ctx.messages.portfolio;
    if (unknown.length) ctx.stderr.write(`${sanitizeText(t.ignoredColumns(file, unknown))}\n`);
    for (const d of duplicates)
      ctx.stderr.write(`${sanitizeText(t.duplicateColumn(file, d.column, d.used))}\n`);
    const columnsOf: ColumnsOf = (fields) =>
      fields
        .map((f) => columns[f])
        .filter((i): i is number => i !== undefined)
        .sort((a, b) => a - b)
        .map((i) => names[i]?.trim() ?? '');
    const firms: FirmRow[] = [];
    const skipped: SkippedFirm[] = [];
    for await (const row of rows) {
      const outcome = mapFirmRow(columns, row.fields, row.line, atecoVersion, names);
      if (outcome.ok) firms.push(outcome.firm);
      else
        skipped.push({
          line: outcome.line,
          name: outcome.name,
          reason: describeIssue(outcome, ctx.messages),
        });
    }
    return { firms, skipped, columnsOf };
  } catch (error) {
    throw asInputError(error, file);
  } finally {
    input.close();
  }
}
