// fesr match FILE: portfolio matching. Every firm of a CSV against the measures, one row per firm
// and measure it may apply to; bad firm rows are reported by line on stderr and skipped.
import { buildProfile, type ProfileInput } from '../../core/profile.js';
import type { AidForm, SpecialStatus, Status } from '../../core/types.js';
import { atecoLookup } from '../../db/reference.js';
import { FesrError, InputError } from '../../errors.js';
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
  type FirmMatches,
  type SkippedFirm,
} from '../../output/portfolio.js';
import type { CliContext } from '../context.js';
import { checkOutputTarget, chooseFormat, emitChunks } from '../emit.js';
import { createInputReader, type InputReader } from '../input-reading.js';
import type { OutputFlags } from '../options.js';
import { asOfDay, createMatcher, DEFAULT_STATUSES } from '../matching.js';
import { describeError, describeIssue } from '../localise.js';
import { withStore } from '../store.js';

export interface MatchFlags extends OutputFlags {
  status?: Status[];
  asOf?: string;
  aid?: AidForm[];
  source?: string;
  fesr?: boolean;
}

export async function runMatch(file: string, flags: MatchFlags, ctx: CliContext): Promise<void> {
  const format = chooseFormat(flags);
  checkOutputTarget(flags);
  const request = {
    ...flags,
    asOf: asOfDay(flags.asOf, ctx),
    statuses: flags.status?.length ? flags.status : DEFAULT_STATUSES,
  };
  const { firms, skipped, columnsOf } = await readFirms(file, ctx);
  // A match user fills in columns, not flags: the reasons and row errors name the columns.
  const messages = inTermsOfColumns(
    format === 'table' ? ctx.messages : messagesFor('en'),
    columnsOf,
  );
  await withStore(ctx, async (db) => {
    const lookup = atecoLookup(db);
    const reader = createInputReader(db, ctx.messages);
    const match = createMatcher(db, request);
    let judged = 0;
    let total = 0;
    // Each reading is said once, at the first line it applies to.
    const said = new Set<string>();
    const say = (line: number) => (note: string) => {
      if (said.has(note)) return;
      said.add(note);
      ctx.stderr.write(`${sanitizeText(`${file}:${line}: ${note}`)}\n`);
    };
    // Firm by firm: each firm's rows are written before the next firm is judged.
    function* matched(): Generator<FirmMatches, void, undefined> {
      for (const firm of firms) {
        let results;
        try {
          const input = readFirmInput(reader, firm, say(firm.line));
          results = match(buildProfile(input, lookup));
        } catch (error) {
          if (!(error instanceof FesrError)) throw error;
          skipped.push({
            line: firm.line,
            reason: describeRowError(error, ctx.messages, columnsOf),
          });
          continue;
        }
        judged++;
        total += results.length;
        yield { name: firm.name, line: firm.line, results };
      }
      skipped.sort((a, b) => a.line - b.line);
    }
    if (format === 'json') {
      await emitChunks(ctx, flags, portfolioJsonChunks(matched(), skipped, messages));
    } else if (format === 'csv') {
      await emitChunks(ctx, flags, portfolioCsvChunks(matched(), { excel: flags.excel }, messages));
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
        portfolioTableChunks(matched(), messages, colors, ctx.stdout.columns ?? 80, {
          whole,
          idWidth,
        }),
      );
    }
    for (const s of skipped)
      ctx.stderr.write(
        `${sanitizeText(ctx.messages.portfolio.skippedRow(file, s.line, s.reason))}\n`,
      );
    ctx.stderr.write(`${ctx.messages.portfolio.summary(judged, total, skipped.length)}\n`);
  });
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
 * the province column or in its own leads to its province, a decimal comma in a code is read.
 */
function readFirmInput(
  reader: InputReader,
  firm: FirmRow,
  say: (note: string) => void,
): ProfileInput {
  const ateco = reader.ateco(firm.input.ateco ?? [], (parts) => parts.join(';'));
  ateco.notes.forEach(say);
  let province = firm.input.province ?? null;
  if (province !== null) {
    const place = reader.province(province);
    if (place.note) say(place.note);
    province = place.sigla;
  } else if (firm.municipality) {
    const place = reader.municipalityProvince(firm.municipality);
    if (place.note) say(place.note);
    province = place.sigla;
  }
  return { ...firm.input, ateco: ateco.codes, province };
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
      const outcome = mapFirmRow(columns, row.fields, row.line, atecoVersion);
      if (outcome.ok) firms.push(outcome.firm);
      else skipped.push({ line: outcome.line, reason: describeIssue(outcome, ctx.messages) });
    }
    return { firms, skipped, columnsOf };
  } catch (error) {
    throw asInputError(error, file);
  } finally {
    input.close();
  }
}
