// The fact questions of the wizard (founding date, legal form, special statuses), asked only when
// a candidate call needs them: the whole flow with a scripted terminal, over measures built with
// their rules and the real matcher.
import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../src/core/profile.js';
import { toSavedProfile, type SavedProfile } from '../../src/core/saved-profile.js';
import { toSearchCommand } from '../../src/core/search-command.js';
import {
  LEGAL_FORMS,
  SPECIAL_STATUSES,
  type ExtractedRule,
  type MatchResult,
} from '../../src/core/types.js';
import { en } from '../../src/i18n/en.js';
import { it as italian } from '../../src/i18n/it.js';
import { answersFromProfile } from '../../src/wizard/answers.js';
import { factNeeds } from '../../src/wizard/facts.js';
import { runWizard, type WizardStart } from '../../src/wizard/run-wizard.js';
import { AS_OF, call, fakeServices, from, noAteco } from './fake-services.js';
import { choose, enter, scriptedAsker, searchFor, type, type Script } from './scripted-asker.js';

const womenOnly: ExtractedRule = { kind: 'special-status', any: ['women-led'], sure: true, from };
const CALLS = {
  plain: call('plain', []),
  women1: call('women-1', [womenOnly]),
  women2: call('women-2', [womenOnly]),
  // Only for large firms: ineligible for a small one, so its rule asks nothing.
  womenLarge: call('women-large', [womenOnly], { sizes: ['large'] }),
  young: call('young', [{ kind: 'firm-age', maxMonths: 60, minMonths: null, from }]),
  coop: call('coop', [{ kind: 'legal-form', forms: ['cooperative'], sure: true, from }]),
  innovative: call('innovative', [
    {
      kind: 'special-status',
      any: ['innovative-startup', 'innovative-sme', 'confiscated'],
      sure: false,
      from,
    },
  ]),
};

/** A small firm in Cremona, no sector, no keywords, any aid form. */
const PROFILE: Script = [
  ['Company size', choose('small')],
  ['Sector', choose('skip')],
  ['Province', searchFor('CR', 'CR  Cremona')],
  ['Keywords', type('')],
  ['Aid form', enter],
];
const FINISH: Script = [
  ['What next?', choose('done')],
  ['Save this profile', choose('no')],
  ['Export the results', choose('no')],
];

const verdicts = (results: readonly MatchResult[]) =>
  Object.fromEntries(results.map((r) => [r.measure.id, r.eligibility]));
const specialStatus = (results: readonly MatchResult[], id: string) =>
  results.find((r) => r.measure.id === id)?.reasons.find((r) => r.criterion === 'special-status')
    ?.code;

