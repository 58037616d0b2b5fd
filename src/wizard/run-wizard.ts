// The wizard from first question to the equivalent command line: profile steps (with a way
// back), the company facts the candidate calls need, the results with their details, then the
// offers to save the profile and export the results (CSV, or the deadlines as a calendar).
import { PROFILE_NAME_RULE, toSavedProfile } from '../core/saved-profile.js';
import { toSearchCommand } from '../core/search-command.js';
import type { MatchResult } from '../core/types.js';
import { FesrError } from '../errors.js';
import type { ProfileInput } from '../core/profile.js';
import {
  emptyAnswers,
  toFilters,
  toProfileInput,
  withoutFacts,
  type WizardAnswers,
} from './answers.js';
import { BACK, type Asker, type Choice } from './asker.js';
import { factNeeds, factSteps } from './facts.js';
import type { WizardServices } from './services.js';
import { PROFILE_STEPS, type Step, type StepContext, type StepOutcome } from './steps.js';
import type { WizardMessages } from '../i18n/messages.js';
import { whyNone } from '../core/why-none.js';

export interface WizardOutcome {
  answers: WizardAnswers;
  results: MatchResult[];
  command: string;
  savedAs: string | null;
  exportedTo: string | null;
}

/** A saved profile to start from (`--profile NAME`): its answers are every step's default. */
export interface WizardStart {
  name: string;
  answers: WizardAnswers;
}

export async function runWizard(
  ask: Asker,
  services: WizardServices,
  start?: WizardStart,
): Promise<WizardOutcome> {
  const t = services.messages.wizard;
  services.print(`${t.intro()}\n`);
  if (start) services.print(`${t.startingFrom(start.name)}\n`);
  services.print('\n');
  const answers = start ? structuredClone(start.answers) : emptyAnswers();
  const match = rememberLast(services);
  // Profile steps, then the fact questions the first matching calls for, then the results; a
  // step that goes back returns to the one before it, so from the first fact question to the aid.
  let facts: Step[] = [];
  let step = 0;
  // Whether the step about to run is come back to: it then starts from its last question.
  let entering: StepContext['entering'] = 'forward';
  let results: MatchResult[] = [];
  for (;;) {
    if (step < PROFILE_STEPS.length) {
      const run = PROFILE_STEPS[step] as Step;
      const outcome: StepOutcome = await run({ ask, answers, services, entering });
      entering = outcome === 'back' ? 'back' : 'forward';
      step = outcome === 'back' ? Math.max(0, step - 1) : step + 1;
      if (step < PROFILE_STEPS.length) continue;
      // The first matching, without the facts: what the candidate calls need to know.
      const first = tryMatch(match, withoutFacts(toProfileInput(answers)), answers, services);
      if (first === BACK) {
        step = PROFILE_STEPS.length - 1;
        entering = 'back';
        continue;
      }
      const needs = factNeeds(first);
      facts = factSteps(needs);
      if (facts.length) services.print(`\n${t.factsIntro(needs.calls)}\n`);
      continue;
    }
    const fact = step - PROFILE_STEPS.length;
    if (fact < facts.length) {
      const run = facts[fact] as Step;
      const outcome = await run({ ask, answers, services, entering });
      entering = outcome === 'back' ? 'back' : 'forward';
      step += outcome === 'back' ? -1 : 1;
      continue;
    }
    const shown = await showResults(ask, answers, services, match);
    if (shown === RESTART) {
      // Change the profile: every question again from the first, each answer as its default.
      step = 0;
      entering = 'forward';
      continue;
    }
    if (shown !== BACK) {
      results = shown;
      break;
    }
    step = PROFILE_STEPS.length + facts.length - 1;
    entering = 'back';
  }
  const savedAs = await offerSave(ask, answers, services, start?.name);
  const exportedTo = results.length ? await offerExport(ask, results, services) : null;
  const asOf = services.asOfGiven ? services.asOf : null;
  const command = toSearchCommand(toProfileInput(answers), toFilters(answers, asOf));
  services.print(`\n${t.equivalentCommand()}\n  ${command}\n`);
  return { answers, results, command, savedAs, exportedTo };
}

const DETAILS = '<details>';
const DONE = '<done>';
const RESTART = '<restart>';

type Match = WizardServices['match'];

/**
 * The matcher, remembering its last answer: the results reuse the first matching when the fact
 * questions changed nothing (none asked, or all skipped).
 */
function rememberLast(services: WizardServices): Match {
  let last: { key: string; results: MatchResult[] } | null = null;
  return (input, filters, explain = false) => {
    const key = JSON.stringify([input, filters, explain]);
    if (last?.key !== key) last = { key, results: services.match(input, filters, explain) };
    return last.results;
  };
}

/** The matching of these answers, or BACK (said why) when the core refuses the profile. */
function tryMatch(
  match: Match,
  input: ProfileInput,
  answers: WizardAnswers,
  services: WizardServices,
): MatchResult[] | typeof BACK {
  try {
    return match(input, toFilters(answers, services.asOf));
  } catch (error) {
    // A profile the core refuses (it should not happen from the wizard's own choices): say why
    // and let the user change the answers instead of leaving the wizard.
    if (!(error instanceof FesrError)) throw error;
    services.print(`${error.message}\n`);
    return BACK;
  }
}

/**
 * The results and the details menu; BACK when the user wants to change the last answer, RESTART
 * to go through the questions again (after no result, why is said first, and that is the offer).
 */
