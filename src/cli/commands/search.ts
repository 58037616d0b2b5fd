// fesr search: the measures a profile may apply to, soonest deadline first.
import type { SortKey } from '../../core/ranking.js';
import type { AidForm, CompanyProfile, MatchResult, Status } from '../../core/types.js';
import type { Messages } from '../../i18n/messages.js';
import { messagesFor } from '../../i18n/index.js';
import { createColors } from '../../output/colors.js';
import { romeDate } from '../../core/dates.js';
import { hasSnapshots, latestRunChanges, sourceDates } from '../../db/snapshots.js';
import type { Db } from '../../db/open.js';
import { wantedChange, withChanges, type CallChange } from '../../core/changes.js';
import type { CliContext } from '../context.js';
import {
  checkOutputTarget,
  checkWorkbookTarget,
  chooseFormat,
  emit,
  emitChunks,
  emitWorkbook,
} from '../emit.js';
import { SEARCH_FORMATS, type OutputFlags, type ProfileFlags } from '../options.js';
import { applySavedFilters, resolveProfile } from '../profile-flags.js';
import {
  asOfDay,
  countMatches,
  DEFAULT_STATUSES,
  findMatches,
  matchResults,
  type MatchRequest,
} from '../matching.js';
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
  checkWorkbookTarget(format, flags, ctx);
  const asOf = asOfDay(flags.asOf, ctx);
  // What an update withdrew is part of what it changed: listed by --changed unless --status says.
  const statuses: readonly Status[] = flags.status?.length
    ? flags.status
    : flags.changed
      ? [...DEFAULT_STATUSES, 'withdrawn']
      : DEFAULT_STATUSES;
  // JSON and CSV are interfaces: their reasons stay English whatever the locale (a workbook and
  // a calendar are read by people: they speak theirs).
  const messages = format === 'table' || format === 'xlsx' ? ctx.messages : messagesFor('en');
  await withStore(ctx, async (db) => {
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
    const request = { ...flags, asOf, statuses, ids: changes ? changes.map((c) => c.id) : null };
    // A call listed for what changed carries the change; a merged call is found by any record.
    // Otherwise the results are produced as they are written (a page of calls at a time).
    const resultsFor = (r: MatchRequest): Iterable<MatchResult> =>
      changes ? withChanges(findMatches(db, profile, r), changes) : matchResults(db, profile, r);
    if (format === 'table') {
      // The table reads past --limit, counting what it does not show, to say "3 of 8".
      const notes = (): string[] => footerNotes(db, flags, profile, request, changes, messages);
      return emitTable(ctx, flags, db, messages, resultsFor({ ...request, limit: null }), {
        forChanges: Boolean(changes),
        notes,
      });
    }
    // JSON, CSV, the workbook and the calendar stop judging at --limit.
    const results = resultsFor(request);
    // Each format's renderer is loaded only when it is asked for (a JSON search loads no table).
    if (format === 'json') {
      const { jsonChunks } = await import('../../output/json.js');
      return emitChunks(ctx, flags, jsonChunks(results));
    }
    if (format === 'csv') {
      const { csvResultChunks } = await import('../../output/csv.js');
      return emitChunks(ctx, flags, csvResultChunks(results, { excel: flags.excel }));
    }
    if (format === 'xlsx') {
      const { resultSheets } = await import('../../output/xlsx.js');
      return emitWorkbook(ctx, flags, resultSheets(results, messages), messages);
    }
    // The format left: the calendar.
    return emitCalendar(ctx, flags, [...results]);
  });
}

/**
 * What the table's footer adds: the matches the default status filter hid for having no dates
 * (only when --status was not given), and how to give a company profile when none was. Only
 * `unknown` is counted: a call with no dates may well be open (a sportello the source gives no
 * dates for); a closed or withdrawn one cannot be applied for, and counting it would be noise.
 */
function footerNotes(
  db: Db,
  flags: SearchFlags,
  profile: CompanyProfile,
  request: MatchRequest,
  changes: readonly CallChange[] | null,
  t: Messages,
): string[] {
  const notes: string[] = [];
  if (!flags.status?.length && !request.statuses.includes('unknown')) {
    // What the profile does not fail, counted and not kept: --explain's ✗ rows are not matches.
    const undated: MatchRequest = {
      ...request,
      statuses: ['unknown'],
      explain: false,
      limit: null,
    };
    const count = changes
      ? withChanges(findMatches(db, profile, undated), changes).length
      : countMatches(db, profile, undated);
    if (count) notes.push(t.hiddenUndated(count));
  }
  if (!flags.profile && isBlank(profile)) notes.push(t.noProfileHint());
  return notes;
}

