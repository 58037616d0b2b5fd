// The built binary: profiles round trip, portfolio matching on 50 firms, the wizard without a TTY.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runFesr, tempHome } from './helpers.js';

const home = tempHome();
const env = home.env;
const FIXTURE = 'test/fixtures/firms-50.csv';

beforeAll(() => {
  // Seeds the database once for every test in this file.
  expect(runFesr(['sources'], env).status).toBe(0);
});

describe('fesr profile', () => {
  it('round trip: a search with --profile equals the same search with explicit flags', () => {
    const flags = [
      '--employees',
      '20',
      '--turnover',
      '3M',
      '--ateco',
      '20.42',
      '--province',
      'Cremona',
    ];
    const saved = runFesr(['profile', 'save', 'crema', ...flags, '--aid', 'grant'], env);
    expect(saved.status, saved.stderr).toBe(0);
    const file = JSON.parse(
      readFileSync(join(env.FESR_CONFIG_DIR, 'profiles', 'crema.json'), 'utf8'),
    );
    expect(file).toMatchObject({
      employees: 20,
      turnover: 3_000_000,
      province: 'CR',
      aid: ['grant'],
    });
    const common = ['--as-of', '2024-10-01', '--format', 'json', '--status', 'all'];
    const viaProfile = runFesr(['search', '--profile', 'crema', ...common], env);
    const viaFlags = runFesr(['search', ...flags, '--aid', 'grant', ...common], env);
    expect(viaProfile.status, viaProfile.stderr).toBe(0);
    expect(JSON.parse(viaProfile.stdout).length).toBeGreaterThan(0);
    expect(viaProfile.stdout).toBe(viaFlags.stdout);
  });

  it('lets explicit flags override the profile', () => {
    const overridden = runFesr(
      [
        'search',
        '--profile',
        'crema',
        '--province',
        'LO',
        '--as-of',
        '2024-10-01',
        '--format',
        'json',
      ],
      env,
    );
    const explicit = runFesr(
      [
        'search',
        '--employees',
        '20',
        '--turnover',
        '3M',
        '--ateco',
        '20.42',
        '--province',
        'LO',
        '--aid',
        'grant',
        '--as-of',
        '2024-10-01',
        '--format',
        'json',
      ],
      env,
    );
    expect(overridden.stdout).toBe(explicit.stdout);
  });

  it('lists, shows, refuses to overwrite, deletes', () => {
    expect(runFesr(['profile', 'list'], env).stdout).toContain('crema');
    expect(JSON.parse(runFesr(['profile', 'list', '--format', 'json'], env).stdout)[0].name).toBe(
      'crema',
    );
    expect(runFesr(['profile', 'show', 'crema'], env).stdout).toContain('--ateco 20.42');
    expect(runFesr(['profile', 'save', 'crema', '--size', 'small'], env).status).toBe(2);
    const unknown = runFesr(['search', '--profile', 'nope'], env);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('saved profiles: crema');
    expect(runFesr(['profile', 'save', 'bad', '--ateco', '99.99'], env).status).toBe(2);
    expect(runFesr(['profile', 'save', '../x', '--size', 'small'], env).status).toBe(2);
    expect(runFesr(['profile', 'delete', 'crema'], env).status).toBe(0);
    expect(runFesr(['profile', 'delete', 'crema'], env).status).toBe(2);
  });
});