describe('wizard fact questions', () => {
  const WOMEN = [CALLS.plain, CALLS.women1, CALLS.women2, CALLS.womenLarge];

  it('asks whether the firm is women-led when calls need it; "yes" makes them pass', async () => {
    const { services, printed } = fakeServices(WOMEN);
    const { ask, asked } = scriptedAsker([
      ...PROFILE,
      ['Is it women-led (impresa femminile)? 2 calls require it', choose('yes')],
      ...FINISH,
    ]);
    const outcome = await runWizard(ask, services);
    // The call for large firms is ineligible anyway: it is not counted.
    expect(printed).toContain('\n2 calls depend on a few more facts about the company:\n');
    expect(
      asked.find((q) => q.message.startsWith('Is it women-led'))?.choices.map((c) => c.name),
    ).toEqual(['yes', 'no', "I don't know (skip)", '← back']);
    expect(verdicts(outcome.results)).toEqual({
      plain: 'eligible',
      'women-1': 'eligible',
      'women-2': 'eligible',
    });
    expect(specialStatus(outcome.results, 'women-1')).toBe('special-status-met');
    expect(outcome.answers.statuses).toEqual({ 'women-led': true });
    expect(outcome.command).toBe(
      'fesr search --size small --province CR --women-led --as-of 2024-10-01',
    );
  });

  it('"no" leaves out the calls only for women-led firms; "don\'t know" keeps them to verify', async () => {
    const no = fakeServices(WOMEN);
    const said = await runWizard(
      scriptedAsker([...PROFILE, ['women-led', choose('no')], ...FINISH]).ask,
      no.services,
    );
    expect(verdicts(said.results)).toEqual({ plain: 'eligible' });
    expect(said.command).toBe(
      'fesr search --size small --province CR --no-women-led --as-of 2024-10-01',
    );

    const unknown = fakeServices(WOMEN);
    const skipped = await runWizard(
      scriptedAsker([...PROFILE, ['women-led', enter], ...FINISH]).ask,
      unknown.services,
    );
    expect(verdicts(skipped.results)).toEqual({
      plain: 'eligible',
      'women-1': 'unverified',
      'women-2': 'unverified',
    });
    expect(specialStatus(skipped.results, 'women-1')).toBe('special-status-required');
    expect(skipped.answers.statuses).toEqual({});
    // Nothing changed since the first matching: it is not done again.
    expect(unknown.matches()).toBe(1);
  });

  it('asks nothing more when no candidate call needs a fact', async () => {
    const { services, printed } = fakeServices([CALLS.plain, CALLS.womenLarge]);
    const { ask, asked } = scriptedAsker([...PROFILE, ...FINISH]);
    const outcome = await runWizard(ask, services);
    expect(asked.map((q) => q.message.split(' ')[0])).toEqual([
      'Company',
      'Sector:',
      'Province:',
      'Keywords',
      'Aid',
      'What',
      'Save',
      'Export',
    ]);
    expect(printed.join('')).not.toContain('more facts');
    expect(verdicts(outcome.results)).toEqual({ plain: 'eligible' });
  });

  it('asks founding date, legal form, then each status, in that order', async () => {
    const { services } = fakeServices(Object.values(CALLS));
    const { ask, asked } = scriptedAsker([
      ...PROFILE,
      ['Founding date, e.g. 2021 or 2021-03 (Enter to skip) [< back]', type('03/2021')],
      ['Legal form? 1 call admits only some forms', choose('cooperative')],
      ['Is it an innovative start-up (start-up innovativa)? 1 call asks about it', enter],
      ['Is it an innovative SME (PMI innovativa)? 1 call asks about it', choose('yes')],
      ['Is it women-led (impresa femminile)? 2 calls require it', choose('no')],
      ...FINISH,
    ]);
    const outcome = await runWizard(ask, services);
    const founded = asked.find((q) => q.message.startsWith('Founding date'));
    expect(founded?.validate?.('2099')).toBe(en.wizard.foundedInvalid());
    expect(founded?.validate?.('2021-13')).toBe(en.wizard.foundedInvalid());
    expect(founded?.validate?.('<')).toBe(true);
    expect(founded?.validate?.('')).toBe(true);
    const forms = asked.find((q) => q.message.startsWith('Legal form'))?.choices;
    expect(forms?.map((c) => c.value)).toEqual([...LEGAL_FORMS, '<skip>', '<back>']);
    expect(forms?.map((c) => c.name)).toContain('sole trader (ditta individuale)');
    expect(outcome.answers).toMatchObject({
      founded: '2021-03',
      legalForm: 'cooperative',
      statuses: { 'innovative-sme': true, 'women-led': false },
    });
    expect(verdicts(outcome.results)).toEqual({
      plain: 'eligible',
      young: 'eligible',
      coop: 'eligible',
      innovative: 'eligible',
    });
    expect(outcome.command).toBe(
      'fesr search --size small --province CR --founded 2021-03 --legal-form cooperative --innovative-sme ' +
        '--no-women-led --as-of 2024-10-01',
    );
  });

  it('goes back from the fact questions, keeping what was answered', async () => {
    const { services } = fakeServices([CALLS.young, CALLS.coop, CALLS.women1]);
    const { ask, asked } = scriptedAsker([
      ...PROFILE,
      ['Founding date', type('2022')],
      ['Legal form', choose('sas')],
      ['women-led', choose('← back')], // to the legal form
      ['Legal form', choose('← back')], // to the founding date
      ['Founding date', type('<')], // to the aid form
      ['Aid form', enter],
      ['Founding date', type('')], // Enter keeps 2022
      ['Legal form', enter], // keeps sas
      ['women-led', choose('yes')],
      ['What next?', choose('← back: change the answers')], // to the last fact question
      ['women-led', enter], // keeps yes
      ...FINISH,
    ]);
    const outcome = await runWizard(ask, services);
    const defaults = asked.map((q) => [q.message.split(/[ ,?]/)[0], q.default]);
    expect(defaults.slice(5)).toEqual([
      ['Founding', undefined],
      ['Legal', '<skip>'],
      ['Is', '<skip>'],
      ['Legal', 'sas'],
      ['Founding', '2022'],
      ['Aid', []],
      ['Founding', '2022'],
      ['Legal', 'sas'],
      ['Is', '<skip>'],
      ['What', '<done>'],
      ['Is', '<yes>'],
      ['What', '<done>'],
      ['Save', false],
      ['Export', false],
    ]);
    expect(outcome.answers).toMatchObject({
      founded: '2022',
      legalForm: 'sas',
      statuses: { 'women-led': true },
    });
    // sas is not a cooperative, a sure rule: that call is out.
    expect(verdicts(outcome.results)).toEqual({ young: 'eligible', 'women-1': 'eligible' });
  });

  it('saves the answers with the profile, and --profile makes them the defaults', async () => {
    const first = fakeServices([CALLS.young, CALLS.women1]);
    await runWizard(
      scriptedAsker([
        ...PROFILE,
        ['Founding date', type('2020-06')],
        ['women-led', choose('yes')],
        ['What next?', choose('done')],
        ['Save this profile', choose('yes')],
        ['Profile name', type('rosa')],
        ['Export the results', choose('no')],
      ]).ask,
      first.services,
    );
    const saved = first.saved.get('rosa') as SavedProfile;
    expect(saved).toEqual(
      toSavedProfile({
        size: 'small',
        province: 'CR',
        founded: '2020-06',
        statuses: { 'women-led': true },
      }),
    );

    const again = fakeServices([CALLS.young, CALLS.women1]);
    const start: WizardStart = {
      name: 'rosa',
      answers: answersFromProfile(saved, buildProfile(saved, noAteco, AS_OF), (code) => ({
        code,
        title: '',
        versions: [],
      })),
    };
    const { ask, asked } = scriptedAsker([
      ['Company size', enter],
      ['Sector', choose('skip')],
      ['Province', enter],
      ['Keywords', enter],
      ['Aid form', enter],
      ['Founding date', enter],
      ['women-led', enter],
      ['What next?', choose('done')],
      ['Save this profile', choose('yes')],
      ['Profile name', enter],
      ['Export the results', choose('no')],
    ]);
    const outcome = await runWizard(ask, again.services, start);
    expect(asked.find((q) => q.message.startsWith('Founding'))?.default).toBe('2020-06');
    expect(asked.find((q) => q.message.includes('women-led'))?.default).toBe('<yes>');
    expect(again.saved.get('rosa')).toEqual(saved);
    expect(outcome.command).toBe(
      'fesr search --size small --province CR --founded 2020-06 --women-led --as-of 2024-10-01',
    );
  });
});

