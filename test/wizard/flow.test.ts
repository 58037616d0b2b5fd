// The whole wizard flow through the real Inquirer prompts, driven by @inquirer/testing's injected
// input: keystrokes in, screens out. Only the terminal is fake; services use a real database.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { render } from '@inquirer/testing';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWizardServices, wizardStart } from '../../src/cli/commands/wizard.js';
import { createContext, type CliContext } from '../../src/cli/context.js';
import { ProfilesStore } from '../../src/cli/profiles-store.js';
import { openStore } from '../../src/cli/store.js';
import type { Db } from '../../src/db/open.js';
import { InterruptedError } from '../../src/errors.js';
import { importFile } from '../../src/importers/run-import.js';
import { createInquirerAsker, type PromptContext } from '../../src/wizard/inquirer-asker.js';
import { toSavedProfile } from '../../src/core/saved-profile.js';
import { runWizard, type WizardOutcome } from '../../src/wizard/run-wizard.js';
import { tempHome } from './helpers.js';

const home = tempHome();
/** The bundled calls plus three "zafferano" ones, two of them only for women-led firms. */
const withWomenLed = tempHome();
let db: Db;
let womenDb: Db;
let printed = '';

function context(lang: 'en' | 'it', env: Record<string, string> = home.env): CliContext {
  const stdout = new PassThrough();
  stdout.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  return createContext(
    { lang, color: false },
    { stdout, stderr: new PassThrough(), stdin: new PassThrough(), env },
  );
}

beforeAll(async () => {
  db = await openStore(context('en'));
  womenDb = await openStore(context('en', withWomenLed.env));
  // Records written for the tests: two whose applicant type is "Impresa - prevalenza femminile"
  // (read as women-led only), one for any firm.
  await importFile(womenDb, {
    file: join(import.meta.dirname, 'fixtures', 'women-led-calls.json'),
  });
});
afterAll(() => {
  db.close();
  womenDb.close();
});

/**
 * Each Inquirer prompt pipes its output into the context's stream and ends it when done; a real
 * terminal survives that, a test stream does not. This one forwards writes and ignores the end.
 */
class KeptOpen extends Writable {
  constructor(private readonly target: NodeJS.WritableStream) {
    super();
  }
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.target.write(chunk);
    done();
  }
  override end(): this {
    return this;
  }
}

/**
 * Starts the wizard as one "prompt" for @inquirer/testing, which injects its input stream; with
 * `profile`, from that saved profile as `fesr wizard --profile NAME` does.
 */
/** Clears the proposed file name at `prompt`, types `file` and confirms. */
async function typeFileName(
  w: Awaited<ReturnType<typeof start>>,
  prompt: string,
  file: string,
): Promise<void> {
  await w.step(prompt, { name: 'backspace', ctrl: false });
  for (let i = 0; i < 20; i++) w.events.keypress('backspace');
  w.events.type(file);
  w.events.keypress('enter');
}

async function start(
  lang: 'en' | 'it',
  profile?: string,
  store: 'bundled' | 'women-led' = 'bundled',
) {
  printed = '';
  const ctx = context(lang, store === 'bundled' ? home.env : withWomenLed.env);
  const services = createWizardServices(
    store === 'bundled' ? db : womenDb,
    ctx,
    '2024-10-01',
    true,
  );
  const from = profile
    ? wizardStart(db, profile, new ProfilesStore(ctx.configDir).read(profile), services)
    : undefined;
  const wizard = (_props: object, prompt?: PromptContext) =>
    Object.assign(
      runWizard(
        createInquirerAsker(
          ctx.messages.wizard,
          prompt?.output ? { ...prompt, output: new KeptOpen(prompt.output) } : prompt,
          120,
        ),
        services,
        from,
      ),
      {
        cancel: () => undefined,
      },
    );
  const session = await render(wizard, {});
  /** Waits until the current prompt shows `text`, so no keystroke reaches a prompt too early. */
  const until = async (text: string) => {
    for (let i = 0; i < 400; i++) {
      if (session.getScreen().includes(text)) return;
      await new Promise((r) => setTimeout(r, 5));
    }
    throw new Error(`screen never showed "${text}"; last screen:\n${session.getScreen()}`);
  };
  const step = async (waitFor: string, ...keys: (string | { name: string; ctrl?: boolean })[]) => {
    await until(waitFor);
    for (const key of keys) {
      if (typeof key === 'string' && !['enter', 'down', 'up', 'backspace'].includes(key))
        session.events.type(key);
      else session.events.keypress(key);
    }
  };
  // Rejections are asserted by the test; until then they are not "unhandled".
  session.answer.catch(() => undefined);
  return { ...session, until, step, outcome: session.answer as Promise<WizardOutcome> };
}

