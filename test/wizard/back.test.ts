// Going back never loses an answer: each question comes back with what was typed as its default;
// aid forms are ticked together; no result says why and offers to change the profile; twin
// titles in the picker carry their id and dates. Scripted terminal, real matcher.
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { it as italian } from '../../src/i18n/it.js';
import { measureChoices, runWizard } from '../../src/wizard/run-wizard.js';
import type { MatchResult } from '../../src/core/types.js';
import { call, fakeServices } from './fake-services.js';
import {
  choose,
  enter,
  scriptedAsker,
  searchFor,
  tick,
  type,
  type Script,
} from './scripted-asker.js';

const FINISH = [
  ['What next?', choose('done')],
  ['Save this profile', choose('no')],
  ['Export the results', choose('no')],
] satisfies Script;

const asked = (list: { message: string; default: unknown }[]) =>
  list.map((q) => [q.message.split(/[ ,(:]/)[0], q.default]);

describe('wizard back navigation keeps every answer', () => {
  it('< on the balance sheet goes back to the turnover, kept; then to the headcount, kept', async () => {
    const { services } = fakeServices([call('plain', [])]);
    const { ask, asked: questions } = scriptedAsker([
      ['Company size', enter], // from the figures
      ['Employees', type('20')],
      ['Annual turnover', type('3M')],
      ['Balance-sheet', type('<')],
      ['Annual turnover', type('<')],
      ['Employees', type('')], // Enter keeps 20
      ['Annual turnover', type('')], // keeps 3000000
      ['Balance-sheet', type('2M')],
      ['Sector', choose('← back')], // back to the balance sheet, not the size
      ['Balance-sheet', type('')], // keeps 2000000
      ['Sector', choose('skip')],
      ['Province', choose('← back')], // back to the sector
      ['Sector', choose('skip')],
      ['Province', searchFor('CR', 'CR  Cremona')],
      ['Keywords', type('<')],
      ['Province', enter], // CR kept, first choice
      ['Keywords', type('digitale')],
      ['Aid form', tick('loan', 'grant', '← back')], // ticks kept for the way back
      ['Keywords', type('')],
      ['Aid form', enter],
      ...FINISH,
    ]);
    const outcome = await runWizard(ask, services);
    expect(asked(questions).slice(0, 10)).toEqual([
      ['Company', '<figures>'],
      ['Employees', undefined],
      ['Annual', undefined],
      ['Balance-sheet', undefined],
      ['Annual', '3000000'],
      ['Employees', '20'],
      ['Annual', '3000000'],
      ['Balance-sheet', undefined],
      ['Sector', undefined],
      ['Balance-sheet', '2000000'],
    ]);
    expect(questions.filter((q) => q.kind === 'checkbox').map((q) => q.default)).toEqual([
      [],
      ['grant', 'loan'],
    ]);
    expect(outcome.answers).toMatchObject({
      employees: 20,
      turnover: 3e6,
      balanceSheet: 2e6,
      province: 'CR',
      text: 'digitale',
      aid: ['grant', 'loan'],
    });
    expect(outcome.command).toContain(
      '--employees 20 --turnover 3000000 --balance-sheet 2000000 --province CR --text digitale --aid grant,loan',
    );
  });

  it('back from the province comes to "another activity?", the activity kept', async () => {
    const { services } = fakeServices([call('plain', [])]);
    services.searchAteco = () => [{ code: '20.42', title: 'Cosmetici', versions: ['2025'] }];
    const { ask, asked: questions } = scriptedAsker([
      ['Company size', choose('small')],
      ['Sector', searchFor('cosm', '20.42')],
      ['another activity', choose('no, that is all')],
      ['Province', choose('← back')],
      ['another activity', enter],
      ['Province', choose('← back')],
      ['another activity', choose('← back')],
      ['Sector', enter], // the picker offers the kept code first
    ]);
    // The script ends there (the fake store knows no ATECO code to match with).
    await expect(runWizard(ask, services)).rejects.toThrow('the script has ended');
    expect(questions.map((q) => q.message.split(/[ :]/)[0]).slice(0, 8)).toEqual([
      'Company',
      'Sector',
      'Does',
      'Province',
      'Does',
      'Province',
      'Does',
      'Sector',
    ]);
    expect(questions[4]?.choices[0]?.name).toBe('no, that is all (20.42)');
    expect(questions[7]?.choices[0]?.value).toBe('20.42');
    expect(questions[8]?.message).toContain('another activity');
  });

  it('no result: names the criterion that cut most, and goes through the questions again', async () => {
    const onlyLarge = { sizes: ['large' as const] };
    const { services, printed } = fakeServices([
      call('a', [], onlyLarge),
      call('b', [], onlyLarge),
      call('c', [], { ...onlyLarge, territory: ['province:MI'] }),
    ]);
    const { ask, asked: questions } = scriptedAsker([
      ['Company size', choose('small')],
      ['Sector', choose('skip')],
      ['Province', searchFor('CR', 'CR  Cremona')],
      ['Keywords', type('')],
      ['Aid form', enter],
      ['What next?', enter], // the default: change the profile
      ['Company size', choose('large')], // small kept as default
      ['Sector', choose('skip')],
      ['Province', enter],
      ['Keywords', type('')],
      ['Aid form', enter],
      ...FINISH,
    ]);
    const outcome = await runWizard(ask, services);
    expect(printed.join('')).toContain(
      'The criterion that cut most: size, failed by 3 of the 3 measures open or upcoming.',
    );
    expect(questions[6]?.default).toBe('small');
    expect(outcome.results.map((r) => r.measure.id).sort()).toEqual(['a', 'b']);
  });

  it('says the same in Italian', () => {
    expect(italian.wizard.whyNone('dimensione', 3, 5)).toBe(
      'Il criterio che ha escluso di più: dimensione, non soddisfatto da 3 su 5 misure aperte o in arrivo.',
    );
  });
});

describe('wizard question texts', () => {
  it.each([
    ['en', en],
    ['it', italian],
  ])('%s: the aid question and the choice after no result fit 80 columns', (_, t) => {
    // Prompts are not wrapped (a wrapped prompt breaks Inquirer's redraw); sentences such as
    // whyNone are, by the wizard's print.
    const w = t.wizard;
    const lines = [`? ${w.aidQuestion()} ${w.aidTickHint()}`, `❯ ${w.changeProfile()}`];
    for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(80);
  });
});

describe('results picker', () => {
  it('gives twin titles their id and dates, and leaves the others alone', () => {
    const result = (id: string, title: string, opensOn: string | null, closesOn: string | null) =>
      ({ measure: { id, title }, status: { opensOn, closesOn } }) as unknown as MatchResult;
    const choices = measureChoices(
      [
        result('bando-2024', 'Bando Export', '2024-01-10', '2024-03-31'),
        result('bando-2025', 'Bando export ', '2025-01-10', null),
        result('other', 'Altro bando', null, null),
      ],
      en.wizard,
    );
    expect(choices.map((c) => [c.name, c.tag])).toEqual([
      ['Bando Export', '[bando-2024 · 2024-01-10 – 2024-03-31]'],
      ['Bando export ', '[bando-2025 · 2025-01-10 – …]'],
      ['Altro bando', undefined],
    ]);
  });
});
