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
import { BACK, type Asker } from './asker.js';
import { factNeeds, factSteps } from './facts.js';
import type { WizardServices } from './services.js';
import { PROFILE_STEPS, type Step, type StepOutcome } from './steps.js';

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
  let results: MatchResult[] = [];
  for (;;) {
    if (step < PROFILE_STEPS.length) {
      const run = PROFILE_STEPS[step] as Step;
      const outcome: StepOutcome = await run({ ask, answers, services });
      step = outcome === 'back' ? Math.max(0, step - 1) : step + 1;
      if (step < PROFILE_STEPS.length) continue;
      // The first matching, without the facts: what the candidate calls need to know.
      const first = tryMatch(match, withoutFacts(toProfileInput(answers)), answers, services);
      if (first === BACK) {
        step = PROFILE_STEPS.length - 1;
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
      step += (await run({ ask, answers, services })) === 'back' ? -1 : 1;
      continue;
    }
    const shown = await showResults(ask, answers, services, match);
    if (shown !== BACK) {
      results = shown;
      break;
    }
    step = PROFILE_STEPS.length + facts.length - 1;
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

type Match = WizardServices['match'];

/**
 * The matcher, remembering its last answer: the results reuse the first matching when the fact
 * questions changed nothing (none asked, or all skipped).
 */
function rememberLast(services: WizardServices): Match {
  let last: { key: string; results: MatchResult[] } | null = null;
  return (input, filters) => {
    const key = JSON.stringify([input, filters]);
    if (last?.key !== key) last = { key, results: services.match(input, filters) };
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

/** The results and the details menu; BACK when the user wants to change the answers. */
async function showResults(
  ask: Asker,
  answers: WizardAnswers,
  services: WizardServices,
  match: Match,
): Promise<MatchResult[] | typeof BACK> {
  const t = services.messages;
  const results = tryMatch(match, toProfileInput(answers), answers, services);
  if (results === BACK) return BACK;
  services.print(`\n${t.wizard.resultsHeading(services.asOf)}\n`);
  services.print(results.length ? services.renderResults(results) : `${t.noResults(true)}\n`);
  for (;;) {
    const next = await ask.select<string>({
      message: t.wizard.nextQuestion(),
      choices: [
        ...(results.length ? [{ value: DETAILS, name: t.wizard.openDetails() }] : []),
        { value: BACK, name: `${t.wizard.back()}: ${t.wizard.changeAnswers()}` },
        { value: DONE, name: t.wizard.finish() },
      ],
      default: DONE,
    });
    if (next === BACK) return BACK;
    if (next === DONE) return results;
    const id = await ask.select<string>({
      message: t.wizard.pickMeasure(),
      choices: [
        ...results.map((r) => ({
          value: r.measure.id,
          name: r.measure.title,
          description: r.measure.id,
        })),
        { value: BACK, name: t.wizard.back() },
      ],
    });
    const chosen = results.find((r) => r.measure.id === id);
    if (chosen) services.print(`\n${services.renderDetails(chosen)}\n`);
  }
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

type ExportKind = 'csv' | 'ics';

const EXPORT_FILES: Record<ExportKind, string> = {
  csv: 'fesr-results.csv',
  ics: 'fesr-deadlines.ics',
};

async function offerExport(
  ask: Asker,
  results: readonly MatchResult[],
  services: WizardServices,
): Promise<string | null> {
  const t = services.messages.wizard;
  const kind = await ask.select<ExportKind | false>({
    message: t.exportQuestion(),
    choices: [
      { value: 'csv', name: t.exportCsv() },
      { value: 'ics', name: t.exportCalendar() },
      { value: false, name: t.no() },
    ],
    default: false,
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
    if (kind === 'csv') {
      services.exportCsv(path, results);
      services.print(`${t.exported(results.length, path)}\n`);
    } else {
      const { events, undated } = services.exportCalendar(path, results);
      services.print(`${t.exportedCalendar(events, undated, path)}\n`);
    }
    return path;
  }
}
