// `fesr search` through the built binary, on the bundled data, checking stdout and exit code together.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  COSMETICS_CR,
  runFesr,
  seedTemplate,
  seededDir,
  STACK_TRACE,
  tempDir,
} from '../helpers/run-fesr.js';

let template: string;
beforeAll(() => {
  template = seedTemplate();
});

const cosmetics = [...COSMETICS_CR, '--as-of', '2024-10-01'];

interface Row {
  id: string;
  title: string;
  status: string;
  closesOn: string | null;
  daysLeft: number | null;
  eligibility: string;
  reasons: { criterion: string; verdict: string; detail: string }[];
  [key: string]: unknown;
}

function json(args: string[], dir = seededDir(template)): Row[] {
  const r = runFesr([...args, '--format', 'json'], dir);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Row[];
}

describe('fesr search on the bundled data', () => {
  it('works on a fresh machine: creates and seeds the database on first use', () => {
    const dir = tempDir();
    const r = runFesr(['search', ...cosmetics], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Transizione digitale delle');
    expect(r.stdout).toMatch(/\d+ measures · allocation EUR [\d,]+/);
    expect(existsSync(join(dir, 'data', 'fesr', 'fesr.sqlite'))).toBe(true);
  });

  it('fits an 80-column terminal', () => {
    const r = runFesr(['search', ...cosmetics], seededDir(template));
    const widest = Math.max(...r.stdout.split('\n').map((line) => [...line].length));
    expect(widest).toBeLessThanOrEqual(80);
  });

  it('keeps the NO_COLOR layout with colours on (FORCE_COLOR=1): escapes take no width', () => {
    const dir = seededDir(template);
    const coloured = runFesr(['search', ...cosmetics], dir, {
      env: { FORCE_COLOR: '1', NO_COLOR: undefined },
    });
    const plain = runFesr(['search', ...cosmetics], dir);
    expect(coloured.code).toBe(0);
    expect(coloured.stdout).toContain('\x1b[');
    // eslint-disable-next-line no-control-regex
    const stripped = coloured.stdout.replace(/\x1b\[[\d;]*m/g, '');
    expect(stripped).toBe(plain.stdout);
    const table = stripped.split('\n').filter((line) => /^[┌│└]/.test(line));
    expect(table.length).toBeGreaterThan(10);
    expect(new Set(table.map((line) => [...line].length))).toEqual(new Set([79]));
  });

  it('lists the digital-transition call (open) and the 2023 patents call, each with its deadline', () => {
    const rows = json(['search', ...cosmetics]);
    const digital = rows.find((r) => r.id === 'transizione-digitale-2024');
    const patents = rows.find((r) => r.id === 'brevetti-2023');
    expect(digital).toMatchObject({
      status: 'open',
      closesOn: '2024-11-12',
      daysLeft: 42,
      eligibility: 'eligible',
    });
    expect(patents).toMatchObject({ status: 'open', closesOn: '2027-02-25' });
    const table = runFesr(['search', ...cosmetics], seededDir(template)).stdout;
    expect(table).toContain('to 2024-11-12');
    expect(table).toContain('to 2027-02-25');
  });

  it('does not list the digital-transition call for software (62.01), and --explain says why', () => {
    const software = cosmetics.map((a) => (a === '20.42' ? '62.01' : a));
    expect(json(['search', ...software]).some((r) => r.id === 'transizione-digitale-2024')).toBe(
      false,
    );
    const explained = json(['search', ...software, '--explain']).find(
      (r) => r.id === 'transizione-digitale-2024',
    );
    expect(explained?.eligibility).toBe('ineligible');
    expect(explained?.reasons.find((r) => r.criterion === 'sector')).toMatchObject({
      verdict: 'fail',
    });
    const text = runFesr(['search', ...software, '--explain'], seededDir(template)).stdout;
    expect(text).toMatch(/62\.01 falls under excluded division 62 \(excluded: A, 61, 62, 63, K/);
  });

  it('gives a large firm no SME-only measure, and the reasons say "large firm"', () => {
    const large = [
      '--employees',
      '400',
      '--turnover',
      '120000000',
      '--province',
      'MI',
      '--status',
      'all',
    ];
    const rows = json(['search', ...large]);
    const smeOnly = (r: Row) =>
      Array.isArray(r.sizes) &&
      !(r.sizes as string[]).includes('large') &&
      (r.sizes as string[]).length > 0;
    expect(rows.filter(smeOnly)).toEqual([]);
    const failing = json(['search', ...large, '--explain']).filter(smeOnly);
    expect(failing.length).toBeGreaterThan(5);
    for (const r of failing) {
      expect(r.reasons.find((x) => x.criterion === 'size')?.detail).toMatch(/^large firm/);
    }
  });

  it('prints every key of the contract in JSON', () => {
    const [first] = json(['search', '--status', 'all', '--limit', '1']);
    for (const key of [
      'id',
      'title',
      'source',
      'programme',
      'status',
      'opensOn',
      'closesOn',
      'daysLeft',
      'budgetEur',
      'maxAidEur',
      'aidForms',
      'sizes',
      'url',
      'eligibility',
      'reasons',
    ]) {
      expect(first).toHaveProperty(key);
    }
  });

  it('filters by text (accent-insensitive), aid form, status, source and programme', () => {
    expect(json(['search', '--status', 'all', '--text', 'brevetti']).map((r) => r.id)).toContain(
      'brevetti-2023',
    );
    expect(
      json(['search', '--status', 'all', '--text', 'transizione digitale']).map((r) => r.id),
    ).toContain('transizione-digitale-2024');
    const loans = json(['search', '--status', 'all', '--aid', 'loan']);
    expect(loans.length).toBeGreaterThan(0);
    expect(loans.every((r) => (r.aidForms as string[]).includes('loan'))).toBe(true);
    const fesr = json(['search', '--status', 'all', '--fesr']);
    expect(fesr.every((r) => String(r.programme).startsWith('PR FESR'))).toBe(true);
    expect(fesr.some((r) => r.id === 'nuova-impresa-2025')).toBe(false);
    expect(json(['search', '--status', 'all']).some((r) => r.id === 'nuova-impresa-2025')).toBe(
      true,
    );
    expect(json(['search', '--status', 'all', '--source', 'nowhere'])).toEqual([]);
    const closed = json(['search', '--status', 'closed', '--as-of', '2026-11-28']);
    expect(closed.length).toBeGreaterThan(0);
    expect(closed.every((r) => r.status === 'closed')).toBe(true);
  });

  it('sorts soonest deadline first with open-ended calls last, and by amount', () => {
    const rows = json(['search', '--as-of', '2024-10-01']);
    const dated = rows.map((r) => r.closesOn);
    const firstNull = dated.indexOf(null);
    const datedPart = firstNull === -1 ? dated : dated.slice(0, firstNull);
    expect([...datedPart].sort()).toEqual(datedPart);
    if (firstNull !== -1) expect(dated.slice(firstNull).every((d) => d === null)).toBe(true);
    const byAmount = json(['search', '--status', 'all', '--sort', 'amount']).map(
      (r) => r.maxAidEur as number | null,
    );
    const known = byAmount.filter((x): x is number => x !== null);
    expect([...known].sort((a, b) => b - a)).toEqual(known);
  });

  it('computes today in Europe/Rome, across midnight', () => {
    // 2024-11-12 23:30 UTC is already 13 November in Rome: the digital-transition call has closed.
    const late = runFesr(['search', '--format', 'json'], seededDir(template), {
      env: { FESR_NOW: '2024-11-12T23:30:00Z' },
    });
    expect(
      (JSON.parse(late.stdout) as Row[]).some((r) => r.id === 'transizione-digitale-2024'),
    ).toBe(false);
    const early = runFesr(['search', '--format', 'json'], seededDir(template), {
      env: { FESR_NOW: '2024-11-12T22:30:00Z' },
    });
    expect(
      (JSON.parse(early.stdout) as Row[]).find((r) => r.id === 'transizione-digitale-2024')
        ?.daysLeft,
    ).toBe(0);
  });

  it('exits 0 with an empty array or a hint when nothing matches', () => {
    expect(json(['search', '--text', 'zzzznonesuch'])).toEqual([]);
    const r = runFesr(['search', '--text', 'zzzznonesuch'], seededDir(template));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No measures match');
  });
});

describe('CSV output', () => {
  it('is RFC 4180 with the JSON keys as columns, and formulas neutralised', () => {
    const dir = seededDir(template);
    const r = runFesr(['search', ...cosmetics, '--format', 'csv'], dir);
    expect(r.code).toBe(0);
    const header = r.stdout.split('\r\n')[0];
    expect(header).toMatch(
      /^id,title,source,programme,status,opensOn,closesOn,daysLeft,budgetEur,maxAidEur,aidForms,sizes,url,eligibility,reasons,/,
    );
    expect(r.stdout).toContain(
      'transizione-digitale-2024,Transizione digitale delle imprese lombarde,bundled',
    );
  });

  it('writes --output by extension, refuses to overwrite without --force', () => {
    const dir = seededDir(template);
    const file = join(dir, 'out.csv');
    expect(runFesr(['search', ...cosmetics, '--output', file], dir)).toMatchObject({
      code: 0,
      stdout: '',
    });
    expect(readFileSync(file, 'utf8')).toMatch(/^id,title,/);
    const again = runFesr(['search', ...cosmetics, '--output', file], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
    expect(runFesr(['search', ...cosmetics, '--output', file, '--force'], dir).code).toBe(0);
    const jsonFile = join(dir, 'out.json');
    runFesr(['search', ...cosmetics, '--output', jsonFile], dir);
    expect(JSON.parse(readFileSync(jsonFile, 'utf8'))).toBeInstanceOf(Array);
  });

  it('--excel writes a BOM, semicolons and decimal commas', () => {
    const r = runFesr(['search', '--status', 'all', '--excel'], seededDir(template));
    expect(r.stdout.startsWith('\uFEFFid;title;source;')).toBe(true);
  });

  it('round-trips: an export re-imports as the same measures', () => {
    const dir = seededDir(template);
    const file = join(dir, 'all.csv');
    expect(runFesr(['search', '--status', 'all', '--output', file], dir).code).toBe(0);
    const count = readFileSync(file, 'utf8').trim().split('\r\n').length - 1;
    const same = runFesr(['import', file], dir);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain(`${count} read, 0 new, 0 updated, ${count} unchanged, 0 skipped`);
    // Into an empty store under another name, the measures come back field for field.
    const other = tempDir();
    const edited = readFileSync(file, 'utf8').replace(/,bundled,/g, ',copia,');
    writeFileSync(join(other, 'copy.csv'), edited);
    expect(runFesr(['import', join(other, 'copy.csv')], other).stdout).toContain(
      `${count} read, 0 new, ${count} updated`,
    );
    // The data date is the import's, not a field of the measure.
    const strip = (rows: Row[]) =>
      rows.map((r) => ({ ...r, source: 'x', sources: [], dataAsOf: null }));
    const original = json(['search', '--status', 'all', '--source', 'bundled'], dir);
    const copied = json(['search', '--status', 'all', '--source', 'copia'], other);
    expect(strip(copied)).toEqual(strip(original));
  });
});

describe('usage errors exit 2 with a clear message and no stack trace', () => {
  it.each([
    [['search', '--size', 'huge'], /unknown size "huge"[\s\S]*micro, small, medium or large/],
    [['search', '--province', 'XX'], /unknown province "XX"[\s\S]*did you mean/],
    [['search', '--province', 'Cremna'], /did you mean .*Cremona/],
    [
      ['search', '--province', 'Castro'],
      /"Castro" is a municipality in more than one province \(BG Bergamo, LE Lecce\)[\s\S]*BG, LE/,
    ],
    [
      ['search', '--ateco', '20.49'],
      /unknown ATECO code "20.49"[\s\S]*did you mean 20\.41, 20\.42/,
    ],
    [['search', '--as-of', '2024-02-30'], /bad date/],
    [['search', '--status', 'soon'], /--status: unknown value "soon"/],
    [['search', '--format', 'xml'], /argument 'xml' is invalid/],
    [['search', '--bogus-flag'], /unknown option '--bogus-flag'/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [
      ['search', '--size', 'small', '--employees', '400'],
      /--size small disagrees with the figures, which make a large firm/,
    ],
    [['search', '--turnover', '3M'], /need --employees/],
    [
      ['show', 'brevetti-2032'],
      /no measure with id "brevetti-2032"[\s\S]*did you mean brevetti-2023/,
    ],
  ])('%j', (args, message) => {
    const r = runFesr(args, seededDir(template));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.stdout).toBe('');
  });

  it('accepts Italian and English spellings', () => {
    const italian = json([
      'search',
      '--province',
      'cremona',
      '--size',
      'piccola',
      '--ateco',
      '2042',
      '--as-of',
      '2024-10-01',
    ]);
    expect(italian).toEqual(json(['search', ...cosmetics]));
    const mb = json(['search', '--province', 'Monza e della Brianza', '--status', 'all']);
    expect(mb.length).toBeGreaterThan(0);
  });
});

describe('what people type where the letter is not what they mean', () => {
  const base = ['search', '--size', 'small', '--as-of', '2024-10-01', '--format', 'json'];

  it('reads a municipality as its province (Crema: CR) and says so on stderr', () => {
    const dir = seededDir(template);
    const crema = runFesr([...base, '--province', 'Crema', '--ateco', '20.42'], dir);
    expect(crema.code).toBe(0);
    expect(crema.stderr).toBe('fesr: Crema is in the province of Cremona (CR)\n');
    expect(crema.stdout).toBe(
      runFesr([...base, '--province', 'CR', '--ateco', '20.42'], dir).stdout,
    );
    const italian = runFesr([...base, '--province', 'crema', '--lang', 'it'], dir);
    expect(italian.stderr).toBe('fesr: Crema è in provincia di Cremona (CR)\n');
    // A province's own name is no municipality's: nothing to say.
    expect(runFesr([...base, '--province', 'Cremona'], dir).stderr).toBe('');
  });

  it('reads --ateco 20,42 (a decimal comma) as 20.42 and says so; lists still work', () => {
    const dir = seededDir(template);
    const comma = runFesr([...base, '--province', 'CR', '--ateco', '20,42'], dir);
    expect(comma.code).toBe(0);
    expect(comma.stderr).toBe(
      'fesr: ATECO "20,42" read as 20.42 (a decimal comma); for separate codes write --ateco 20 --ateco 42\n',
    );
    const dot = runFesr([...base, '--province', 'CR', '--ateco', '20.42'], dir);
    expect(comma.stdout).toBe(dot.stdout);
    // What each spelling is read as, as `fesr profile save` stores it.
    const saved = (...ateco: string[]) => {
      const args = ateco.flatMap((code) => ['--ateco', code]);
      const r = runFesr(['profile', 'save', 'p', '--force', ...args], dir);
      expect(r.code, r.stderr).toBe(0);
      const show = runFesr(['profile', 'show', 'p', '--format', 'json'], dir);
      return { codes: (JSON.parse(show.stdout) as { ateco: string[] }).ateco, stderr: r.stderr };
    };
    expect(saved('20.42,62.01')).toEqual({
      codes: ['20.42', '62.01'],
      stderr: expect.not.stringContaining('ATECO'),
    });
    expect(saved('20', '42').codes).toEqual(['20', '42']);
    expect(saved('20,99').codes).toEqual(['20', '99']); // 20.99 is no code
    const two = saved('20,42,62,01');
    expect(two.codes).toEqual(['20.42', '62.01']);
    expect(two.stderr).toContain('ATECO "62,01" read as 62.01');
  });
});

describe('database problems exit 4', () => {
  it('refuses a file that is not a fesr database', () => {
    const dir = tempDir();
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'hello, this is not SQLite at all '.repeat(200));
    const r = runFesr(['--db', file, 'search'], dir);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/not a fesr database/);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it('refuses a database with a newer schema', async () => {
    const dir = seededDir(template);
    const path = join(dir, 'data', 'fesr', 'fesr.sqlite');
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(path);
    db.pragma('user_version = 99');
    db.close();
    const r = runFesr(['search'], dir);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/schema version 99, newer than this fesr/);
  });

  it('honours --db over FESR_DB over XDG_DATA_HOME', () => {
    const dir = tempDir();
    runFesr(['stats'], dir, { env: { FESR_DB: join(dir, 'env.sqlite') } });
    expect(existsSync(join(dir, 'env.sqlite'))).toBe(true);
    runFesr(['--db', join(dir, 'flag.sqlite'), 'stats'], dir, {
      env: { FESR_DB: join(dir, 'env.sqlite') },
    });
    expect(existsSync(join(dir, 'flag.sqlite'))).toBe(true);
    expect(existsSync(join(dir, 'data', 'fesr', 'fesr.sqlite'))).toBe(false);
  });
});

describe('colour', () => {
  const ansi = new RegExp(String.fromCharCode(27) + '\\[');
  it('is off when not a TTY, on with FORCE_COLOR, and --no-color wins', () => {
    const dir = seededDir(template);
    expect(
      runFesr(['search', ...cosmetics], dir, { env: { NO_COLOR: undefined } }).stdout,
    ).not.toMatch(ansi);
    expect(
      runFesr(['search', ...cosmetics], dir, { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } })
        .stdout,
    ).toMatch(ansi);
    expect(
      runFesr(['search', ...cosmetics, '--no-color'], dir, {
        env: { NO_COLOR: undefined, FORCE_COLOR: '1' },
      }).stdout,
    ).not.toMatch(ansi);
  });
});

describe('ATECO 2025 codes', () => {
  it('are compared through the ISTAT crosswalk', () => {
    // 62.10 exists only in ATECO 2025 (software); its 2007 equivalents sit in excluded division 62.
    const rows = json([
      'search',
      '--province',
      'CR',
      '--size',
      'small',
      '--ateco',
      '62.10',
      '--as-of',
      '2024-10-01',
      '--explain',
    ]);
    const digital = rows.find((r) => r.id === 'transizione-digitale-2024');
    expect(digital?.reasons.find((r) => r.criterion === 'sector')).toMatchObject({
      verdict: 'fail',
    });
  });
});

describe('windows of one call', () => {
  it('are listed each, even when they share an official page', () => {
    const ids = json(['search', '--status', 'all']).map((r) => r.id);
    for (const id of [
      'ricerca-innova-2023-1-w1',
      'ricerca-innova-2023-1-w2',
      'ricerca-innova-2023-2-w1',
      'ricerca-innova-2023-2-w2',
      'ricircolo-2025-costruzioni',
      'ricircolo-2025-spreco-alimentare',
    ]) {
      expect(ids).toContain(id);
    }
  });
});

describe('full-text search by spoken names', () => {
  it('finds "Ri.Circo.Lo" as ricircolo', () => {
    const ids = json(['search', '--status', 'all', '--text', 'ricircolo']).map((r) => r.id);
    expect(ids).toEqual(
      expect.arrayContaining(['ricircolo-2025-costruzioni', 'ricircolo-2025-spreco-alimentare']),
    );
  });
});

describe('headcount in annual work units', () => {
  it('accepts fractions (12.5 or 12,5)', () => {
    const r = runFesr(
      ['show', 'brevetti-2023', '--employees', '9,5', '--turnover', '1M', '--format', 'json'],
      seededDir(template),
    );
    const shown = JSON.parse(r.stdout) as Row;
    expect(shown.reasons.find((x) => x.criterion === 'size')?.detail).toMatch(
      /^micro firm \(9\.5 employees/,
    );
  });
});
