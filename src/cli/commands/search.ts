// fesr search: the measures a profile may apply to, soonest deadline first.
import type { SortKey } from '../../core/ranking.js';
import type { AidForm, MatchResult, Status } from '../../core/types.js';
import { messagesFor } from '../../i18n/index.js';
import { createColors } from '../../output/colors.js';
import { renderCsv } from '../../output/csv.js';
import { renderExplanations } from '../../output/explain.js';
import { renderIcs } from '../../output/ics.js';
import { renderJson } from '../../output/json.js';
import { renderTable } from '../../output/table.js';
import type { CliContext } from '../context.js';
import { checkOutputTarget, chooseFormat, emit } from '../emit.js';
import { SEARCH_FORMATS, type OutputFlags, type ProfileFlags } from '../options.js';
import { applySavedFilters, resolveProfile } from '../profile-flags.js';
import { asOfDay, DEFAULT_STATUSES, findMatches } from '../matching.js';
import { withStore } from '../store.js';

export interface SearchFlags extends ProfileFlags, OutputFlags {
  text?: string;
  status?: Status[];
  asOf?: string;
  aid?: AidForm[];
  source?: string;
  fesr?: boolean;
  sort: SortKey;
  limit?: number;
  explain?: boolean;
}

export async function runSearch(given: SearchFlags, ctx: CliContext): Promise<void> {
  const flags = applySavedFilters(given, ctx);
  const format = chooseFormat(flags, SEARCH_FORMATS);
  checkOutputTarget(flags);
  const asOf = asOfDay(flags.asOf, ctx);
  const statuses = flags.status?.length ? flags.status : DEFAULT_STATUSES;
  // JSON and CSV are interfaces: their reasons stay English whatever the locale (a calendar is
  // read by people: it speaks theirs).
  const messages = format === 'table' ? ctx.messages : messagesFor('en');
  await withStore(ctx, (db) => {
    const profile = resolveProfile(db, flags, ctx);
    const results = findMatches(db, profile, { ...flags, asOf, statuses });
    if (format === 'json') return emit(ctx, flags, renderJson(results));
    if (format === 'csv') return emit(ctx, flags, renderCsv(results, { excel: flags.excel }));
    if (format === 'ics') return emitCalendar(ctx, flags, results);
    const colors = flags.output ? createColors(false) : ctx.colors;
    if (results.length === 0)
      return emit(ctx, flags, `${messages.noResults(Boolean(flags.explain))}\n`);
    const table = renderTable(results, { messages, colors, width: ctx.stdout.columns ?? 80 });
    const why = flags.explain ? `\n${renderExplanations(results, messages, colors)}\n` : '';
    emit(ctx, flags, table + why);
  });
}

/** The deadlines as a calendar; what had no closing date is counted on stderr. */
function emitCalendar(ctx: CliContext, flags: OutputFlags, results: MatchResult[]): void {
  const calendar = renderIcs(results, { messages: ctx.messages, now: ctx.now() });
  emit(ctx, flags, calendar.text);
  if (calendar.undated)
    ctx.stderr.write(`fesr: ${ctx.messages.calendar.undatedLeftOut(calendar.undated)}\n`);
}
