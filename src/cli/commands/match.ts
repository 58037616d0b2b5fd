// fesr match FILE: portfolio matching. Every firm of a CSV against the measures, one row per firm
// and measure it may apply to; bad firm rows are reported by line on stderr and skipped.
import { buildProfile, type ProfileInput } from '../../core/profile.js';
import type { AidForm, Status } from '../../core/types.js';
import type { Db } from '../../db/open.js';
import { atecoLookup, findMunicipalities } from '../../db/reference.js';
import { FesrError, InputError } from '../../errors.js';
import { asInputError, openTextInput } from '../../importers/open-input.js';
import {
  mapFirmHeader,
  mapFirmRow,
  missingFirmColumns,
  type FirmRow,
} from '../../importers/firms-csv.js';
import { readCsvRows } from '../../importers/read-csv.js';
import { messagesFor } from '../../i18n/index.js';
import { createColors } from '../../output/colors.js';
import {
  renderPortfolioCsv,
  renderPortfolioJson,
  renderPortfolioTable,
  type FirmMatches,
  type SkippedFirm,
} from '../../output/portfolio.js';
import type { CliContext } from '../context.js';
import { checkOutputTarget, chooseFormat, emit } from '../emit.js';
import type { OutputFlags } from '../options.js';
import { asOfDay, candidateMeasures, createMatcher, DEFAULT_STATUSES } from '../matching.js';
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
  const messages = format === 'table' ? ctx.messages : messagesFor('en');
  const { firms, skipped } = await readFirms(file, ctx);
  await withStore(ctx, (db) => {
    const lookup = atecoLookup(db);
    const measures = candidateMeasures(db, request);
    const match = createMatcher(db, request);
    const matched: FirmMatches[] = [];
    for (const firm of firms) {
      try {
        const input = withMunicipalityProvince(db, firm);
        const profile = buildProfile(input, lookup);
        matched.push({
          name: firm.name,
          line: firm.line,
          results: match(measures, profile),
        });
      } catch (error) {
        if (!(error instanceof FesrError)) throw error;
        skipped.push({ line: firm.line, reason: describeError(error, ctx.messages)[0] });
      }
    }
    skipped.sort((a, b) => a.line - b.line);
    for (const s of skipped)
      ctx.stderr.write(`${ctx.messages.portfolio.skippedRow(file, s.line, s.reason)}\n`);
    const total = matched.reduce((sum, f) => sum + f.results.length, 0);
    ctx.stderr.write(`${ctx.messages.portfolio.summary(matched.length, total, skipped.length)}\n`);
    if (format === 'json') return emit(ctx, flags, renderPortfolioJson(matched, skipped));
    if (format === 'csv')
      return emit(ctx, flags, renderPortfolioCsv(matched, { excel: flags.excel }));
    const colors = flags.output ? createColors(false) : ctx.colors;
    emit(ctx, flags, renderPortfolioTable(matched, messages, colors, ctx.stdout.columns ?? 80));
  });
}

/** A row with a municipality but no province gets the municipality's province. */
function withMunicipalityProvince(db: Db, firm: FirmRow): ProfileInput {
  if (!firm.municipality) return firm.input;
  const provinces = [...new Set(findMunicipalities(db, firm.municipality).map((m) => m.province))];
  if (provinces.length !== 1) {
    throw new InputError(
      provinces.length
        ? `municipality "${firm.municipality}" exists in several provinces (${provinces.join(', ')}); add a province column`
        : `unknown municipality "${firm.municipality}"`,
    );
  }
  return { ...firm.input, province: provinces[0] ?? null };
}

async function readFirms(
  file: string,
  ctx: CliContext,
): Promise<{ firms: FirmRow[]; skipped: SkippedFirm[] }> {
  const input = openTextInput(file, ctx.stdin);
  try {
    const rows = readCsvRows(input.text, file);
    const header = await rows.next();
    if (header.done)
      throw new InputError(`${file}: is empty`, 'give a CSV with a header row of firm columns');
    const columns = mapFirmHeader(header.value.fields);
    const missing = missingFirmColumns(columns);
    if (missing)
      throw new InputError(`${file}: ${missing}`, 'see fesr match --help for the column names');
    const firms: FirmRow[] = [];
    const skipped: SkippedFirm[] = [];
    for await (const row of rows) {
      const outcome = mapFirmRow(columns, row.fields, row.line);
      if (outcome.ok) firms.push(outcome.firm);
      else skipped.push({ line: outcome.line, reason: describeIssue(outcome, ctx.messages) });
    }
    return { firms, skipped };
  } catch (error) {
    throw asInputError(error, file);
  } finally {
    input.close();
  }
}
