// The questions of the wizard, one function per step. A step fills its part of the answers and
// says whether to go on or back; what was answered before is the default when a step comes back.
import type { AtecoChoice } from '../core/ateco-search.js';
import { classifySize } from '../core/size.js';
import { parseAmount } from '../core/numbers.js';
import { regionProvinces, splitPlaces } from '../core/provinces.js';
import { AID_FORMS, SIZES, type AidForm, type Size } from '../core/types.js';
import { BACK, BACK_TYPED, type Asker, type Choice } from './asker.js';
import type { WizardAnswers } from './answers.js';
import type { WizardServices } from './services.js';

export type StepOutcome = 'next' | 'back';

export interface StepContext {
  ask: Asker;
  answers: WizardAnswers;
  services: WizardServices;
  /**
   * 'back' when the step after this one went back: a step of several questions then starts
   * from its last one (the question just before), not from its first.
   */
  entering: 'forward' | 'back';
}

export type Step = (ctx: StepContext) => Promise<StepOutcome>;

const SKIP = '<skip>';
const FIGURES = '<figures>';
const DONE = '<done>';
const ADD = '<add>';

export const askSize: Step = async ({ ask, answers, services, entering }) => {
  const t = services.messages.wizard;
  // Come back to from the sector question, the last question asked is the balance sheet's when
  // the size came from the figures: that one comes back, with everything typed before kept.
  let figure: number | null = entering === 'back' && answers.employees !== null ? 2 : null;
  for (;;) {
    if (figure === null) {
      const choice = await ask.select<string>({
        message: t.sizeQuestion(),
        choices: [
          { value: FIGURES, name: t.sizeFromFigures() },
          ...SIZES.map((size) => ({ value: size, name: t.sizeChoice(size) })),
          { value: SKIP, name: t.sizeSkip() },
        ],
        default:
          answers.employees !== null
            ? FIGURES
            : (answers.size ?? (answers.sizeSkipped ? SKIP : FIGURES)),
      });
      if (choice === SKIP || (SIZES as readonly string[]).includes(choice)) {
        Object.assign(answers, { employees: null, turnover: null, balanceSheet: null });
        answers.size = choice === SKIP ? null : (choice as Size);
        answers.sizeSkipped = choice === SKIP;
        return 'next';
      }
      figure = 0;
    }
    figure = await askFigures(ask, answers, services, figure);
    if (figure === null) continue;
    answers.sizeSkipped = false;
    return 'next';
  }
};

/** The figures the size is worked out from, in the order they are asked. */
const FIGURE_KEYS = ['employees', 'turnover', 'balanceSheet'] as const;

/**
 * Headcount, turnover, balance sheet, from the `from`-th: each answer is kept in `answers` as
 * soon as it is typed, so `<` goes back one question with its answer as the default. Null when
 * the user went back from the headcount to the size question, else the last figure's index.
 */
async function askFigures(
  ask: Asker,
  answers: WizardAnswers,
  services: WizardServices,
  from: number,
): Promise<number | null> {
  const t = services.messages.wizard;
  const hint = ` ${t.backHint()}`;
  let i = from;
  while (i < FIGURE_KEYS.length) {
    const key = FIGURE_KEYS[i] as (typeof FIGURE_KEYS)[number];
    const reply = key === 'employees' ? await askEmployees() : await askAmount(key);
    if (reply === BACK) {
      if (i === 0) return null;
      i -= 1;
      continue;
    }
    answers[key] = reply;
    i += 1;
  }
  const basis = classifySize(answers.employees ?? 0, answers.turnover, answers.balanceSheet);
  Object.assign(answers, { size: basis.size, employees: basis.employees });
  services.print(`→ ${t.sizeDecided(basis)}\n`);
  return FIGURE_KEYS.length - 1;

  async function askEmployees(): Promise<number | typeof BACK> {
    const text = await ask.input({
      message: t.employeesQuestion() + hint,
      default: answers.employees?.toString(),
      validate: (v) =>
        // Annual work units (ULA) are fractional: 12.5 or 12,5.
        v.trim() === BACK_TYPED || /^\d+([.,]\d+)?$/.test(v.trim()) ? true : t.notWholeNumber(),
    });
    return text.trim() === BACK_TYPED ? BACK : Number(text.trim().replace(',', '.'));
  }

  async function askAmount(key: 'turnover' | 'balanceSheet'): Promise<number | null | typeof BACK> {
    const text = await ask.input({
      message: (key === 'turnover' ? t.turnoverQuestion() : t.balanceSheetQuestion()) + hint,
      default: answers[key]?.toString(),
      validate: (v) =>
        ['', BACK_TYPED].includes(v.trim()) || (parseAmount(v) ?? -1) >= 0 ? true : t.notAmount(),
    });
    return text.trim() === BACK_TYPED ? BACK : text.trim() === '' ? null : parseAmount(text);
  }
}