describe('fesr match', () => {
  it('matches 50 firms: one row per firm and measure, bad rows reported by line', () => {
    const result = runFesr(['match', FIXTURE, '--as-of', '2024-10-01', '--format', 'json'], env);
    expect(result.status, result.stderr).toBe(0);
    const doc = JSON.parse(result.stdout) as {
      firms: { name: string; line: number; count: number; matches: { id: string }[] }[];
      skipped: { line: number; reason: string }[];
    };
    expect(doc.firms).toHaveLength(44);
    expect(doc.skipped.map((s) => s.line)).toEqual([5, 14, 22, 31, 39, 47]);
    for (const line of [5, 14, 22, 31, 39, 47])
      expect(result.stderr).toContain(`${FIXTURE}:${line}:`);
    expect(result.stderr).toContain('44 firms');
    const firm = (name: string) => doc.firms.find((f) => f.name === name);
    const cosmetics = firm('Cosmetica Cremasca S.r.l.');
    expect(cosmetics?.matches.map((m) => m.id)).toContain('transizione-digitale-2024');
    expect(cosmetics?.count).toBe(cosmetics?.matches.length);
    // Transizione digitale excludes ATECO 62: software firms do not get it.
    expect(firm('Software Orobico S.r.l.')?.matches.map((m) => m.id)).not.toContain(
      'transizione-digitale-2024',
    );
    // A municipality without a province leads to its province.
    expect(firm('Erbe e Saponi di Soncino S.n.c.')?.count).toBeGreaterThan(0);
    // A large firm is not offered SME-only calls.
    expect(firm('Acciai Lombardi Group S.p.A.')?.matches.map((m) => m.id)).not.toContain(
      'transizione-digitale-2024',
    );
  });

  it('writes CSV rows and a table with the summary per firm', () => {
    const csv = runFesr(['match', FIXTURE, '--as-of', '2024-10-01', '--format', 'csv'], env);
    const lines = csv.stdout.trim().split('\r\n');
    expect(lines[0]).toBe(
      'firm,line,id,title,status,opensOn,closesOn,daysLeft,maxAidEur,eligibility,reasons,' +
        'province,size,ateco,note',
    );
    expect(
      lines.filter((l) => l.startsWith('Cosmetica Cremasca S.r.l.,2,')).length,
    ).toBeGreaterThan(0);
    const table = runFesr(['match', FIXTURE, '--as-of', '2024-10-01', '--lang', 'it'], env);
    expect(table.stdout).toContain('Impresa');
    expect(table.stdout).toContain('Cosmetica Cremasca');
    expect(table.stderr).toContain('riga saltata');
  });

  it('reads Italian header variants, names the columns it does not read, and the readings', () => {
    const file = 'test/fixtures/firms-italian-headers.csv';
    const result = runFesr(['match', file, '--as-of', '2024-10-01', '--format', 'json'], env);
    expect(result.status, result.stderr).toBe(0);
    const err = result.stderr;
    expect(err).toContain(`${file}: columns "Partita IVA" and "Note" not read`);
    expect(err).toContain(
      `${file}: column "ATECO 2025" not read: the same field comes from "Cod. ATECO"`,
    );
    expect(err).toContain(
      `column "Fatturato 2023 (€)" not read: the same field comes from "Fatturato 2024 (€)"`,
    );
    // Each reading once, at its first line (line 5 reads the same).
    expect(err).toContain(`${file}:2: Crema is in the province of Cremona (CR)\n`);
    expect(err).toContain(
      `${file}:2: ATECO "20,42" read as 20.42 (a decimal comma); for separate codes write 20;42\n`,
    );
    expect(err.match(/read as 20\.42/g)).toHaveLength(1);
    expect(err).toMatch(
      /:6: "Castro" is a municipality in more than one province \(BG Bergamo, LE Lecce\); row skipped/,
    );
    expect(err).toContain(`${file}:7: turnover or balance sheet given without the headcount`);
    const doc = JSON.parse(result.stdout) as {
      firms: {
        name: string;
        matches: { id: string; reasons: { criterion: string; detail: string }[] }[];
      }[];
      skipped: { line: number; reason: string }[];
    };
    expect(doc.firms.map((f) => f.name)).toEqual([
      'Cosmetica Cremasca S.r.l.',
      'Saponi Lodigiani S.r.l.',
      'Soncino Bio S.n.c.',
      'Cremasca Due S.r.l.',
    ]);
    const reasonsOf = (name: string, criterion: string) =>
      doc.firms
        .find((f) => f.name === name)
        ?.matches.find((m) => m.id === 'transizione-digitale-2024')
        ?.reasons.find((r) => r.criterion === criterion)?.detail;
    expect(reasonsOf('Cosmetica Cremasca S.r.l.', 'size')).toContain(
      '20 employees, turnover EUR 3,000,000',
    );
    expect(reasonsOf('Cosmetica Cremasca S.r.l.', 'sector')).toBe(
      '20.42 is admitted (no exclusion applies)',
    );
    expect(reasonsOf('Cosmetica Cremasca S.r.l.', 'territory')).toMatch(/^CR is in Lombardia/);
    expect(reasonsOf('Soncino Bio S.n.c.', 'territory')).toMatch(/^CR is in Lombardia/);
    expect(reasonsOf('Saponi Lodigiani S.r.l.', 'sector')).toBe(
      'ATECO code not given (fill in the "Cod. ATECO" column)',
    );
    // A match user has a file, not flags: no reason or skipped row tells them to give one.
    const said = [
      ...doc.firms.flatMap((f) => f.matches.flatMap((m) => m.reasons.map((r) => r.detail))),
      ...doc.skipped.map((s) => s.reason),
    ];
    expect(said.filter((text) => /--[a-z]/.test(text))).toEqual([]);

    const italian = runFesr(['match', file, '--as-of', '2024-10-01', '--lang', 'it'], env);
    expect(italian.stderr).toContain(`${file}: colonne "Partita IVA" e "Note" non lette`);
    expect(italian.stderr).toContain(`${file}:2: Crema è in provincia di Cremona (CR)`);
    expect(italian.stderr).toContain(
      `${file}:2: ATECO "20,42" letto come 20.42 (virgola decimale)`,
    );
  });

  it('names the column to add when the file has none for a criterion', () => {
    const result = runFesr(
      ['match', '-', '--as-of', '2024-10-01', '--format', 'json'],
      env,
      'Ragione sociale;Provincia\nAlfa S.r.l.;CR\n',
    );
    expect(result.status, result.stderr).toBe(0);
    const details = (
      JSON.parse(result.stdout) as {
        firms: { matches: { reasons: { criterion: string; detail: string }[] }[] }[];
      }
    ).firms[0]?.matches[0]?.reasons.map((r) => r.detail);
    expect(details).toContain(
      'company size not given (add a size or employees column to the file)',
    );
    expect(details).toContain('ATECO code not given (add an ATECO column to the file)');
  });

  it('refuses a file that is not a CSV of firms (exit 3)', () => {
    const missing = runFesr(['match', 'no-such-file.csv'], env);
    expect(missing.status).toBe(3);
    const wrong = runFesr(['match', '-'], env, 'a,b\n1,2\n');
    expect(wrong.status).toBe(3);
    expect(wrong.stderr).toContain('firm name');
  });
});

describe('fesr wizard without a terminal', () => {
  it('exits 2 and shows the fesr search flags to use', () => {
    const result = runFesr(['wizard'], env, '');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('fesr search --employees');
    const italian = runFesr(['--lang', 'it', 'wizard'], env, '');
    expect(italian.stderr).toContain('terminale interattivo');
    expect(existsSync(join(env.FESR_CONFIG_DIR, 'profiles', 'x.json'))).toBe(false);
  });

  it('--profile with an unknown name exits 2 and lists the saved names', () => {
    expect(runFesr(['profile', 'save', 'kept', '--size', 'small'], env).status).toBe(0);
    const result = runFesr(['wizard', '--profile', 'nope'], env, '');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('no saved profile named "nope"');
    expect(result.stderr).toMatch(/saved profiles: .*kept/);
  });
});
