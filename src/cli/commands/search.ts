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
import { renderFreshness } from '../../output/freshness.js';
import { romeDate } from '../../core/dates.js';
import { hasSnapshots, latestRunChanges, sourceDates } from '../../db/snapshots.js';
import { wantedChange, withChanges } from '../../core/changes.js';
import { renderResultChanges } from '../../output/changes.js';
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
  new?: boolean;
  changed?: boolean;
}

export async function runSearch(given: SearchFlags, ctx: CliContext): Promise<void> {
  const flags = applySavedFilters(given, ctx);
  const format = chooseFormat(flags, SEARCH_FORMATS);
  checkOutputTarget(flags);
  const asOf = asOfDay(flags.asOf, ctx);
  // What an update withdrew is part of what it changed: listed by --changed unless --status says.
  const statuses: readonly Status[] = flags.status?.length
    ? flags.status
    : flags.changed
      ? [...DEFAULT_STATUSES, 'withdrawn']
      : DEFAULT_STATUSES;
  // JSON and CSV are interfaces: their reasons stay English whatever the locale (a calendar is
  // read by people: it speaks theirs).
  const messages = format === 'table' ? ctx.messages : messagesFor('en');
  await withStore(ctx, (db) => {
    const profile = resolveProfile(db, flags, ctx);
    const wants = { new: Boolean(flags.new), changed: Boolean(flags.changed) };
    const latest = wants.new || wants.changed ? latestRunChanges(db) : null;
    const changes = latest
      ? latest.filter((c) => !c.baseline && wantedChange(c.kind, wants))
      : null;
    if (latest && !hasSnapshots(db))
      ctx.stderr.write(`fesr: ${ctx.messages.update.noUpdateYet()}\n`);
    else if (latest?.length && latest.every((c) => c.baseline))
      ctx.stderr.write(`fesr: ${ctx.messages.update.baselineOnly()}\n`);
    const found = findMatches(db, profile, {
      ...flags,
      asOf,
      statuses,
      ids: changes ? changes.map((c) => c.id) : null,
    });
    // A call listed for what changed carries the change; a merged call is found by any record.
    const results = changes ? withChanges(found, changes) : found;
    if (format === 'json') return emit(ctx, flags, renderJson(results));
    if (format === 'csv') return emit(ctx, flags, renderCsv(results, { excel: flags.excel }));
    if (format === 'ics') return emitCalendar(ctx, flags, results);
    const colors = flags.output ? createColors(false) : ctx.colors;
    // How old the data is, with the nudge to update, under the footer: seen before acting.
    const fresh = renderFreshness(
      sourceDates(db),
      romeDate(ctx.now()),
      messages,
      colors,
      ctx.stdout.columns ?? 80,
    );
    if (results.length === 0) {
      const none = changes
        ? messages.update.nothingChanged()
        : messages.noResults(Boolean(flags.explain));
      return emit(ctx, flags, `${none}\n${fresh}`);
    }
    const table = renderTable(results, {
      messages,
      colors,
      width: ctx.stdout.columns ?? 80,
      // Off a terminal (a pipe, --output) every id is printed whole.
      whole: !ctx.stdout.isTTY || Boolean(flags.output),
    });
    const why = flags.explain ? `\n${renderExplanations(results, messages, colors)}\n` : '';
    const what = changes ? `\n${renderResultChanges(results, messages)}` : '';
    emit(ctx, flags, table + fresh + what + why);
  });
}

/** The deadlines as a calendar; what had no closing date is counted on stderr. */
function emitCalendar(ctx: CliContext, flags: OutputFlags, results: MatchResult[]): void {
  const calendar = renderIcs(results, { messages: ctx.messages, now: ctx.now() });
  emit(ctx, flags, calendar.text);
  if (calendar.undated)
    ctx.stderr.write(`fesr: ${ctx.messages.calendar.undatedLeftOut(calendar.undated)}\n`);
}
