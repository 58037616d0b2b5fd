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

  it('writes CSV rows and a table with the count per firm', () => {
    const csv = runFesr(['match', FIXTURE, '--as-of', '2024-10-01', '--format', 'csv'], env);
    const lines = csv.stdout.trim().split('\r\n');
    expect(lines[0]).toBe(
      'firm,line,id,title,status,opensOn,closesOn,daysLeft,maxAidEur,eligibility,reasons',
    );
    expect(
      lines.filter((l) => l.startsWith('Cosmetica Cremasca S.r.l.,2,')).length,
    ).toBeGreaterThan(0);
    const table = runFesr(['match', FIXTURE, '--as-of', '2024-10-01', '--lang', 'it'], env);
    expect(table.stdout).toContain('Impresa');
    expect(table.stdout).toContain('Cosmetica Cremasca');
    expect(table.stderr).toContain('riga saltata');
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
