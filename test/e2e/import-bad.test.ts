// Every bad file exits 3, names the file, line and field, and leaves the database as it was.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, dumpDb, runFesr, tempDb } from './run-fesr.js';

const bad = (name: string) => join(FIXTURES, 'bad', name);

describe('fesr import of bad files', () => {
  const db = tempDb();
  let before = '';
  beforeAll(() => {
    expect(runFesr(db, ['import', join(FIXTURES, 'lombardia-sample.json')]).code).toBe(0);
    before = dumpDb(db);
  });

  it.each([
    [
      'truncated.json',
      /truncated\.json:68: the JSON is cut short in record 1, field "Link_istituzionale"/,
    ],
    ['binary.csv', /binary\.csv: the file is binary/],
    ['empty.csv', /empty\.csv: is empty/],
    ['no-records.json', /no-records\.json: holds no records/],
    [
      'unterminated-quote.csv',
      /unterminated-quote\.csv:3: field "Titolo" opens a quote that is never closed/,
    ],
  ])('%s', (name, message) => {
    const r = runFesr(db, ['import', bad(name)]);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(dumpDb(db)).toBe(before);
  });

  it('fails a bad row under --strict with its line and field, changing nothing', () => {
    const r = runFesr(db, ['import', '--strict', bad('bad-row.csv')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(
      /bad-row\.csv:3: field "Data_apertura" "2024-13-45T00:00:00" is not a real date/,
    );
    expect(dumpDb(db)).toBe(before);
  });

  it('changes nothing with --dry-run', () => {
    const r = runFesr(db, ['import', '--dry-run', join(FIXTURES, 'incentivi-quirks.json')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('9 read, 9 new');
    expect(dumpDb(db)).toBe(before);
  });

  it('skips and reports a bad row without --strict', () => {
    const own = tempDb();
    const r = runFesr(own, ['import', bad('bad-row.csv')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('skipped');
    expect(r.stderr).toMatch(/bad-row\.csv:3: field "Data_apertura"/);
    expect(r.stdout).toMatch(/3 read, 2 new, 0 updated, 0 unchanged, 1 skipped/);
  });
});