export const askSector: Step = async ({ ask, answers, services, entering }) => {
  const t = services.messages.wizard;
  // Activity i is picked, then "another one?"; back from either goes one question back. Come
  // back to from the province, the last question asked comes back: "another one?" after the
  // last activity.
  const list = [...answers.ateco];
  const last = entering === 'back' && list.length > 0;
  let i = last ? list.length - 1 : 0;
  let picking = !last;
  for (;;) {
    if (picking) {
      const taken = list.slice(0, i).map((a) => a.code);
      const picked = await pickActivity(ask, services, i, list[i] ?? null, taken);
      if (picked === SKIP) {
        answers.ateco = [];
        return 'next';
      }
      if (picked === BACK) {
        if (i === 0) return 'back';
        i -= 1;
      } else list[i] = picked;
      picking = false;
      continue;
    }
    const more = await ask.select<string>({
      message: t.moreActivitiesQuestion(),
      choices: [
        { value: DONE, name: t.activitiesDone(list.slice(0, i + 1).map((a) => a.code)) },
        { value: ADD, name: t.addActivity(list[i + 1]?.code ?? null) },
        { value: BACK, name: t.back() },
      ],
      default: list.length > i + 1 ? ADD : DONE,
    });
    if (more === DONE) {
      const chosen = list.slice(0, i + 1);
      answers.ateco = chosen.filter((a, n) => chosen.findIndex((b) => b.code === a.code) === n);
      return 'next';
    }
    if (more === ADD) i += 1;
    picking = true;
  }
};

/** One activity from the ATECO picker: its code (by code or words), SKIP (first only) or BACK. */
async function pickActivity(
  ask: Asker,
  services: WizardServices,
  index: number,
  kept: AtecoChoice | null,
  taken: readonly string[],
): Promise<AtecoChoice | typeof SKIP | typeof BACK> {
  const t = services.messages.wizard;
  const line = (c: AtecoChoice): Choice<string> => ({
    value: c.code,
    name: `${c.code}  ${c.title}`,
    ...(c.versions.length
      ? { tag: t.atecoVersionsTag(c.versions), description: t.atecoVersions(c.versions) }
      : {}),
  });
  const shown = kept && !taken.includes(kept.code) ? kept : null;
  const fixed = (): Choice<string>[] => [
    ...(shown ? [line(shown)] : []),
    ...(index === 0 ? [{ value: SKIP, name: t.sectorSkip() }] : []),
    { value: BACK, name: t.back() },
  ];
  const found = new Map(shown ? [[shown.code, shown]] : []);
  const choice = await ask.search<string>({
    message: index === 0 ? t.sectorQuestion() : t.anotherSectorQuestion(index + 1),
    source: (term) => {
      if (!term.trim()) return fixed();
      const hits = services.searchAteco(term).filter((c) => !taken.includes(c.code));
      for (const c of hits) found.set(c.code, c);
      return [...hits.map(line), ...fixed().filter((c) => c.value !== shown?.code)];
    },
  });
  if (choice === BACK || choice === SKIP) return choice;
  return found.get(choice) ?? { code: choice, title: '', versions: [] };
}

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
    if (sigla.includes(',')) return sigla.split(',').join(', ');
    const place = services.searchPlaces(sigla).find((p) => p.sigla === sigla);
    return place ? `${sigla}  ${place.province.name}` : sigla;
  }
  function provinceListChoice(term: string): Choice<string>[] {
    const parts = splitPlaces(term);
    if (parts.length < 2 && !(parts[0] && regionProvinces(parts[0]))) return [];
    const siglas = parts.flatMap(
      (part) =>
        regionProvinces(part)?.siglas ??
        services
          .searchPlaces(part)
          .slice(0, 1)
          .map((p) => p.sigla),
    );
    const unique = [...new Set(siglas)];
    return unique.length ? [{ value: unique.join(','), name: unique.join(', ') }] : [];
  }
  const choice = await ask.search<string>({
    message: t.provinceQuestion(),
    source: (term) => {
      const places = services.searchPlaces(term).map((p) => ({
        value: p.sigla,
        name: p.formerly
          ? `${p.sigla}  ${p.province.name}  (${t.municipalityFormerIn(p.formerly.predecessorName, p.formerly.successorName, p.province.name)})`
          : p.municipality
            ? `${p.sigla}  ${p.province.name}  (${t.municipalityIn(p.municipality, p.province.name)})`
            : `${p.sigla}  ${p.province.name}`,
      }));
      // A comma list or a region typed in: the provinces it names, as one answer.
      const many = provinceListChoice(term);
      return term.trim() ? [...many, ...places, ...fixed()] : [...fixed(), ...places];
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
  // Several forms at once (a loan or a grant, say); none ticked is any form. "Back" is one more
  // box: the forms ticked with it are kept for when the question comes back.
  const picked = await ask.checkbox<string>({
    message: `${t.wizard.aidQuestion()} ${t.wizard.aidTickHint()}`,
    choices: [
      ...AID_FORMS.map((form) => ({
        value: form,
        name: t.aidFormName(form),
        checked: answers.aid.includes(form),
      })),
      { value: BACK, name: t.wizard.back(), checked: false },
    ],
  });
  answers.aid = AID_FORMS.filter((form: AidForm) => picked.includes(form));
  return picked.includes(BACK) ? 'back' : 'next';
};

export const PROFILE_STEPS: readonly Step[] = [
  askSize,
  askSector,
  askProvince,
  askKeywords,
  askAid,
];
