// The built binary in a real pseudo-terminal (a detached tmux session): keystrokes in, the screen
// polled for the expected text, from the first question to the results, in English and Italian.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, runFesr, tempHome } from './helpers.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const socket = `fesr-test-${process.pid}`;
const home = tempHome();

class TmuxTerminal {
  private readonly session: string;
  constructor(name: string, command: string, env: Record<string, string>) {
    this.session = name;
    const exports = Object.entries(env).map(([k, v]) => `${k}='${v}'`);
    const shell = `env ${exports.join(' ')} ${command}; echo "EXIT=$?"; sleep 120`;
    this.tmux('new-session', '-d', '-s', name, '-x', '120', '-y', '50', '-c', ROOT, shell);
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
  }

  /** The screen and its scrollback as text; with `escapes`, the colour sequences too. */
  screen(escapes = false): string {
    const flags = ['-p', '-J', ...(escapes ? ['-e'] : []), '-S', '-200'];
    return this.tmux('capture-pane', ...flags, '-t', this.session);
  }

  async waitFor(text: string | RegExp, timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen();
      if (typeof text === 'string' ? screen.includes(text) : text.test(screen)) return screen;
      if (Date.now() > deadline)
        throw new Error(`timed out waiting for ${String(text)}:\n${screen}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Literal text, then named keys (Enter, Up, Down, C-c). */
  keys(text: string, ...named: string[]): void {
    if (text) this.tmux('send-keys', '-t', this.session, '-l', text);
    if (named.length) this.tmux('send-keys', '-t', this.session, ...named);
  }

  /** Waits until `text` shows `count` times on the screen and its scrollback (asked or answered). */
  async waitForCount(text: string, count: number, timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen();
      if (screen.split(text).length - 1 >= count) return screen;
      if (Date.now() > deadline)
        throw new Error(`timed out waiting for ${count} × ${text}:\n${screen}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async answer(prompt: string | RegExp, text: string, ...named: string[]): Promise<void> {
    await this.waitFor(prompt);
    this.keys(text, ...named);
  }
}

afterAll(() => {
  if (hasTmux) spawnSync('tmux', ['-L', socket, 'kill-server']);
});

const cases = [
  {
    lang: 'English (--lang en)',
    command: `node ${BIN} --lang en wizard --as-of 2024-10-01`,
    env: { LANG: 'C.UTF-8' },
    text: {
      size: 'Company size',
      employees: 'Employees',
      turnover: 'Annual turnover',
      balance: 'Balance-sheet',
      sector: 'Sector',
      done: '❯ no, that is all (20.42)',
      province: 'Province',
      keywords: 'Keywords',
      aid: 'Aid form',
      founded: 'Founding date',
      next: 'What next?',
      save: 'Save this profile',
      export: 'Export the results',
      // The keys that decline the export: its default is "no" in English, Excel in Italian.
      noExport: ['Enter'],
      decided: 'small firm: 20 staff is below the small ceiling of 50',
      heading: 'Measures this company may apply to, as of 2024-10-01',
      command: 'The same search from the command line:',
    },
  },
  {
    lang: 'Italian (LANG=it_IT.UTF-8)',
    command: `node ${BIN} wizard --as-of 2024-10-01`,
    env: { LANG: 'it_IT.UTF-8' },
    text: {
      size: "Dimensione dell'impresa",
      employees: 'Addetti',
      turnover: 'Fatturato annuo',
      balance: 'Totale di bilancio',
      sector: 'Settore',
      done: '❯ no, basta così (20.42)',
      province: 'Provincia',
      keywords: 'Parole da cercare',
      aid: "Forma dell'aiuto",
      founded: 'Data di costituzione',
      next: 'E ora?',
      save: 'Salvare questo profilo',
      export: 'Esportare i risultati',
      noExport: ['Up', 'Enter'],
      decided: 'impresa piccola: 20 addetti sono sotto la soglia di 50',
      heading: "Misure a cui l'impresa può partecipare, al 2024-10-01",
      command: 'La stessa ricerca da riga di comando:',
    },
  },
];

type Texts = (typeof cases)[number]['text'];

/** Creams in Crema, 20 staff, EUR 3M turnover: every answer up to the results; the screen then. */
async function answerUpToResults(term: TmuxTerminal, text: Texts): Promise<string> {
  await term.answer(text.size, '', 'Enter');
  await term.answer(text.employees, '20', 'Enter');
  await term.answer(text.turnover, '3000000', 'Enter');
  await term.answer(text.balance, '', 'Enter');
  await term.waitFor(text.decided);
  return answerFromSector(term, text);
}

/** From the sector question on: the answers of answerUpToResults. */
async function answerFromSector(term: TmuxTerminal, text: Texts): Promise<string> {
  await term.answer(`? ${text.sector}`, 'cosmetici');
  const picker = await term.waitFor(/❯ 20\.42 .*\[2007 · 2025\]/);
  expect(picker).toContain('ATECO 2007'); // the description of the highlighted entry
  term.keys('', 'Enter');
  await term.answer(text.done, '', 'Enter');
  await term.answer(`? ${text.province}`, 'Crema');
  await term.answer(/❯ CR {2}Cremona/, '', 'Enter');
  await term.answer(`? ${text.keywords}`, '', 'Enter');
  await term.answer(`? ${text.aid}`, '', 'Enter');
  // Microcredito 2024 is for firms up to 5 years old: the one fact question of this profile.
  await term.answer(`? ${text.founded}`, '2022', 'Enter');
  return term.waitFor(`? ${text.next}`);
}

/** The lines of the first box-drawn table on a screen, from its top border to its bottom one. */
function tableLines(screen: string): string[] {
  const lines = screen.split('\n');
  const starts = (line: string, border: string) =>
    // eslint-disable-next-line no-control-regex
    line.replace(/\x1b\[[\d;]*m/g, '').startsWith(border);
  const top = lines.findIndex((l) => starts(l, '┌'));
  const bottom = lines.findIndex((l, i) => i > top && starts(l, '└'));
  return top >= 0 && bottom > top ? lines.slice(top, bottom + 1) : [];
}

describe.skipIf(!hasTmux)('fesr wizard in a pseudo-terminal', () => {
  it.each(cases)(
    '$lang: creams in Crema, 20 staff, EUR 3M turnover → the list of measures',
    async ({ lang, command, env, text }) => {
      expect(runFesr(['sources'], home.env).status).toBe(0); // seeds the database
      const term = new TmuxTerminal(`w${lang.slice(0, 2)}`, command, { ...home.env, ...env });
      const results = await answerUpToResults(term, text);
      expect(results).toContain(text.heading);
      expect(results).toContain('Transizione digitale delle imprese lombarde');
      expect(results).toContain('Brevetti 2023');
      term.keys('', 'Enter');
      await term.answer(`? ${text.save}`, '', 'Enter');
      await term.answer(`? ${text.export}`, '', ...text.noExport);
      const end = await term.waitFor(/EXIT=\d+/);
      expect(end).toContain(text.command);
      expect(end).toContain(
        'fesr search --employees 20 --turnover 3000000 --ateco 20.42 --province CR --founded 2022 ' +
          '--as-of 2024-10-01',
      );
      expect(end).toContain('EXIT=0');
    },
  );

  it.each(cases)(
    '$lang: < on the balance sheet goes back to the turnover, typed figures kept',
    async ({ lang, command, env, text }) => {
      expect(runFesr(['sources'], home.env).status).toBe(0);
      const term = new TmuxTerminal(`b${lang.slice(0, 2)}`, command, { ...home.env, ...env });
      await term.answer(`? ${text.size}`, '', 'Enter');
      await term.answer(`? ${text.employees}`, '20', 'Enter');
      await term.answer(`? ${text.turnover}`, '3000000', 'Enter');
      await term.answer(`? ${text.balance}`, '<', 'Enter');
      // The turnover question again, with what was typed as its default; Enter keeps it.
      await term.answer(new RegExp(`\\? ${text.turnover}.*\\(3000000\\)`), '', 'Enter');
      await term.waitForCount(text.balance, 2);
      // Back to the headcount from the balance sheet and the turnover: both kept.
      term.keys('<', 'Enter');
      await term.waitForCount(text.turnover, 3);
      term.keys('<', 'Enter');
      await term.answer(new RegExp(`\\? ${text.employees}.*\\(20\\)`), '', 'Enter');
      await term.answer(new RegExp(`\\? ${text.turnover}.*\\(3000000\\)`), '', 'Enter');
      await term.waitForCount(text.balance, 3);
      term.keys('', 'Enter');
      await term.waitFor(text.decided);
      // From the sector, back comes to the balance sheet (the question before), not the size.
      await term.answer(`? ${text.sector}`, '', 'Down', 'Enter');
      await term.waitForCount(text.balance, 4);
      expect(term.screen().split(text.size).length - 1).toBe(1);
      term.keys('', 'Enter');
      await term.waitForCount(text.decided, 2);
      await answerFromSector(term, text);
      term.keys('', 'Enter');
      await term.answer(`? ${text.save}`, '', 'Enter');
      await term.answer(`? ${text.export}`, '', ...text.noExport);
      const end = await term.waitFor(/EXIT=\d+/);
      expect(end).toContain(
        'fesr search --employees 20 --turnover 3000000 --ateco 20.42 --province CR --founded 2022 ' +
          '--as-of 2024-10-01',
      );
      expect(end).toContain('EXIT=0');
    },
  );

  it('a hotel in Rome, grants or loans: none, says why, and asks again with every answer kept', async () => {
    expect(runFesr(['sources'], home.env).status).toBe(0);
    const term = new TmuxTerminal('wnone', `node ${BIN} --lang en wizard --as-of 2024-10-01`, {
      ...home.env,
      LANG: 'C.UTF-8',
    });
    await term.answer('? Company size', '', 'Down', 'Down', 'Enter'); // small
    await term.answer('? Sector', 'albrego'); // one typo
    await term.answer(/❯ 55\.10 +Hotels and similar accommodation/, '', 'Enter');
    await term.answer('❯ no, that is all (55.10)', '', 'Enter');
    await term.answer('? Province', 'Roma');
    await term.answer(/❯ RM {2}Roma/, '', 'Enter');
    await term.answer('? Keywords', '', 'Enter');
    await term.answer('? Aid form', '', 'Space', 'Down', 'Space', 'Enter'); // grant and loan
    const none = await term.waitFor('❯ change the profile (every answer kept)');
    expect(none).toMatch(/✔ Aid form .*grant, loan/);
    expect(none).toContain('No measures match.');
    expect(none).toMatch(/The criterion that cut most: territory, failed by \d+ of the \d+/);
    term.keys('', 'Enter');
    // The questions again, each with its answer: Enter keeps them.
    await term.waitForCount('Company size', 2);
    term.keys('', 'Enter');
    await term.answer(/❯ 55\.10 +Hotels/, '', 'Enter');
    await term.answer('❯ no, that is all (55.10)', '', 'Enter');
    await term.answer(/❯ RM {2}Roma/, '', 'Enter');
    await term.answer('? Keywords', '', 'Enter');
    const aid = await term.waitFor('◉ loan');
    expect(aid).toContain('◉ grant');
    term.keys('', 'C-c');
    expect(await term.waitFor(/EXIT=\d+/)).toContain('EXIT=130');
  });

  it('colours on (FORCE_COLOR=1): the results table is laid out as with NO_COLOR', async () => {
    expect(runFesr(['sources'], home.env).status).toBe(0);
    const english = cases[0] as (typeof cases)[number];
    const run = async (name: string, colour: Record<string, string>) => {
      const term = new TmuxTerminal(name, english.command, {
        ...home.env,
        ...english.env,
        ...colour,
      });
      await answerUpToResults(term, english.text);
      const screens = { plain: term.screen(), coloured: term.screen(true) };
      term.keys('', 'C-c');
      await term.waitFor('EXIT=130');
      return screens;
    };
    const coloured = await run('wco', { FORCE_COLOR: '1', NO_COLOR: '' });
    const plain = await run('wnc', { FORCE_COLOR: '0', NO_COLOR: '1' });
    // The colours are really there: grey borders and a green mark, as escape sequences.
    expect(tableLines(coloured.coloured).join('\n')).toContain('\x1b[');
    expect(tableLines(plain.coloured).join('\n')).not.toContain('\x1b[');
    const table = tableLines(coloured.plain);
    expect(table.length).toBeGreaterThan(10);
    // One visible width for every line: no row cut between words into extra lines.
    const widths = new Set(table.map((line) => [...line].length));
    expect(widths.size).toBe(1);
    expect([...widths][0]).toBeLessThanOrEqual(120); // the pane's width
    for (const line of table.slice(1, -1)) expect(line).toMatch(/^│.*│$/);
    expect(table).toEqual(tableLines(plain.plain));
  });

  it('--profile pre-fills every step: Enter through them gives the same search', async () => {
    const own = tempHome(); // its saved profile must not show in the other tests' config
    const flags = ['--employees', '20', '--turnover', '3M', '--ateco', '20.42', '--ateco', '46.45'];
    expect(runFesr(['profile', 'save', 'pty', ...flags, '--province', 'CR'], own.env).status).toBe(
      0,
    );
    const term = new TmuxTerminal(
      'wpr',
      `node ${BIN} --lang en wizard --profile pty --as-of 2024-10-01`,
      {
        ...own.env,
        LANG: 'C.UTF-8',
      },
    );
    await term.waitFor('Starting from the saved profile "pty"');
    await term.answer('? Company size', '', 'Enter'); // from the figures
    await term.answer(/\? Employees.*\(20\)/, '', 'Enter');
    await term.answer(/\? Annual turnover.*\(3000000\)/, '', 'Enter');
    await term.answer('? Balance-sheet', '', 'Enter');
    await term.answer(/❯ 20\.42 /, '', 'Enter');
    await term.answer('❯ yes, the next one: 46.45', '', 'Enter');
    await term.answer(/❯ 46\.45 /, '', 'Enter');
    await term.answer('❯ no, that is all (20.42, 46.45)', '', 'Enter');
    await term.answer(/❯ CR {2}Cremona/, '', 'Enter');
    await term.answer('? Keywords', '', 'Enter');
    await term.answer('? Aid form', '', 'Enter');
    await term.answer('? Founding date', '', 'Enter'); // skipped
    await term.answer('? What next?', '', 'Enter');
    await term.answer('? Save this profile', '', 'Enter');
    await term.answer('? Export the results', '', 'Enter');
    const end = await term.waitFor(/EXIT=\d+/);
    expect(end).toContain(
      'fesr search --employees 20 --turnover 3000000 --ateco 20.42 --ateco 46.45 --province CR --as-of 2024-10-01',
    );
    expect(end).toContain('EXIT=0');
  });

  it('Ctrl+C at a step exits 130 and writes nothing', async () => {
    const term = new TmuxTerminal('wcc', `node ${BIN} --lang en wizard`, {
      ...home.env,
      LANG: 'C.UTF-8',
    });
    await term.answer('Company size', '', 'Down', 'Down', 'Enter');
    await term.answer('? Sector', 'cosm');
    await term.waitFor('20.42');
    term.keys('', 'C-c');
    const end = await term.waitFor(/EXIT=\d+/);
    expect(end).toContain('Cancelled: nothing was saved.');
    expect(end).toContain('EXIT=130');
    const profiles = join(home.env.FESR_CONFIG_DIR, 'profiles');
    expect(existsSync(profiles) ? readdirSync(profiles) : []).toEqual([]);
  });

  it("today's codes and places: 25.62.00 read as ATECO 2025 first, Ronago to Uggiate con Ronago (CO)", async () => {
    expect(runFesr(['sources'], home.env).status).toBe(0);
    const term = new TmuxTerminal('wtd', `node ${BIN} --lang en wizard --as-of 2026-12-01`, {
      ...home.env,
      LANG: 'C.UTF-8',
    });
    await term.answer('? Company size', '', 'Enter');
    await term.answer('? Employees', '20', 'Enter');
    await term.answer('? Annual turnover', '3000000', 'Enter');
    await term.answer('? Balance-sheet', '', 'Enter');
    await term.answer('? Sector', '25.62.00');
    // Both meanings are offered, the one a register extract shows today first.
    const picker = await term.waitFor(/❯ 2025:25\.62\.00 +Manufacture of locks and hinges/);
    expect(picker).toMatch(/ {2}2007:25\.62\.00 +Machining of metals/);
    term.keys('', 'Enter');
    await term.answer('❯ no, that is all (2025:25.62.00)', '', 'Enter');
    await term.answer('? Province', 'Ronago');
    await term.answer(
      '❯ CO  Como  (Ronago, now Uggiate con Ronago, is in the province of Como)',
      '',
      'Enter',
    );
    await term.answer('? Keywords', '', 'Enter');
    await term.answer('? Aid form', '', 'Enter');
    const results = await term.waitFor('? What next?');
    expect(results).toContain('Only the bundled dataset, as of 2026-12-01');
    term.keys('', 'Enter');
    await term.answer('? Save this profile', '', 'Enter');
    await term.answer('? Export the results', '', 'Enter');
    const end = await term.waitFor(/EXIT=\d+/);
    expect(end).toContain(
      'fesr search --employees 20 --turnover 3000000 --ateco 2025:25.62.00 --province CO --as-of 2026-12-01',
    );
    expect(end).toContain('EXIT=0');
  });
});
