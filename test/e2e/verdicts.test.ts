// Verdicts on the real export through the binary: every reason that rests on words quotes them,
// company facts decide the calls that ask for them, the same call from two sources is one result
// with the more careful verdict, and the rules read at import are refreshed when they change.
import { spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { execFesr } from '../helpers/run-fesr.js';
import { envFor, FIXTURES, ROOT, runFesr, tempDb } from './run-fesr.js';

const REAL = join(FIXTURES, 'incentivi-gov-it_evoluto_opendata-export_2025-06-28.json');
const AS_OF = ['--as-of', '2025-06-28'];
const COSMETICS = [
  '--employees',
  '20',
  '--turnover',
  '3000000',
  '--ateco',
  '20.42',
  '--province',
  'CR',
];
const HOTEL = [
  '--employees',
  '15',
  '--turnover',
  '2000000',
  '--ateco',
  '55.10',
  '--province',
  'SO',
];

interface Reason {
  criterion: string;
  verdict: string;
  detail: string;
  code: string;
  params: Record<string, unknown>;
  source: string | null;
  field: string | null;
  quote: string | null;
}
interface Row {
  id: string;
  status: string;
  closesOn: string | null;
  eligibility: string;
  reasons: Reason[];
  sourceIds: string[];
  sources: string[];
}

let template: string;
beforeAll(() => {
  template = tempDb();
  const r = runFesr(template, ['import', REAL]);
  expect(r.code, r.stderr).toBe(0);
});
/** A store holding the bundled data and the real export, fresh for each test. */
function store(): string {
  const db = tempDb();
  copyFileSync(template, db);
  return db;
}
function search(db: string, args: string[]): Row[] {
  const r = runFesr(db, ['search', ...args, ...AS_OF, '--format', 'json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Row[];
}
const reasonOf = (row: Row | undefined, criterion: string) =>
  row?.reasons.find((r) => r.criterion === criterion);

describe('verdicts that rest on words', () => {
  it('limits a chamber of commerce call to its province, quoting the grantor', () => {
    const db = store();
    const rows = search(db, [...COSMETICS, '--explain', '--source', 'incentivi']);
    const bergamo = reasonOf(
      rows.find((r) => r.id === 'incentivi-1048'),
      'territory',
    );
    expect(bergamo).toMatchObject({
      verdict: 'fail',
      code: 'territory-words-outside',
      params: { province: 'CR', where: ['Bergamo'] },
      source: 'grantor',
    });
    expect(bergamo?.quote).toContain('CCIAA');
    expect(bergamo?.detail).toMatch(/^limited to Bergamo; CR is not there; grantor: «/);
    // Without --explain the call is not listed at all.
    expect(search(db, [...COSMETICS, '--source', 'incentivi']).map((r) => r.id)).not.toContain(
      'incentivi-1048',
    );
  });

  it('closes a call on the earlier deadline its notes give, and says so', () => {
    const r = runFesr(store(), [
      'show',
      'incentivi-1535',
      ...COSMETICS,
      ...AS_OF,
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    const row = JSON.parse(r.stdout) as Row;
    expect(row).toMatchObject({
      status: 'closed',
      closesOn: '2025-05-30',
      eligibility: 'ineligible',
    });
    expect(reasonOf(row, 'status')).toMatchObject({
      verdict: 'fail',
      code: 'status-closed-in-words',
      source: 'notes',
    });
    expect(reasonOf(row, 'status')?.quote).toContain('30 maggio 2025');
  });

  it('reads a short sector list as a limit: tourism only fails a cosmetics maker, not a hotel', () => {
    const db = store();
    const cosmetics = search(db, [...COSMETICS, '--explain', '--source', 'incentivi']);
    expect(
      reasonOf(
        cosmetics.find((r) => r.id === 'incentivi-1834'),
        'sector',
      ),
    ).toMatchObject({
      verdict: 'fail',
      code: 'sector-words-outside',
      source: 'field',
      quote: 'Turismo',
    });
    const hotel = search(db, [...HOTEL, '--source', 'incentivi']);
    expect(
      reasonOf(
        hotel.find((r) => r.id === 'incentivi-1834'),
        'sector',
      )?.verdict,
    ).toBe('pass');
  });

  it('gives every JSON reason its code, parameters and provenance', () => {
    const rows = search(store(), [...COSMETICS, '--explain', '--status', 'all']);
    expect(rows.length).toBeGreaterThan(300);
    for (const row of rows) {
      for (const reason of row.reasons) {
        expect(Object.keys(reason).sort()).toEqual(
          ['code', 'criterion', 'detail', 'field', 'params', 'quote', 'source', 'verdict'].sort(),
        );
        // A reason on words always quotes them, on one line.
        if (reason.source && reason.source !== 'field') expect(reason.quote).toBeTruthy();
        if (reason.quote) {
          expect(reason.quote).not.toMatch(/[\r\n]/);
          expect(reason.detail).toContain(`«${reason.quote}»`);
        }
      }
    }
  });

  it('never shows ✓ where a rule read from words is unsettled', () => {
    const rows = search(store(), [...COSMETICS, '--explain', '--status', 'all']);
    for (const row of rows.filter((r) => r.eligibility === 'eligible'))
      expect(row.reasons.every((r) => r.verdict === 'pass')).toBe(true);
  });

  it('prints the rules read from the words in fesr show, with their quotes', () => {
    const plain = (text: string) => stripVTControlCharacters(text);
    const r = runFesr(store(), ['show', 'incentivi-1048']);
    expect(r.code).toBe(0);
    expect(plain(r.stdout)).toContain('Rules read from the words (check them in the call):');
    expect(plain(r.stdout)).toMatch(/- territory: Bergamo\n\s+grantor: «[^»]*CCIAA»/);
    const it = runFesr(store(), ['show', 'incentivi-1048', '--lang', 'it']);
    expect(plain(it.stdout)).toContain('Regole lette dal testo (da verificare nel bando):');
    expect(plain(it.stdout)).toMatch(/ente concedente: «/);
  });
});

describe('company facts', () => {
  // Only "Impresa - prevalenza femminile" may apply.
  const WOMEN_ONLY = 'incentivi-226';
  it('leaves a women-led-only call to verify until the profile says, then decides', () => {
    const db = store();
    const args = ['--employees', '5', '--ateco', '62.01', '--province', 'SO', '--explain'];
    const unknown = reasonOf(
      search(db, args).find((r) => r.id === WOMEN_ONLY),
      'special-status',
    );
    expect(unknown).toMatchObject({ verdict: 'unknown', code: 'special-status-required' });
    expect(unknown?.detail).toContain('--women-led or --no-women-led');
    const yes = search(db, [...args, '--women-led']).find((r) => r.id === WOMEN_ONLY);
    expect(reasonOf(yes, 'special-status')).toMatchObject({
      verdict: 'pass',
      code: 'special-status-met',
    });
    const no = search(db, [...args, '--no-women-led']).find((r) => r.id === WOMEN_ONLY);
    expect(reasonOf(no, 'special-status')?.verdict).toBe('fail');
    expect(no?.eligibility).toBe('ineligible');
  });

  it('rejects a founding date in the future and an unknown legal form, with the valid values', () => {
    const db = store();
    const future = runFesr(db, ['search', '--founded', '2999']);
    expect(future.code).toBe(2);
    expect(future.stderr).toContain('"2999" is not a founding date');
    expect(future.stderr).not.toMatch(/^\s+at /m);
    const form = runFesr(db, ['search', '--legal-form', 'gmbh']);
    expect(form.code).toBe(2);
    expect(form.stderr).toContain('unknown legal form "gmbh"');
    expect(form.stderr).toContain('srl, spa');
    const ok = runFesr(db, [
      'search',
      '--founded',
      '2019-03',
      '--legal-form',
      'S.r.l.',
      '--format',
      'json',
    ]);
    expect(ok.code, ok.stderr).toBe(0);
  });

  it('keeps the facts in a saved profile and uses them', () => {
    const db = store();
    const env = { ...envFor(db), FESR_CONFIG_DIR: join(dirname(db), 'config') };
    const firm = ['--province', 'SO', '--employees', '5', '--ateco', '62.01'];
    const facts = ['--women-led', '--founded', '2022-05', '--legal-form', 'srl'];
    const save = execFesr(['profile', 'save', 'ditta', ...firm, ...facts], { env });
    expect(save.code, save.stderr).toBe(0);
    const run = execFesr(
      ['search', '--profile', 'ditta', ...AS_OF, '--format', 'json', '--explain'],
      {
        env,
      },
    );
    expect(run.code, run.stderr).toBe(0);
    const row = (JSON.parse(run.stdout) as Row[]).find((r) => r.id === WOMEN_ONLY);
    expect(reasonOf(row, 'special-status')?.verdict).toBe('pass');
  });
});

describe('one call from two sources', () => {
  it('lists the bundled call and its incentivi twin once, naming both, with the more careful verdict', () => {
    const rows = search(store(), [...COSMETICS, '--explain', '--status', 'all']);
    const twin = rows.find((r) => r.sourceIds.includes('incentivi-3858'));
    expect(twin?.sourceIds).toEqual(['nuova-impresa-2025', 'incentivi-3858']);
    expect(twin?.sources).toEqual(['bundled', 'incentivi']);
    expect(rows.filter((r) => r.id === 'incentivi-3858')).toEqual([]);
    // The incentivi record lists the admitted sectors (the bundled row states none): the merged
    // result takes its sector failure for the cosmetics maker.
    expect(reasonOf(twin, 'sector')?.verdict).toBe('fail');
    expect(twin?.eligibility).toBe('ineligible');
  });

  it('keeps a bundled window apart from a record whose dates disagree with it', () => {
    // Microcredito 2024 closes by 01/12/2025 (replaced by the sportello of 02/12/2025); the
    // incentivi record of the avviso runs to 31/12/2027, so the two are not taken for one window.
    const rows = search(store(), [...COSMETICS, '--explain', '--status', 'all']);
    expect(rows.find((r) => r.id === 'microcredito-2024')?.sourceIds).toEqual([
      'microcredito-2024',
    ]);
    expect(rows.find((r) => r.id === 'incentivi-461')?.sourceIds).toEqual(['incentivi-461']);
  });
});

describe('rules stored at import', () => {
  it('are read again when the rules change (an older rules version in the store)', () => {
    const db = store();
    const script = `
      const Database = require('better-sqlite3');
      const db = new Database(process.argv[1]);
      db.prepare("UPDATE meta SET value = '0' WHERE key = 'rules_version'").run();
      db.prepare("UPDATE measures SET record = json_set(record, '$.rules', json('[]'))").run();
      db.close();`;
    const edit = spawnSync(process.execPath, ['-e', script, db], { cwd: ROOT, encoding: 'utf8' });
    expect(edit.status, edit.stderr).toBe(0);
    const r = runFesr(db, ['show', 'incentivi-1048', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const rules = (JSON.parse(r.stdout) as { rules: { kind: string }[] }).rules;
    expect(rules.map((x) => x.kind)).toContain('territory');
    // A re-import of the same file then changes nothing.
    expect(runFesr(db, ['import', REAL]).stdout).toContain('0 new, 0 updated, 371 unchanged');
  });
});
