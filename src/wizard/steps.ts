// The questions of the wizard, one function per step. A step fills its part of the answers and
// says whether to go on or back; what was answered before is the default when a step comes back.
import { classifySize } from '../core/size.js';
import { parseAmount } from '../core/numbers.js';
import { AID_FORMS, SIZES, type AidForm, type Size } from '../core/types.js';
import { BACK, BACK_TYPED, type Asker, type Choice } from './asker.js';
import type { WizardAnswers } from './answers.js';
import type { WizardServices } from './services.js';

export type StepOutcome = 'next' | 'back';

export interface StepContext {
  ask: Asker;
  answers: WizardAnswers;
  services: WizardServices;
}

export type Step = (ctx: StepContext) => Promise<StepOutcome>;

const SKIP = '<skip>';
const FIGURES = '<figures>';

export const askSize: Step = async ({ ask, answers, services }) => {
  const t = services.messages.wizard;
  for (;;) {
    const choice = await ask.select<string>({
      message: t.sizeQuestion(),
      choices: [
        { value: FIGURES, name: t.sizeFromFigures() },
        ...SIZES.map((size) => ({ value: size, name: t.sizeChoice(size) })),
        { value: SKIP, name: t.sizeSkip() },
      ],
      default: answers.employees !== null ? FIGURES : (answers.size ?? FIGURES),
    });
    if (choice === SKIP || (SIZES as readonly string[]).includes(choice)) {
      Object.assign(answers, { employees: null, turnover: null, balanceSheet: null });
      answers.size = choice === SKIP ? null : (choice as Size);
      return 'next';
    }
    if (await askFigures(ask, answers, services)) return 'next';
  }
};

/** Headcount, turnover, balance sheet; false when the user went back to the size question. */
async function askFigures(
  ask: Asker,
  answers: WizardAnswers,
  services: WizardServices,
): Promise<boolean> {
  const t = services.messages.wizard;
  const hint = ` ${t.backHint()}`;
  const employees = await ask.input({
    message: t.employeesQuestion() + hint,
    default: answers.employees?.toString(),
    validate: (v) =>
      v.trim() === BACK_TYPED || /^\d+$/.test(v.trim()) ? true : t.notWholeNumber(),
  });
  if (employees.trim() === BACK_TYPED) return false;
  const amount = async (message: string, previous: number | null) => {
    const text = await ask.input({
      message: message + hint,
      default: previous?.toString(),
      validate: (v) =>
        ['', BACK_TYPED].includes(v.trim()) || (parseAmount(v) ?? -1) >= 0 ? true : t.notAmount(),
    });
    return text.trim() === BACK_TYPED ? BACK : text.trim() === '' ? null : parseAmount(text);
  };
  const turnover = await amount(t.turnoverQuestion(), answers.turnover);
  if (turnover === BACK) return false;
  const balanceSheet = await amount(t.balanceSheetQuestion(), answers.balanceSheet);
  if (balanceSheet === BACK) return false;
  const basis = classifySize(Number(employees.trim()), turnover, balanceSheet);
  Object.assign(answers, {
    size: basis.size,
    employees: basis.employees,
    turnover,
    balanceSheet,
  });
  services.print(`→ ${t.sizeDecided(basis)}\n`);
  return true;
}

export const askSector: Step = async ({ ask, answers, services }) => {
  const t = services.messages.wizard;
  const kept = answers.ateco;
  const fixed = (): Choice<string>[] => [
    ...(kept ? [{ value: kept.code, name: `${kept.code}  ${kept.title}` }] : []),
    { value: SKIP, name: t.sectorSkip() },
    { value: BACK, name: t.back() },
  ];
  const titles = new Map(kept ? [[kept.code, kept.title]] : []);
  const choice = await ask.search<string>({
    message: t.sectorQuestion(),
    source: (term) => {
      if (!term.trim()) return fixed();
      const found = services.searchAteco(term).map((c) => {
        titles.set(c.code, c.title);
        return {
          value: c.code,
          name: `${c.code}  ${c.title}`,
          description: t.atecoVersions(c.versions),
        };
      });
      return [...found, ...fixed().filter((c) => c.value !== kept?.code)];
    },
  });
  if (choice === BACK) return 'back';
  answers.ateco = choice === SKIP ? null : { code: choice, title: titles.get(choice) ?? '' };
  return 'next';
};

export const askProvince: Step = async ({ ask, answers, services }) => {
  const t = services.messages.wizard;
  const fixed = (): Choice<string>[] => [
    ...(answers.province
      ? [{ value: answers.province, name: provinceName(answers.province) }]
      : []),
    { value: SKIP, name: t.provinceSkip() },
    { value: BACK, name: t.back() },
  ];
  function provinceName(sigla: string): string {
    const place = services.searchPlaces(sigla).find((p) => p.sigla === sigla);
    return place ? `${sigla}  ${place.province.name}` : sigla;
  }
  const choice = await ask.search<string>({
    message: t.provinceQuestion(),
    source: (term) => {
      const places = services.searchPlaces(term).map((p) => ({
        value: p.sigla,
        name: p.municipality
          ? `${p.sigla}  ${p.province.name}  (${t.municipalityIn(p.municipality, p.province.name)})`
          : `${p.sigla}  ${p.province.name}`,
      }));
      return term.trim() ? [...places, ...fixed()] : [...fixed(), ...places];
    },
  });
  if (choice === BACK) return 'back';
  answers.province = choice === SKIP ? null : choice;
  return 'next';
};

export const askKeywords: Step = async ({ ask, answers, services }) => {
  const t = services.messages.wizard;
  const text = await ask.input({
    message: `${t.keywordsQuestion()} ${t.backHint()}`,
    default: answers.text ?? undefined,
  });
  if (text.trim() === BACK_TYPED) return 'back';
  answers.text = text.trim() || null;
  return 'next';
};

export const askAid: Step = async ({ ask, answers, services }) => {
  const t = services.messages;
  const choice = await ask.select<string>({
    message: t.wizard.aidQuestion(),
    choices: [
      { value: SKIP, name: t.wizard.aidAny() },
      ...AID_FORMS.map((form) => ({ value: form, name: t.aidFormName(form) })),
      { value: BACK, name: t.wizard.back() },
    ],
    default: answers.aid ?? SKIP,
  });
  if (choice === BACK) return 'back';
  answers.aid = choice === SKIP ? null : (choice as AidForm);
  return 'next';
};

export const PROFILE_STEPS: readonly Step[] = [
  askSize,
  askSector,
  askProvince,
  askKeywords,
  askAid,
];