async function showResults(
  ask: Asker,
  answers: WizardAnswers,
  services: WizardServices,
  match: Match,
): Promise<MatchResult[] | typeof BACK | typeof RESTART> {
  const t = services.messages;
  const results = tryMatch(match, toProfileInput(answers), answers, services);
  if (results === BACK) return BACK;
  services.print(`\n${t.wizard.resultsHeading(services.asOf)}\n`);
  if (results.length) services.print(services.renderResults(results));
  else {
    const judged = match(toProfileInput(answers), toFilters(answers, services.asOf), true);
    const why = whyNone(judged);
    const top = why.cuts[0];
    services.print(
      `${t.noResults(true)}\n${
        top
          ? t.wizard.whyNone(t.criterionName(top.criterion), top.measures, why.judged)
          : t.wizard.whyNoneFiltered(Boolean(answers.text), answers.aid.length > 0)
      }\n`,
    );
  }
  for (;;) {
    const next = await ask.select<string>({
      message: t.wizard.nextQuestion(),
      choices: [
        ...(results.length ? [{ value: DETAILS, name: t.wizard.openDetails() }] : []),
        ...(results.length ? [] : [{ value: RESTART, name: t.wizard.changeProfile() }]),
        { value: BACK, name: `${t.wizard.back()}: ${t.wizard.changeAnswers()}` },
        { value: DONE, name: t.wizard.finish() },
      ],
      default: results.length ? DONE : RESTART,
    });
    if (next === BACK || next === RESTART) return next;
    if (next === DONE) return results;
    const id = await ask.select<string>({
      message: t.wizard.pickMeasure(),
      choices: [...measureChoices(results, t.wizard), { value: BACK, name: t.wizard.back() }],
    });
    const chosen = results.find((r) => r.measure.id === id);
    if (chosen) services.print(`\n${services.renderDetails(chosen)}\n`);
  }
}

/**
 * One picker line per result. Two calls of one title (a yearly call, one per source) are told
 * apart by their id and dates, kept whole at the end of the line when the title is cut.
 */
export function measureChoices(
  results: readonly MatchResult[],
  t: WizardMessages,
): Choice<string>[] {
  const seen = new Map<string, number>();
  for (const r of results) seen.set(titleKey(r), (seen.get(titleKey(r)) ?? 0) + 1);
  return results.map((r) => ({
    value: r.measure.id,
    name: r.measure.title,
    description: r.measure.id,
    ...((seen.get(titleKey(r)) ?? 0) > 1
      ? { tag: t.measureTag(r.measure.id, r.status.opensOn, r.status.closesOn) }
      : {}),
  }));
}

function titleKey(result: MatchResult): string {
  return result.measure.title.trim().toLowerCase();
}

async function offerSave(
  ask: Asker,
  answers: WizardAnswers,
  services: WizardServices,
  proposed: string | undefined,
): Promise<string | null> {
  const t = services.messages.wizard;
  if (!(await ask.confirm({ message: t.saveQuestion(), default: false }))) return null;
  for (;;) {
    const name = (
      await ask.input({
        message: t.profileNameQuestion(),
        default: proposed,
        validate: (v) => (PROFILE_NAME_RULE.test(v.trim()) ? true : t.profileNameInvalid()),
      })
    ).trim();
    if (
      services.profileExists(name) &&
      !(await ask.confirm({ message: t.replaceProfile(name), default: false }))
    )
      continue;
    const filters = toFilters(answers, null);
    services.saveProfile(name, toSavedProfile(toProfileInput(answers), filters));
    services.print(`${t.profileSaved(name)}\n`);
    return name;
  }
}

type ExportKind = 'xlsx' | 'csv' | 'ics';

const EXPORT_FILES: Record<ExportKind, string> = {
  xlsx: 'fesr-results.xlsx',
  csv: 'fesr-results.csv',
  ics: 'fesr-deadlines.ics',
};

async function offerExport(
  ask: Asker,
  results: readonly MatchResult[],
  services: WizardServices,
): Promise<string | null> {
  const t = services.messages.wizard;
  // Italian users open results in Excel in an Italian locale: the workbook is the default, and a
  // CSV is Excel's Italian dialect (BOM, `;`, decimal comma), as `--excel` writes it.
  const italian = services.messages.lang === 'it';
  const kind = await ask.select<ExportKind | false>({
    message: t.exportQuestion(),
    choices: [
      { value: 'xlsx', name: t.exportExcel() },
      { value: 'csv', name: t.exportCsv() },
      { value: 'ics', name: t.exportCalendar() },
      { value: false, name: t.no() },
    ],
    default: italian ? 'xlsx' : false,
  });
  if (!kind) return null;
  for (;;) {
    const path = (
      await ask.input({
        message: t.fileNameQuestion(),
        default: EXPORT_FILES[kind],
        validate: (v) => (v.trim() ? true : t.fileNameQuestion()),
      })
    ).trim();
    if (
      services.fileExists(path) &&
      !(await ask.confirm({ message: t.replaceFile(path), default: false }))
    )
      continue;
    if (kind === 'xlsx') {
      await services.exportWorkbook(path, results);
      services.print(`${t.exported(results.length, path)}\n`);
    } else if (kind === 'csv') {
      services.exportCsv(path, results, { excel: italian });
      services.print(`${t.exported(results.length, path)}\n`);
    } else {
      const { events, undated } = services.exportCalendar(path, results);
      services.print(`${t.exportedCalendar(events, undated, path)}\n`);
    }
    return path;
  }
}