describe('factNeeds', () => {
  it('counts the calls not ineligible whose verdict waits on each fact', () => {
    const { services } = fakeServices(Object.values(CALLS));
    const results = services.match({ size: 'small' }, {});
    expect(factNeeds(results)).toEqual({
      calls: 5,
      founded: 1,
      legalForm: 1,
      statuses: [
        { status: 'innovative-startup', calls: 1, only: false },
        { status: 'innovative-sme', calls: 1, only: false },
        { status: 'women-led', calls: 2, only: true },
      ],
    });
  });
});

describe('fact question texts', () => {
  it.each([
    ['en', en],
    ['it', italian],
  ])('%s: every question fits 80 columns with its prompt mark, back hint and default', (_, t) => {
    const w = t.wizard;
    const lines = [
      `? ${w.foundedQuestion()} ${w.backHint()} (2021-03)`,
      `> ${w.foundedInvalid()}`,
      `? ${w.legalFormQuestion(12)}`,
      `  ${w.factSkip()}`,
      `  ${w.dontKnow()}`,
      w.factsIntro(12),
      ...LEGAL_FORMS.map((form) => `❯ ${w.legalFormChoice(form)}`),
      ...SPECIAL_STATUSES.flatMap((s) => [
        `? ${w.statusQuestion(s, 12, true)}`,
        `? ${w.statusQuestion(s, 12, false)}`,
      ]),
    ];
    for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(80);
    expect(w.statusQuestion('women-led', 1, true)).toBe(
      t === en
        ? 'Is it women-led (impresa femminile)? 1 call requires it'
        : "È un'impresa femminile? 1 bando lo richiede",
    );
  });
});

describe('toSearchCommand with company facts', () => {
  it('gives --founded, --legal-form and a flag for each status said', () => {
    expect(
      toSearchCommand({
        size: 'micro',
        founded: '2021-03',
        legalForm: 'sole-trader',
        statuses: { 'youth-led': true, 'women-led': false, 'innovative-startup': true },
      }),
    ).toBe(
      'fesr search --size micro --founded 2021-03 --legal-form sole-trader ' +
        '--innovative-startup --no-women-led --youth-led',
    );
    expect(toSearchCommand({ founded: null, legalForm: null, statuses: {} })).toBe('fesr search');
  });
});
