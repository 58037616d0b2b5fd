// What the search table's footer says is hidden, through the built binary: "3 of N" under
// --limit, the matches with no dates the default status filter hid, how to give a profile, and
// Italian amounts and dates in the Italian table; JSON and CSV stay the same in both languages.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  COSMETICS_CR,
  ROOT,
  runFesr,
  seedTemplate,
  seededDir,
  type RunResult,
} from '../helpers/run-fesr.js';

const UNDATED = join(ROOT, 'test/fixtures/fesr-csv/undated.csv');
const cosmetics = [...COSMETICS_CR, '--as-of', '2024-10-01'];
const ITALIAN = { LANG: 'it_IT.UTF-8' };

let template: string;
/** The bundled data plus the fixture's calls (three open in 2026, four with no dates). */
let withUndated: string;
beforeAll(() => {
  template = seedTemplate();
  withUndated = seededDir(template);
  const imported = runFesr(['import', UNDATED, '--source', 'prova'], withUndated);
  expect(imported.code).toBe(0);
});

/** The fixture's calls for a small cosmetics maker in Cremona, on 2026-10-01. */
const prova = ['--source', 'prova', ...COSMETICS_CR, '--as-of', '2026-10-01'];

function ok(r: RunResult): string {
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
  return r.stdout;
}

const widest = (text: string) => Math.max(...text.split('\n').map((line) => [...line].length));

