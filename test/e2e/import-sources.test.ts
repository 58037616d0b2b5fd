// The real samples and the quirk files, imported through the binary, then searched.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, dumpDb, runFesr, tempDb } from './run-fesr.js';

interface Row {
  id: string;
  status: string;
  opensOn: string | null;
  closesOn: string | null;
  sizes: string[];
  programme: string | null;
  sources: string[];
  eligibility: string;
}

const fx = (name: string) => join(FIXTURES, name);
const search = (db: string, args: string[]): Row[] =>
  JSON.parse(runFesr(db, ['search', '--format', 'json', ...args]).stdout) as Row[];

describe('fesr import of the public datasets', () => {
  const db = tempDb();
  beforeAll(() => {
    const r = runFesr(db, [
      'import',
      fx('incentivi_gov_it_sample.excerpt.json'),
      fx('incentivi-quirks.json'),
      fx('lombardia-sample.json'),
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'incentivi_gov_it_sample.excerpt.json: 6 read, 6 new, 0 updated, 0 unchanged, 0 skipped',
    );
    expect(r.stdout).toContain('lombardia-sample.json: 1 read, 1 new');
  });

  it('gives the right statuses and dates, record 175 converted from UTC', () => {
    const rows = search(db, ['--source', 'incentivi', '--status', 'all', '--as-of', '2024-04-01']);
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get('incentivi-175')).toMatchObject({
      status: 'closed',
      opensOn: '2022-10-17',
      closesOn: '2022-11-25',
    });
    expect(byId.get('incentivi-1170')).toMatchObject({ status: 'open', closesOn: '2024-05-23' });
    expect(byId.get('incentivi-144')).toMatchObject({
      opensOn: '2021-07-28',
      closesOn: '2021-09-08',
    });
    expect(byId.get('incentivi-1447')).toMatchObject({ status: 'upcoming' });
    expect(byId.get('incentivi-9003')).toMatchObject({ status: 'open', closesOn: null });
  });

  it('filters on size, sector and province', () => {
    const args = ['--source', 'incentivi', '--status', 'all', '--as-of', '2024-05-01'];
    const ids = (extra: string[]) =>
      search(db, [...args, ...extra])
        .map((r) => r.id)
        .sort();
    // 1426 is for ATECO 90.0x and small+ firms; 1434 for Trentino-Alto Adige only.
    expect(ids(['--province', 'MI', '--size', 'small', '--ateco', '90.01'])).toContain(
      'incentivi-1426',
    );
    expect(ids(['--province', 'MI', '--size', 'micro', '--ateco', '90.01'])).not.toContain(
      'incentivi-1426',
    );
    expect(ids(['--province', 'MI', '--size', 'small', '--ateco', '62.01'])).not.toContain(
      'incentivi-1426',
    );
    expect(ids(['--province', 'BZ', '--size', 'small', '--ateco', '56.10'])).toContain(
      'incentivi-1434',
    );
    expect(ids(['--province', 'MI', '--size', 'small', '--ateco', '56.10'])).not.toContain(
      'incentivi-1434',
    );
  });

  it('matches a Crema and Cremona measure in CR, not in MI', () => {
    const flags = ['--source', 'incentivi', '--size', 'small', '--as-of', '2024-05-01'];
    expect(search(db, [...flags, '--province', 'CR']).map((r) => r.id)).toContain('incentivi-9006');
    expect(search(db, [...flags, '--province', 'MI']).map((r) => r.id)).not.toContain(
      'incentivi-9006',
    );
  });

  it('lists PR FESR records with --fesr', () => {
    const rows = search(db, ['--fesr', '--status', 'all', '--source', 'incentivi']);
    expect(rows.map((r) => [r.id, r.programme])).toEqual([
      ['incentivi-9007', 'PR FESR Lombardia 2021-2027'],
    ]);
  });

  it('shows Bando Tertium once, with both sources', () => {
    const rows = search(db, ['--text', 'tertium', '--status', 'all', '--as-of', '2026-07-01']);
    expect(rows.map((r) => [r.id, r.sources, r.status])).toEqual([
      ['bando-tertium-2026', ['bundled', 'lombardia'], 'open'],
    ]);
  });

  it('re-imports the same file as 0 new, 0 updated, with the measures unchanged', () => {
    const measures = () => JSON.parse(dumpDb(db)).measures as unknown;
    const before = measures();
    const r = runFesr(db, ['import', fx('incentivi_gov_it_sample.excerpt.json')]);
    expect(r.stdout).toMatch(/6 read, 0 new, 0 updated, 6 unchanged, 0 skipped/);
    expect(measures()).toEqual(before);
    const sources = runFesr(db, ['sources', '--format', 'json']);
    expect(sources.stdout).toContain('incentivi_gov_it_sample.excerpt.json');
  });

  it('reads the CSV export in every encoding and delimiter to the same records', () => {
    const dumps = [
      'incentivi-export.csv',
      'incentivi-cp1252-semicolon.csv',
      'incentivi-tab.tsv',
    ].map((name) => {
      const own = tempDb();
      const r = runFesr(own, ['import', fx(name)]);
      expect(r.stdout).toContain('7 read, 7 new');
      return JSON.stringify(
        (JSON.parse(dumpDb(own)) as { measures: { record: string; source: string }[] }).measures
          .filter((m) => m.source === 'incentivi')
          .map((m) => m.record),
      );
    });
    expect(dumps[1]).toBe(dumps[0]);
    expect(dumps[2]).toBe(dumps[0]);
  });

  it('reads the Lombardy registry as JSON rows and as its CSV export alike', () => {
    const own = tempDb();
    expect(runFesr(own, ['import', fx('lombardia-rows.json')]).stdout).toContain('3 read, 3 new');
    expect(runFesr(own, ['import', fx('lombardia-export.csv')]).stdout).toContain(
      '3 read, 0 new, 0 updated, 3 unchanged',
    );
  });
});