/** No size, no sector and no province: the search judged no company at all. */
function isBlank(profile: CompanyProfile): boolean {
  return profile.size === null && profile.ateco.length === 0 && profile.province === null;
}

/**
 * The table, written row by row, then how old the data is, what changed (--changed) and why
 * (--explain). Those two sections list the results again, so they keep them; a plain table keeps
 * none.
 */
async function emitTable(
  ctx: CliContext,
  flags: SearchFlags,
  db: Db,
  messages: Messages,
  found: Iterable<MatchResult>,
  { forChanges, notes }: { forChanges: boolean; notes: () => readonly string[] },
): Promise<void> {
  const [{ tableChunks }, { renderFreshness }] = await Promise.all([
    import('../../output/table.js'),
    import('../../output/freshness.js'),
  ]);
  const colors = flags.output ? createColors(false) : ctx.colors;
  // How old the data is, with the nudge to update, under the footer: seen before acting.
  const fresh = renderFreshness(
    sourceDates(db),
    romeDate(ctx.now()),
    messages,
    colors,
    ctx.stdout.columns ?? 80,
  );
  // --changed and --explain list the shown results again: those (at most --limit) are kept.
  const shown = flags.explain || forChanges ? keepFirst(found, flags.limit || Infinity) : null;
  const kept = shown?.kept ?? null;
  const { first, rest } = peek(shown?.all ?? found);
  if (first === undefined) {
    const none = forChanges
      ? messages.update.nothingChanged()
      : messages.noResults(Boolean(flags.explain));
    return emit(ctx, flags, [none, ...notes(), fresh].join('\n'));
  }
  const explain = kept && flags.explain ? await import('../../output/explain.js') : null;
  const changes = kept && forChanges ? await import('../../output/changes.js') : null;
  function* chunks(): Generator<string, void, undefined> {
    yield* tableChunks(rest, {
      messages,
      colors,
      width: ctx.stdout.columns ?? 80,
      // Off a terminal (a pipe, --output) every id is printed whole.
      whole: !ctx.stdout.isTTY || Boolean(flags.output),
      limit: flags.limit,
      notes,
    });
    yield fresh;
    if (kept && changes) yield `\n${changes.renderResultChanges(kept, messages)}`;
    if (kept && explain) yield `\n${explain.renderExplanations(kept, messages, colors)}\n`;
  }
  await emitChunks(ctx, flags, chunks());
}

/**
 * The first `n` items, kept, and all the items again from the start: the ones past `n` are read
 * once, as they come, and not kept.
 */
function keepFirst<T>(items: Iterable<T>, n: number): { kept: T[]; all: Iterable<T> } {
  const iterator = items[Symbol.iterator]();
  const kept: T[] = [];
  while (kept.length < n) {
    const next = iterator.next();
    if (next.done) break;
    kept.push(next.value);
  }
  const all: Iterable<T> = {
    *[Symbol.iterator]() {
      yield* kept;
      for (let next = iterator.next(); !next.done; next = iterator.next()) yield next.value;
    },
  };
  return { kept, all };
}

/** The first item of an iterable, and the iterable again from the start (the first included). */
function peek<T>(items: Iterable<T>): { first: T | undefined; rest: Iterable<T> } {
  if (Array.isArray(items)) return { first: items[0] as T | undefined, rest: items };
  const iterator = items[Symbol.iterator]();
  const head = iterator.next();
  const rest: Iterable<T> = {
    *[Symbol.iterator]() {
      if (head.done) return;
      yield head.value;
      for (let next = iterator.next(); !next.done; next = iterator.next()) yield next.value;
    },
  };
  return { first: head.done ? undefined : head.value, rest };
}

/** The deadlines as a calendar; what had no closing date is counted on stderr. */
async function emitCalendar(
  ctx: CliContext,
  flags: OutputFlags,
  results: MatchResult[],
): Promise<void> {
  const { renderIcs } = await import('../../output/ics.js');
  const calendar = renderIcs(results, { messages: ctx.messages, now: ctx.now() });
  emit(ctx, flags, calendar.text);
  if (calendar.undated)
    ctx.stderr.write(`fesr: ${ctx.messages.calendar.undatedLeftOut(calendar.undated)}\n`);
}
