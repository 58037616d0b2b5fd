// Issue 10, findings 10 and 11: an oversize field or line is refused with its place (exit 3, the
// database unchanged), and CSV files with mixed line endings lose no rows and count lines right.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, dumpDb, runFesr, tempDb } from './run-fesr.js';

const MB = 1 << 20;
const fixture = (path: string) => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));

describe('oversize fields and lines', () => {
  const db = tempDb();
  const dir = mkdtempSync(join(tmpdir(), 'fesr-limits-'));
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  let before = '';
  beforeAll(() => {
    expect(runFesr(db, ['import', join(FIXTURES, 'lombardia-sample.json')]).code).toBe(0);
    before = dumpDb(db);
  });

  it.each([
    [
      'a JSON string field of 8 MB',
      () =>
        file(
          'field.json',
          JSON.stringify([
            { id: 'a', title: 't', programme: 'p' },
            { id: 'b', description: 'x'.repeat(8 * MB) },
          ]),
        ),
      /field\.json: record 2, field "description" is longer than 1 MB, the limit for a field/,
    ],
    [
      'a JSON record of 8 MB in small fields',
      () =>
        file(
          'record.json',
          JSON.stringify([
            Object.fromEntries(Array.from({ length: 16 }, (_, i) => [`f${i}`, 'y'.repeat(MB / 2)])),
          ]),
        ),
      /record\.json: record 1 \(at field "f\d+"\) is longer than 4 MB, the limit for a record/,
    ],
    [
      'a CSV line of 8 MB',
      () => file('line.csv', `id,title,programme\na,b,c\nd,${'z'.repeat(8 * MB)},e\n`),
      /line\.csv:3: the line \(at field "title"\) is longer than 4 MB, the limit for a line/,
    ],
    [
      'a CSV field of 2 MB',
      () => file('field.csv', `id,title,programme\na,"${'z'.repeat(2 * MB)}",e\n`),
      /field\.csv:2: field "title" is longer than 1 MB, the limit for a field/,
    ],
    [
      'a file of 8 MB with no line break',
      () => file('oneline.csv', 'w'.repeat(8 * MB)),
      /oneline\.csv:1: the line is longer than 4 MB, the limit for a line/,
    ],
  ])('refuses %s with its place, exit 3, the database unchanged', (_what, make, message) => {
    const r = runFesr(db, ['import', make()]);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('the database was not changed');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(dumpDb(db)).toBe(before);
  });

  it('refuses an oversize line in a firms CSV for fesr match', () => {
    const path = file(
      'firms.csv',
      `name;size;province\nA;small;CR\nB;small;${'q'.repeat(8 * MB)}\n`,
    );
    const r = runFesr(db, ['match', path]);
    expect(r.stderr).toMatch(/firms\.csv:3: the line \(at field "province"\) is longer than 4 MB/);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
  });
});

describe('CSV line endings', () => {
  it('reads a CRLF header above LF, lone-CR and CRLF rows, with the right line numbers', () => {
    const db = tempDb();
    const r = runFesr(db, ['import', fixture('fesr-csv/mixed-line-endings.csv')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/4 read, 3 new, 0 updated, 0 unchanged, 1 skipped/);
    expect(r.stderr).toMatch(/mixed-line-endings\.csv:4: field "closesAt" "not-a-date"/);
    const shown = runFesr(db, [
      'search',
      '--source',
      'custom',
      '--format',
      'csv',
      '--as-of',
      '2026-03-01',
    ]);
    expect(shown.code).toBe(0);
    for (const id of ['riga-2', 'riga-3', 'riga-5']) expect(shown.stdout).toContain(id);
  });

  it('reads every firm of a firms CSV with mixed line endings for fesr match', () => {
    const db = tempDb();
    const r = runFesr(db, [
      'match',
      fixture('firms-mixed-line-endings.csv'),
      '--as-of',
      '2026-03-01',
      '--format',
      'csv',
    ]);
    expect(r.code).toBe(0);
    for (const name of ['Prima', 'Seconda', 'Terza'])
      expect(r.stdout).toMatch(new RegExp(`^${name},`, 'm'));
    expect(r.stdout).toMatch(/^Prima,2,/m);
    expect(r.stdout).toMatch(/^Seconda,3,/m);
    expect(r.stdout).toMatch(/^Terza,4,/m);
    expect(r.stderr).toMatch(/firms-mixed-line-endings\.csv:5: unknown province "XX"/);
  });
});