describe('wizard flow with real prompts', () => {
  it('takes several provinces typed as a comma list (issue 10, finding 15)', async () => {
    const w = await start('en');
    await w.step('Company size', 'down', 'enter');
    await w.step('Sector', 'cosmetici');
    await w.step('20.42  Manufacture of perfume', 'enter');
    await w.step('❯ no, that is all (20.42)', 'enter');
    await w.step('Province', 'CR,MI,Lodi');
    await w.step('CR, MI, LO', 'enter');
    await w.step('Keywords', 'enter');
    await w.step('Aid form', 'enter');
    await w.step('Founding date', 'enter');
    await w.step('What next?', 'enter');
    await w.step('Save this profile', 'enter');
    await w.step('Export the results', 'enter');
    const outcome = await w.outcome;
    expect(outcome.command).toContain('--province CR,MI,LO');
  });

  it('reaches the measures for "creams in Crema, 20 staff, EUR 3M" without any code', async () => {
    const w = await start('en');
    await w.step('Company size', 'enter');
    await w.step('Employees', '20', 'enter');
    await w.step('Annual turnover', '3M', 'enter');
    await w.step('Balance-sheet', 'enter');
    await w.step('Sector', 'cosmetici');
    await w.step('20.42  Manufacture of perfume', 'enter');
    await w.step('❯ no, that is all (20.42)', 'enter');
    await w.step('Province', 'Crema');
    await w.step('Crema is in the province of Cremona', 'enter');
    await w.step('Keywords', 'enter');
    await w.step('Aid form', 'enter');
    // Microcredito 2024 is for firms up to 5 years old: the founding date is asked.
    await w.step('Founding date', '<', 'enter'); // back to the aid form
    await w.step('Aid form', 'enter');
    await w.step('Founding date', '2022', 'enter');
    await w.step('What next?', 'up', 'up', 'enter');
    await w.step('Which measure?', 'enter');
    await w.step('What next?', 'enter');
    await w.step('Save this profile', 'enter');
    await w.step('Export the results', 'enter');
    const outcome = await w.outcome;
    expect(outcome.command).toBe(
      'fesr search --employees 20 --turnover 3000000 --ateco 20.42 --province CR --founded 2022 ' +
        '--as-of 2024-10-01',
    );
    expect(outcome.results.map((r) => r.measure.id)).toContain('transizione-digitale-2024');
    const microcredit = outcome.results.find((r) => r.measure.id === 'microcredito-2024');
    expect(microcredit?.reasons.find((r) => r.criterion === 'firm-age')?.code).toBe('firm-age-met');
    expect(printed).toContain('small firm: 20 staff is below the small ceiling of 50');
    expect(printed).toContain('1 call depends on a few more facts about the company:');
    expect(printed).toContain('Transizione digitale delle imprese lombarde');
    expect(printed).toContain('✓ sector: 20.42 is admitted');
    expect(outcome.savedAs).toBeNull();
  });

  it('goes back a step, speaks Italian, saves the profile and exports CSV', async () => {
    const w = await start('it');
    await w.step("Dimensione dell'impresa", 'down', 'down', 'enter'); // piccola
    await w.step('Settore', '20.42');
    await w.step('20.42', 'enter');
    await w.step('❯ no, basta così (20.42)', 'enter');
    // ← indietro: back to the question before, "another activity?", its answer kept.
    await w.step('Provincia', 'down', 'enter');
    await w.step('❯ no, basta così (20.42)', 'down', 'down', 'enter'); // ← indietro again
    await w.step('❯ 20.42', 'enter'); // the picker keeps 20.42
    await w.step('❯ no, basta così (20.42)', 'enter');
    await w.step('Provincia', 'LO');
    await w.step('LO  Lodi', 'enter');
    await w.step('Parole', 'enter');
    await w.step("Forma dell'aiuto", { name: 'space' }, 'enter'); // contributo ticked
    await w.step('E ora?', 'enter');
    await w.step('Salvare questo profilo', 'up', 'enter');
    await w.step('Nome del profilo', 'lodi-creme', 'enter');
    // In Italian the workbook is the default; the CSV below it is Excel's Italian dialect.
    await w.step('Esportare i risultati', 'down', 'enter'); // in un file CSV
    const file = join(home.dir, 'risultati.csv');
    await typeFileName(w, 'Nome del file', file);
    const outcome = await w.outcome;
    expect(outcome.command).toBe(
      'fesr search --size small --ateco 20.42 --province LO --aid grant --as-of 2024-10-01',
    );
    expect(printed).toContain('Misure a cui');
    expect(printed).toContain('La stessa ricerca da riga di comando:');
    const saved = JSON.parse(
      readFileSync(join(home.env.FESR_CONFIG_DIR, 'profiles', 'lodi-creme.json'), 'utf8'),
    );
    expect(saved).toMatchObject({
      size: 'small',
      ateco: ['20.42'],
      province: 'LO',
      aid: ['grant'],
    });
    expect(readFileSync(file, 'utf8')).toMatch(/^\uFEFFid;title;source/);
  });

  it('in Italian, exports an Excel workbook by default, in Italian', async () => {
    const w = await start('it');
    await w.step("Dimensione dell'impresa", 'down', 'down', 'enter'); // piccola
    await w.step('Settore', '20.42');
    await w.step('20.42', 'enter');
    await w.step('❯ no, basta così (20.42)', 'enter');
    await w.step('Provincia', 'CR');
    await w.step('CR  Cremona', 'enter');
    await w.step('Parole', 'enter');
    await w.step("Forma dell'aiuto", 'enter');
    await w.step('Data di costituzione', 'enter');
    await w.step('E ora?', 'enter');
    await w.step('Salvare questo profilo', 'enter');
    await w.step('Esportare i risultati', 'enter'); // the default: Excel
    const file = join(home.dir, 'risultati.xlsx');
    await typeFileName(w, 'Nome del file', file);
    const outcome = await w.outcome;
    expect(outcome.exportedTo).toBe(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('Risultati');
    expect(sheet?.getRow(1).getCell(1).value).toBe('Bando');
    expect(sheet?.rowCount).toBe(1 + outcome.results.length);
  });

  it('exports the deadlines as a calendar that an iCalendar parser reads', async () => {
    const w = await start('en');
    await w.step('Company size', 'down', 'down', 'enter'); // small
    await w.step('Sector', '20.42');
    await w.step('❯ 20.42  Manufacture', 'enter');
    await w.step('❯ no, that is all (20.42)', 'enter');
    await w.step('Province', 'CR');
    await w.step('❯ CR  Cremona', 'enter');
    await w.step('Keywords', 'enter');
    await w.step('Aid form', 'enter');
    await w.step('Founding date', 'enter'); // skipped
    await w.step('What next?', 'enter');
    await w.step('Save this profile', 'enter');
    await w.until('yes, the deadlines as a calendar (.ics');
    expect(w.getScreen()).toContain('yes, as a CSV file');
    await w.step('Export the results', 'up', 'enter'); // the calendar
    const file = join(home.dir, 'scadenze.ics');
    await typeFileName(w, 'File name', file);
    const outcome = await w.outcome;
    expect(outcome.exportedTo).toBe(file);
    const text = readFileSync(file, 'utf8');
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    const dated = outcome.results.filter((r) => r.status.closesOn);
    expect(events).toHaveLength(dated.length);
    expect(events.map((e) => new ICAL.Event(e).summary)).toEqual(dated.map((r) => r.measure.title));
    const undated = outcome.results.length - dated.length;
    expect(printed).toContain(
      `Wrote ${dated.length} deadline${dated.length === 1 ? '' : 's'} to ${file}` +
        (undated ? ` (${undated} measure` : '.'),
    );
  });

  it('adds a second activity, going back from both of its questions', async () => {
    const w = await start('en');
    await w.step('Company size', 'down', 'down', 'enter'); // small
    await w.step('Sector', '20.42');
    await w.until('❯ 20.42  Manufacture of perfume and toilet preparations  [2007 · 2025]');
    w.events.keypress('enter');
    await w.step('❯ no, that is all (20.42)', 'down', 'enter'); // add another
    await w.step('Activity 2', 'enter'); // its only choice without a term: ← back
    await w.step('❯ no, that is all (20.42)', 'down', 'down', 'enter'); // ← back to activity 1
    await w.step('❯ 20.42  Manufacture', 'enter'); // keeps it
    await w.step('❯ no, that is all (20.42)', 'down', 'enter');
    await w.step('Activity 2', '46.45');
    await w.step('❯ 46.45', 'enter');
    await w.step('❯ no, that is all (20.42, 46.45)', 'enter');
    await w.step('Province', 'CR');
    await w.step('❯ CR  Cremona', 'enter');
    await w.step('Keywords', 'enter');
    await w.step('Aid form', 'enter');
    await w.step('Founding date', 'enter'); // skipped
    await w.step('What next?', 'enter');
    await w.step('Save this profile', 'enter');
    await w.step('Export the results', 'enter');
    const outcome = await w.outcome;
    expect(outcome.answers.ateco.map((a) => a.code)).toEqual(['20.42', '46.45']);
    expect(outcome.command).toBe(
      'fesr search --size small --ateco 20.42 --ateco 46.45 --province CR --as-of 2024-10-01',
    );
  });

  it('--profile: Enter at every step gives back the same profile, saved under its name', async () => {
    const store = new ProfilesStore(join(home.env.FESR_CONFIG_DIR));
    const original = toSavedProfile(
      {
        employees: 20,
        turnover: 3e6,
        balanceSheet: 2e6,
        ateco: ['20.42', '46.45'],
        province: 'CR',
      },
      { text: 'digitale', aid: ['grant', 'loan'] },
    );
    store.write('crema', original);
    const w = await start('en', 'crema');
    await w.step('Company size', 'enter'); // from the figures
    await w.step('Employees', 'enter');
    await w.step('Annual turnover', 'enter');
    await w.step('Balance-sheet', 'enter');
    await w.step('❯ 20.42  Manufacture', 'enter');
    await w.step('❯ yes, the next one: 46.45', 'enter');
    await w.step('❯ 46.45', 'enter');
    await w.step('❯ no, that is all (20.42, 46.45)', 'enter');
    await w.step('❯ CR  Cremona', 'enter');
    await w.step('Keywords', 'enter');
    await w.until('◉ loan');
    await w.step('◉ grant', 'enter'); // both ticked, as saved
    await w.step('What next?', 'enter');
    await w.step('Save this profile', 'up', 'enter');
    await w.step('Profile name', 'enter'); // proposes "crema"
    await w.step('"crema" exists. Replace it?', 'up', 'enter');
    await w.step('Export the results', 'enter');
    const outcome = await w.outcome;
    expect(printed).toContain('Starting from the saved profile "crema"');
    expect(outcome.savedAs).toBe('crema');
    expect(store.read('crema')).toEqual(original);
    expect(outcome.command).toBe(
      'fesr search --employees 20 --turnover 3000000 --balance-sheet 2000000 --ateco 20.42 ' +
        '--ateco 46.45 --province CR --text digitale --aid grant,loan --as-of 2024-10-01',
    );
  });

  it('asks whether the firm is women-led when calls are only for such firms', async () => {
    const w = await start('it', undefined, 'women-led');
    await w.step("Dimensione dell'impresa", 'down', 'down', 'enter'); // piccola
    await w.step('Settore', '20.42');
    await w.step('20.42', 'enter');
    await w.step('❯ no, basta così (20.42)', 'enter');
    await w.step('Provincia', 'CR');
    await w.step('CR  Cremona', 'enter');
    await w.step('Parole', 'zafferano', 'enter');
    await w.step("Forma dell'aiuto", 'enter');
    await w.step("È un'impresa femminile? 2 bandi lo richiedono", 'up', 'up', 'enter'); // sì
    await w.step('E ora?', 'enter');
    await w.step('Salvare questo profilo', 'enter');
    await w.step('Esportare i risultati', 'up', 'enter'); // no
    const outcome = await w.outcome;
    expect(printed).toContain("2 bandi dipendono da qualche altro dato dell'impresa:");
    expect(outcome.results.map((r) => [r.measure.id, r.eligibility]).sort()).toEqual([
      ['incentivi-9101', 'eligible'],
      ['incentivi-9102', 'eligible'],
      ['incentivi-9103', 'eligible'],
    ]);
    expect(outcome.command).toBe(
      'fesr search --size small --ateco 20.42 --province CR --women-led --text zafferano ' +
        '--as-of 2024-10-01',
    );
  });

  it('Ctrl+C at any step rejects with InterruptedError and writes nothing', async () => {
    const w = await start('en');
    await w.step('Company size', 'down', 'down', 'enter');
    await w.step('Sector', { name: 'c', ctrl: true });
    await expect(w.outcome).rejects.toBeInstanceOf(InterruptedError);
    expect(existsSync(join(home.env.FESR_CONFIG_DIR, 'profiles', 'x.json'))).toBe(false);
  });
});
