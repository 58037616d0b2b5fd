// How old the data is, through the binary: the lines under the table and `fesr sources`, the
// data date of each JSON result, and what --new/--changed and `fesr news` say before any update.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { COSMETICS_CR, runFesr, seedTemplate, seededDir } from '../helpers/run-fesr.js';

let template: string;
beforeAll(() => {
  template = seedTemplate();
});

const cosmetics = COSMETICS_CR;
/** Noon in Rome on a day well after the bundled data's date. */
const LATER = { FESR_NOW: '2027-02-15T11:00:00Z' };

describe('freshness', () => {
  it('says under the table how old the bundled data is and names fesr update', () => {
    const r = runFesr(['search', ...cosmetics], seededDir(template), { env: LATER });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Data: bundled 2026-12-01 (76 days ago)');
    expect(r.stdout).toMatch(
      /Only the bundled dataset, as of 2026-12-01 \(76 days ago\):\nrun `fesr update`/,
    );
    // The lines fit the 80 columns the table keeps to.
    const widest = Math.max(...r.stdout.split('\n').map((line) => [...line].length));
    expect(widest).toBeLessThanOrEqual(80);
  });

  it('says it in Italian too, and under fesr sources', () => {
    const dir = seededDir(template);
    const it = runFesr(['search', ...cosmetics], dir, { env: { ...LATER, LANG: 'it_IT.UTF-8' } });
    expect(it.stdout).toContain('Dati: bundled 2026-12-01 (76 giorni fa)');
    expect(it.stdout).toContain('esegui `fesr update`');
    const sources = runFesr(['sources'], dir, { env: LATER });
    expect(sources.code).toBe(0);
    expect(sources.stdout).toContain('Data: bundled 2026-12-01 (76 days ago)');
    expect(sources.stdout).toContain('run `fesr update`');
  });

  it('gives each JSON result the date of its data, and fesr sources JSON the date per source', () => {
    const dir = seededDir(template);
    const r = runFesr(['search', ...cosmetics, '--format', 'json'], dir, { env: LATER });
    const rows = JSON.parse(r.stdout) as { dataAsOf: string | null }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((row) => row.dataAsOf))).toEqual(new Set(['2026-12-01']));
    const sources = JSON.parse(
      runFesr(['sources', '--format', 'json'], dir, { env: LATER }).stdout,
    ) as { source: string; dataAsOf: string | null; lastUpdate: unknown }[];
    expect(sources.find((s) => s.source === 'bundled')).toMatchObject({
      dataAsOf: '2026-12-01',
      lastUpdate: null,
    });
  });

  it('dates an imported file by its import, and drops the bundled-only line once there is one', () => {
    const dir = seededDir(template);
    const file = join(dir, 'calls.csv');
    writeFileSync(
      file,
      'id,title,source,opensAt,closesAt,aidForms,territory\n' +
        'prova-1,Bando prova per PMI,consulente,2027-01-10,2027-06-30,grant,IT\n',
    );
    expect(runFesr(['import', file], dir, { env: LATER }).code).toBe(0);
    const r = runFesr(['search', ...cosmetics, '--text', 'prova'], dir, { env: LATER });
    expect(r.stdout).toContain('consulente 2027-02-15 (today)');
    expect(r.stdout).not.toContain('Only the bundled dataset');
  });
});

describe('an imported export is as old as its records say', () => {
  it('dates the June 2025 incentivi export by its newest last-update day, with the notice', () => {
    const dir = seededDir(template);
    const file = fileURLToPath(
      new URL(
        '../fixtures/import/incentivi-gov-it_evoluto_opendata-export_2025-06-28.json',
        import.meta.url,
      ),
    );
    expect(runFesr(['import', file], dir, { env: LATER }).code).toBe(0);
    const rows = JSON.parse(
      runFesr(['search', '--source', 'incentivi', '--status', 'all', '--format', 'json'], dir, {
        env: LATER,
      }).stdout,
    ) as { dataAsOf: string }[];
    expect(new Set(rows.map((r) => r.dataAsOf))).toEqual(new Set(['2025-04-03']));
    const table = runFesr(['search', '--province', 'MI'], dir, { env: LATER });
    expect(table.stdout).toContain('incentivi 2025-04-03 (');
    // The bundled data (2026-12-01) is the newest: 76 days before the pinned day.
    expect(table.stdout).toContain('The newest data is as of 2026-12-01, 76 days ago:');
  });
});

describe('--new, --changed and fesr news before any update', () => {
  it('lists nothing and says to run fesr update first', () => {
    const r = runFesr(['search', ...cosmetics, '--new', '--format', 'json'], seededDir(template));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
    expect(r.stderr).toContain('No update recorded yet: run `fesr update` first');
  });

  it('fesr news prints nothing and exits 0 for a saved profile, and refuses without one', () => {
    const dir = seededDir(template);
    const none = runFesr(['news'], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no saved profiles');
    expect(runFesr(['profile', 'save', 'crema', ...cosmetics], dir).code).toBe(0);
    const news = runFesr(['news'], dir);
    expect(news).toMatchObject({ code: 0, stdout: '' });
  });

  it('lists withdrawn as a status of its own', () => {
    const r = runFesr(['search', '--status', 'withdrawn', '--format', 'json'], seededDir(template));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
    const bad = runFesr(['search', '--status', 'gone'], seededDir(template));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('withdrawn');
  });
});
