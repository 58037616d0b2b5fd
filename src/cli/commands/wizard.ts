// fesr wizard: the interactive eligibility wizard over the same pipeline as `fesr search`.
import { renderFreshness } from '../../output/freshness.js';
import { sourceDates } from '../../db/snapshots.js';
import { existsSync } from 'node:fs';
import { meansOtherIn2025 } from '../../core/ateco-resolve.js';
import { collapseAtecoHits, mergeAtecoChoices, type AtecoChoice } from '../../core/ateco-search.js';
import { sectorSearches, sectorVocabulary } from '../../core/sector-synonyms.js';
import { romeDate } from '../../core/dates.js';
import { buildProfile } from '../../core/profile.js';
import { createPlaceSearch } from '../../core/province-search.js';
import type { SavedProfile } from '../../core/saved-profile.js';
import type { CompanyProfile } from '../../core/types.js';
import {
  allMunicipalities,
  atecoLookup,
  atecoTitles,
  municipalityName,
  searchAteco,
} from '../../db/reference.js';
import { InterruptedError, UsageError } from '../../errors.js';
import { renderCsv } from '../../output/csv.js';
import { emitWorkbook } from '../emit.js';
import { renderIcs } from '../../output/ics.js';
import { renderMeasure } from '../../output/show.js';
import { renderTable } from '../../output/table.js';
import { wrapText } from '../../output/text.js';
import { createInquirerAsker } from '../../wizard/inquirer-asker.js';
import { answersFromProfile } from '../../wizard/answers.js';
import { runWizard, type WizardStart } from '../../wizard/run-wizard.js';
import { writeWholeFile } from '../write-file.js';
import type { WizardServices } from '../../wizard/services.js';
import type { CliContext } from '../context.js';
import { ProfilesStore } from '../profiles-store.js';
import { asOfDay, DEFAULT_STATUSES, findMatches } from '../matching.js';
import { withStore } from '../store.js';
import type { Db } from '../../db/open.js';

export interface WizardFlags {
  asOf?: string;
  profile?: string;
}

export async function runWizardCommand(flags: WizardFlags, ctx: CliContext): Promise<void> {
  const t = ctx.messages.wizard;
  // An unknown name is reported (with the saved names) before anything else.
  const saved = flags.profile ? new ProfilesStore(ctx.configDir).read(flags.profile) : null;
  if (!ctx.stdin.isTTY || !ctx.stdout.isTTY)
    throw new UsageError(t.needsTerminal(), t.needsTerminalHint());
  const asOf = asOfDay(flags.asOf, ctx);
  await withStore(ctx, async (db) => {
    const services = createWizardServices(db, ctx, asOf, Boolean(flags.asOf));
    const start =
      flags.profile && saved ? wizardStart(db, flags.profile, saved, services) : undefined;
    // A terminal's input ends only when the terminal closes (Ctrl+D is a key in raw mode): that
    // is a hang-up, handled before Inquirer tries to reset the gone terminal and fails loudly.
    const hangUp = () => void process.emit('SIGHUP', 'SIGHUP');
    ctx.stdin.once('end', hangUp);
    try {
      await runWizard(
        createInquirerAsker(t, { input: ctx.stdin, output: ctx.stdout }, ctx.stdout.columns),
        services,
        start,
      );
    } catch (error) {
      if (error instanceof InterruptedError) {
        ctx.stderr.write(`\n${t.cancelled(services.written())}\n`);
      }
      throw error;
    } finally {
      ctx.stdin.off('end', hangUp);
    }
  });
}

/**
 * The wizard's starting answers from a saved profile, validated as a search would read it (a bad
 * hand-edited value is a usage error before the first question).
 */
export function wizardStart(
  db: Db,
  name: string,
  saved: SavedProfile,
  services: WizardServices,
): WizardStart {
  const profile = buildProfile(saved, atecoLookup(db));
  // A saved code may carry a version prefix (2007:25.62.00); the picker lists such codes so.
  const describe = (code: string): AtecoChoice =>
    services.searchAteco(code.replace(/^\d{4}:/, '')).find((c) => c.code === code) ?? {
      code,
      title: '',
      versions: profile.ateco
        .filter((a) => a.code === code.replace(/^\d{4}:/, ''))
        .map((a) => a.version),
    };
  return { name, answers: answersFromProfile(saved, profile, describe) };
}

export function createWizardServices(
  db: Db,
  ctx: CliContext,
  asOf: string,
  asOfGiven: boolean,
): WizardServices {
  const messages = ctx.messages;
  const lookup = atecoLookup(db);
  const profiles = new ProfilesStore(ctx.configDir);
  const placeOf = municipalityName(db);
  // What the user asked to save before any Ctrl+C, so the goodbye does not deny it.
  const written: string[] = [];
  let lastProfile: CompanyProfile | null = null;
  const today = romeDate(ctx.now());
  let vocabulary: Set<string> | undefined;
  return {
    messages,
    asOf,
    asOfGiven,
    today,
    // Everyday words through the synonym table, typos mended against the ATECO titles' words;
    // each search is its own list, merged so that each one shows its best.
    searchAteco: (term) => {
      vocabulary ??= sectorVocabulary(atecoTitles(db));
      const lists = sectorSearches(term, vocabulary).map(({ query, titlesOnly }) =>
        collapseAtecoHits(
          searchAteco(db, query, 80, { titlesOnly }),
          messages.lang === 'en',
          20,
          (code) => meansOtherIn2025(code, lookup),
        ),
      );
      return mergeAtecoChoices(lists, 10, 4);
    },
    searchPlaces: createPlaceSearch(allMunicipalities(db)),
    match: (input, filters, explain = false) => {
      lastProfile = buildProfile(input, lookup, today);
      const request = {
        asOf,
        statuses: DEFAULT_STATUSES,
        text: filters.text,
        aid: filters.aid,
        explain,
      };
      return findMatches(db, lastProfile, request);
    },
    // The table, then how old the data is (and the nudge to `fesr update`), as under a search.
    renderResults: (results) =>
      renderTable(results, { messages, colors: ctx.colors, width: ctx.stdout.columns ?? 80 }) +
      renderFreshness(sourceDates(db), today, messages, ctx.colors, ctx.stdout.columns ?? 80),
    renderDetails: (result) => renderMeasure(result, messages, ctx.colors, true, placeOf),
    profileExists: (name) => profiles.exists(name),
    saveProfile: (name, profile) => void written.push(profiles.write(name, profile)),
    fileExists: (path) => existsSync(path),
    exportCsv: (path, results, { excel }) => {
      // Reasons are data: the CSV writer says them in English, like `search --format csv`.
      writeWholeFile(path, renderCsv(results, { excel }));
      written.push(path);
    },
    exportWorkbook: async (path, results) => {
      // A workbook is read by people: its headers and words speak the interface's language.
      const { resultSheets } = await import('../../output/xlsx.js');
      await emitWorkbook(
        ctx,
        { output: path, force: true },
        resultSheets(results, messages),
        messages,
      );
      written.push(path);
    },
    exportCalendar: (path, results) => {
      // A calendar is read by people: its descriptions speak the interface's language.
      const calendar = renderIcs(results, { messages, now: ctx.now() });
      writeWholeFile(path, calendar.text);
      written.push(path);
      return { events: calendar.events, undated: calendar.undated };
    },
    // Sentences break between words at the terminal's edge; tables already fit.
    print: (text) => void ctx.stdout.write(wrapText(text, ctx.stdout.columns ?? 80)),
    written: () => [...written],
  };
}
