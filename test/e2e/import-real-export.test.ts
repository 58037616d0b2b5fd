// A real incentivi.gov.it re-export, imported whole through the binary: every record lands, the
// portal's placeholders (99999999999 EUR, a 2050-12-31 closing) are never counted as money or
// days; and a cut of it with pandas' bare NaN/Infinity tokens imports instead of failing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, runFesr, tempDb } from './run-fesr.js';

const REAL = join(FIXTURES, 'incentivi-gov-it_evoluto_opendata-export_2025-06-28.json');
const WITH_NAN = join(FIXTURES, 'incentivi-evoluto-nan.json');

interface Row {
  id: string;
  status: string;
  closesOn: string | null;
  daysLeft: number | null;
  budgetEur: number | null;
}

describe('fesr import of the whole real export', () => {
  const db = tempDb();
  beforeAll(() => {
    const r = runFesr(db, ['import', REAL]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      'incentivi-gov-it_evoluto_opendata-export_2025-06-28.json: 371 read, 371 new, 0 updated, 0 unchanged, 0 skipped',
    );
    expect(r.stderr).not.toMatch(/skipped|NaN/);
  });

  it('gives EUR totals with no placeholder in them', () => {
    const r = runFesr(db, ['stats', '--format', 'json']);
    expect(r.code).toBe(0);
    const total = (JSON.parse(r.stdout) as { total: { measures: number; budgetEur: number } })
      .total;
    // Six records state 99999999999 EUR: counted, they would add about EUR 600 billion.
    expect(total.budgetEur).toBeGreaterThan(1e9);
    expect(total.budgetEur).toBeLessThan(100e9);
    const table = runFesr(db, ['search', '--status', 'all', '--as-of', '2025-06-28']).stdout;
    const footer = /allocation EUR ([\d,]+)/.exec(table);
    expect(footer).not.toBeNull();
    expect(Number((footer?.[1] ?? '').replace(/,/g, ''))).toBeLessThan(100e9);
  });

  it('never counts the days to a placeholder closing date', () => {
    const r = runFesr(db, [
      'search',
      '--status',
      'all',
      '--format',
      'json',
      '--as-of',
      '2025-06-28',
    ]);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as Row[];
    const byId = new Map(rows.map((row) => [row.id, row]));
    // 2050-12-31 with 99999999999 EUR: open with no closing date and no budget.
    expect(byId.get('incentivi-506')).toMatchObject({
      status: 'open',
      closesOn: null,
      daysLeft: null,
      budgetEur: null,
    });
    // 2024-08-06 to 2044-08-06: the portal's twenty years to the day for a standing measure.
    expect(byId.get('incentivi-2377')).toMatchObject({ closesOn: null, daysLeft: null });
    // A real closing date far ahead is kept as it is.
    expect(byId.get('incentivi-2047')).toMatchObject({ closesOn: '2031-06-30' });
    // The one date left above 3000 days is stated, not a placeholder: 2033-12-18 for a call
    // opened 2023-11-16 (probably a typo for 2023 in the portal; kept as the portal gives it).
    const far = rows.filter((row) => (row.daysLeft ?? 0) > 3000);
    expect(far.map((row) => [row.id, row.closesOn])).toEqual([['incentivi-999', '2033-12-18']]);
  });

  it('keeps a note saying what the placeholder was', () => {
    const r = runFesr(db, ['show', 'incentivi-506']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Data chiusura: 2050-12-31 read as no closing date stated');
    expect(r.stdout).toContain('Stanziamento: 99999999999 read as not stated');
  });
});

describe('fesr import of an export with bare NaN tokens', () => {
  it('holds tokens that are not strict JSON (the point of the fixture)', () => {
    const text = readFileSync(WITH_NAN, 'utf8');
    expect(() => JSON.parse(text) as unknown).toThrow();
    expect(text.match(/: (NaN|-?Infinity)\b/g)).toHaveLength(6);
    expect(text).toContain('"titolo_clean": "NaN"');
  });

  it('imports every record, reads them as empty and says how many', () => {
    const db = tempDb();
    const r = runFesr(db, ['import', WITH_NAN]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      'incentivi-evoluto-nan.json: 20 read, 20 new, 0 updated, 0 unchanged, 0 skipped',
    );
    expect(r.stderr).toContain(
      'incentivi-evoluto-nan.json: 6 NaN or Infinity values (not strict JSON) read as empty',
    );
    // The read field with NaN is stored as not stated.
    const show = runFesr(db, ['show', 'incentivi-813', '--format', 'json']);
    expect(JSON.parse(show.stdout)).toMatchObject({ id: 'incentivi-813', budgetEur: null });
    // Read again, the same values: nothing changes.
    expect(runFesr(db, ['import', WITH_NAN]).stdout).toContain('0 updated, 20 unchanged');
  });

  it('says it in Italian too', () => {
    const db = tempDb();
    const r = runFesr(db, ['--lang', 'it', 'import', WITH_NAN]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      'incentivi-evoluto-nan.json: 6 valori NaN o Infinity (JSON non standard) letti come vuoti',
    );
  });
});