describe('the search footer', () => {
  it('says "3 of N" under --limit 3, N being every match; JSON keeps the first 3', () => {
    const dir = seededDir(template);
    const all = JSON.parse(ok(runFesr(['search', ...cosmetics, '--format', 'json'], dir))) as {
      id: string;
    }[];
    expect(all.length).toBeGreaterThan(3);
    const table = runFesr(['search', ...cosmetics, '--limit', '3'], dir);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain(`3 of ${all.length} measures, cut by --limit · allocation`);
    // The three rows, and none of the ones past the limit.
    for (const r of all.slice(0, 3)) expect(table.stdout).toContain(r.id);
    for (const r of all.slice(3)) expect(table.stdout).not.toMatch(new RegExp(`│ ${r.id} +│`));
    const limited = JSON.parse(
      ok(runFesr(['search', ...cosmetics, '--limit', '3', '--format', 'json'], dir)),
    ) as unknown[];
    expect(limited).toEqual(all.slice(0, 3));
    // A limit that cuts nothing says the plain count.
    const roomy = ok(runFesr(['search', ...cosmetics, '--limit', '1000'], dir));
    expect(roomy).toMatch(new RegExp(`^${all.length} measures · allocation`, 'm'));
    expect(roomy).not.toContain('cut by --limit');
  });

  it('keeps --explain to the rows shown under --limit, and still counts the rest', () => {
    const dir = seededDir(template);
    const r = runFesr(['search', ...cosmetics, '--explain', '--limit', '2'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+ of \d+ measures, cut by --limit/m);
    // Each explanation starts with the title and the id in brackets: two, for the two rows.
    expect(r.stdout.match(/^\S.* \[[a-z0-9-]+\]$/gm)).toHaveLength(2);
  });

  it('counts the matches with no dates the default status filter hid, and how to show them', () => {
    const r = runFesr(['search', ...prova], withUndated);
    expect(r.code).toBe(0);
    // Four have no dates; one is for large firms only, which the profile fails.
    expect(r.stdout).toContain('3 more with no dates (status unknown): --status all shows them');
    expect(r.stdout).toMatch(/^3 measures · allocation EUR 26,500,000/m);
    expect(r.stdout).not.toContain('senza-date');
    const listed = ok(runFesr(['search', ...prova, '--status', 'all'], withUndated));
    for (const id of ['prova-senza-date-1', 'prova-senza-date-2', 'prova-senza-date-3'])
      expect(listed).toContain(id);
    expect(listed).not.toContain('more with no dates');
    // Only when --status was not given: the user chose what to see.
    expect(ok(runFesr(['search', ...prova, '--status', 'open'], withUndated))).not.toContain(
      'more with no dates',
    );
    // Said under "no measures match", too.
    const none = runFesr(
      ['search', '--source', 'prova', ...COSMETICS_CR, '--as-of', '2027-06-01', '--aid', 'loan'],
      withUndated,
    );
    expect(none.code).toBe(0);
    expect(none.stdout).toMatch(
      /^No measures match\. Try --explain to see why\.\n1 more with no dates \(status unknown\): --status all shows it\n/,
    );
    // Said in Italian, too.
    expect(ok(runFesr(['search', ...prova], withUndated, { env: ITALIAN }))).toContain(
      'altre 3 misure senza date (stato ignoto): --status all le mostra',
    );
  });

  it('says how to give a profile after a bare `fesr search`, and only then', () => {
    const dir = seededDir(template);
    const bare = runFesr(['search'], dir);
    expect(bare.code).toBe(0);
    expect(bare.stdout).toContain(
      'No company profile given: add --size, --ateco and --province,\n' +
        'or --profile NAME, or run fesr wizard\n',
    );
    expect(widest(bare.stdout)).toBeLessThanOrEqual(80);
    expect(ok(runFesr(['search', ...cosmetics], dir))).not.toContain('No company profile');
    expect(ok(runFesr(['search', '--size', 'small'], dir))).not.toContain('No company profile');
    const saved = runFesr(['profile', 'save', 'crema', ...COSMETICS_CR], dir);
    expect(saved.code).toBe(0);
    expect(ok(runFesr(['search', '--profile', 'crema'], dir))).not.toContain('No company profile');
    const italian = runFesr(['search', '--lang', 'it'], dir);
    expect(italian.code).toBe(0);
    expect(italian.stdout).toContain(
      'Nessun profilo aziendale: aggiungi --size, --ateco e --province,\n' +
        'oppure --profile NOME, oppure usa fesr wizard\n',
    );
  });

  it('writes Italian amounts and dates in the Italian table, by --lang it or LANG', () => {
    const args = ['search', ...prova, '--limit', '2'];
    for (const run of [
      runFesr([...args, '--lang', 'it'], withUndated),
      runFesr(args, withUndated, { env: ITALIAN }),
    ]) {
      const table = ok(run);
      expect(table).toMatch(/│ Bando aperto Alfa +│ aperto, 42 gg +│ € 8\.000 +│/);
      expect(table).toMatch(/│ prova-aperto-a +│ al 12\/11\/2026 +│ contributo +│/);
      expect(table).toMatch(/│ Bando aperto Beta +│ aperto, 80 gg +│ 1,5 M€ +│/);
      expect(table).toContain('2 di 3 misure, limitate da --limit · dotazione € 26.500.000');
      expect(widest(table)).toBeLessThanOrEqual(80);
    }
    const english = ok(runFesr(args, withUndated));
    expect(english).toMatch(/│ Bando aperto Alfa +│ open, 42 days +│ €8k +│/);
    expect(english).toMatch(/│ prova-aperto-a +│ to 2026-11-12 +│ grant +│/);
    expect(english).toMatch(/│ Bando aperto Beta +│ open, 80 days +│ €1\.5M +│/);
    expect(english).toContain('2 of 3 measures, cut by --limit · allocation EUR 26,500,000');
  });

  it('leaves JSON and CSV the same in both languages, ISO dates and plain numbers', () => {
    for (const format of [['json'], ['csv'], ['csv', '--excel']]) {
      const args = ['search', ...prova, '--status', 'all', '--format', ...format];
      const english = ok(runFesr(args, withUndated));
      expect(ok(runFesr(args, withUndated, { env: ITALIAN }))).toBe(english);
      expect(ok(runFesr([...args, '--lang', 'it'], withUndated))).toBe(english);
      expect(english).toContain('2026-11-12');
      expect(english).not.toContain('12/11/2026');
    }
    const json = ok(runFesr(['search', ...prova, '--format', 'json'], withUndated));
    expect(json).toContain('"maxAidEur": 8000');
  });
});
