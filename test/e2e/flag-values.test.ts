// Issue 10, finding 14: flag values are read strictly. An empty value, a --limit that is not a plain
// whole number, or a single-value flag given twice is a usage error (exit 2) naming the flag; a
// column repeated in a CSV header is refused by import and reported by match.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runFesr, tempDb } from './run-fesr.js';

describe('flag values', () => {
  const db = tempDb();
  it.each([
    [['search', '--as-of', ''], /--as-of needs a value/],
    [['search', '--source', ''], /--source needs a value/],
    [['search', '--province', ''], /--province needs a value/],
    [['search', '--size', '  '], /--size needs a value/],
    [['show', 'x', '--as-of', ''], /--as-of needs a value/],
    [['import', '--source', '', 'x.csv'], /--source needs a value/],
    [['search', '--limit', '0x10'], /--limit takes a whole number from 1 to 1000000, not "0x10"/],
    [['search', '--limit', '1e12'], /--limit takes a whole number from 1 to 1000000, not "1e12"/],
    [['search', '--limit', '2000000'], /--limit takes a whole number from 1 to 1000000/],
    [['search', '--limit', '1.0'], /--limit takes a whole number/],
    [['search', '--size', 'small', '--size', 'medium'], /--size given twice: "small" and "medium"/],
    [['search', '--limit', '3', '--limit', '4'], /--limit given twice: "3" and "4"/],
    [['search', '--status', 'open', '--status', 'closed'], /--status given twice/],
    [['profile', 'save', 'x', '--size', 'small', '--size', 'micro'], /--size given twice/],
    // The program's own flags, before or after the command.
    [['--lang', 'en', '--lang', 'it', 'stats'], /--lang given twice: "en" and "it"/],
    [['--db', 'a.sqlite', 'stats', '--db', 'b.sqlite'], /--db given twice/],
    [['--db', '', 'stats'], /--db needs a value/],
  ])('fesr %j is a usage error', (args, message) => {
    const r = runFesr(db, args);
    expect(r.stderr).toMatch(message);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });

  it('says a repeated flag in Italian', () => {
    const r = runFesr(db, ['--lang', 'it', 'search', '--size', 'small', '--size', 'medium']);
    expect(r.stderr).toMatch(/--size indicato due volte: "small" e "medium"/);
    expect(r.code).toBe(2);
  });

  it('takes a plain --limit and repeated --ateco', () => {
    const r = runFesr(db, [
      'search',
      '--limit',
      '2',
      '--ateco',
      '62',
      '--ateco',
      '20.42',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as unknown[]).length).toBeLessThanOrEqual(2);
  });
});

describe('a column repeated in a CSV header', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fesr-dup-'));
  it('is refused by import, naming both columns', () => {
    const file = join(dir, 'dup.csv');
    writeFileSync(file, 'id,title,programme,title\na,b,c,d\n');
    const r = runFesr(tempDb(), ['import', file]);
    expect(r.stderr).toMatch(/dup\.csv:1: column "title" appears twice \(columns 2 and 4\)/);
    expect(r.code).toBe(3);
  });
  it('is reported by match, which reads the first', () => {
    const file = join(dir, 'firms.csv');
    writeFileSync(file, 'name;size;province;size\nA;small;CR;large\n');
    const r = runFesr(tempDb(), ['match', file, '--as-of', '2026-03-01', '--format', 'csv']);
    expect(r.stderr).toMatch(
      /firms\.csv: column "size" not read: the same field comes from "size"/,
    );
    expect(r.code).toBe(0);
  });
});
