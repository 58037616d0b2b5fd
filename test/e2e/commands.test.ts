// show, stats, sources and import (fesr CSV) through the built binary.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runFesr, seedTemplate, seededDir, STACK_TRACE, tempDir } from '../helpers/run-fesr.js';

const FIXTURE = fileURLToPath(
  new URL('../fixtures/fesr-csv/two-good-one-bad.csv', import.meta.url),
);

let template: string;

/** The fixture's measures found in the store, as JSON: `[]` when the import wrote nothing. */
function fixtureRowsIn(dir: string): string {
  return runFesr(
    ['search', '--text', 'prova', '--status', 'all', '--format', 'json'],
    dir,
  ).stdout.trim();
}
beforeAll(() => {
  template = seedTemplate();
});

describe('fesr show', () => {
  it('prints every stored field with its source link', () => {
    const r = runFesr(['show', 'brevetti-2023'], seededDir(template));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Brevetti 2023');
    expect(r.stdout).toMatch(/url\s+https:\/\//);
    expect(r.stdout).toMatch(/action\s+1\.1\.4/);
  });

  it('gives the verdict per criterion with profile flags', () => {
    const r = runFesr(
      [
        'show',
        'transizione-digitale-2024',
        '--ateco',
        '62.01',
        '--size',
        'small',
        '--province',
        'CR',
        '--as-of',
        '2024-10-01',
      ],
      seededDir(template),
    );
    expect(r.stdout).toContain('ineligible');
    expect(r.stdout).toMatch(/✗ sector: 62\.01 falls under excluded division 62/);
  });

  it('prints the search object plus all stored fields as JSON', () => {
    const r = runFesr(['show', 'brevetti-2023', '--format', 'json'], seededDir(template));
    const record = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(record).toMatchObject({
      id: 'brevetti-2023',
      actionCode: '1.1.4',
      status: expect.any(String),
    });
    expect(record).toHaveProperty('reasons');
    expect(record).toHaveProperty('sourceUrls');
  });
});

describe('fesr stats and sources', () => {
  it('counts measures by status, aid form and programme with EUR totals', () => {
    const r = runFesr(['stats', '--format', 'json', '--as-of', '2024-10-01'], seededDir(template));
    const stats = JSON.parse(r.stdout) as {
      total: { measures: number; budgetEur: number };
      byProgramme: { key: string }[];
    };
    expect(stats.total.measures).toBeGreaterThan(30);
    expect(stats.total.budgetEur).toBeGreaterThan(100_000_000);
    expect(stats.byProgramme.map((p) => p.key)).toContain('PR FESR Lombardia 2021-2027');
    expect(runFesr(['stats'], seededDir(template)).stdout).toMatch(/open/);
  });

  it('lists the bundled source with its file', () => {
    const r = runFesr(['sources'], seededDir(template));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/bundled\s+│\s+\d+/);
    expect(r.stdout).toContain('data/measures.csv');
  });
});

describe('fesr import (fesr CSV)', () => {
  it('imports good rows, skips the bad one with line, field and reason', () => {
    const dir = seededDir(template);
    const r = runFesr(['import', FIXTURE, '--source', 'prove'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/3 read, 2 new, 0 updated, 0 unchanged, 1 skipped/);
    expect(r.stderr).toMatch(/:3: field "closesAt" "not-a-date" is not a date/);
    expect(r.stderr).toMatch(/:3: field "budgetEur" "lots" is not a number/);
    expect(r.stderr).toMatch(/:3: field "aidForms" unknown value "voucher"/);
    const found = runFesr(
      ['search', '--source', 'prove', '--status', 'all', '--format', 'json', '--province', 'CR'],
      dir,
    );
    expect((JSON.parse(found.stdout) as { id: string }[]).map((m) => m.id).sort()).toEqual([
      'prova-1',
      'prova-3',
    ]);
    expect(runFesr(['sources'], dir).stdout).toMatch(/prove\s+│\s+2/);
    const again = runFesr(['import', FIXTURE, '--source', 'prove'], dir);
    expect(again.stdout).toMatch(/0 new, 0 updated, 2 unchanged, 1 skipped/);
  });

  it('with --strict fails the whole import (exit 3) and changes nothing', () => {
    const dir = seededDir(template);
    const r = runFesr(['import', FIXTURE, '--strict'], dir);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/two-good-one-bad\.csv:3: field "closesAt"/);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(fixtureRowsIn(dir)).toBe('[]');
  });

  it('--dry-run reports and writes nothing', () => {
    const dir = seededDir(template);
    const r = runFesr(['import', FIXTURE, '--dry-run'], dir);
    expect(r.stdout).toMatch(/2 new.*dry run/);
    expect(fixtureRowsIn(dir)).toBe('[]');
  });

  it('reads standard input with -', () => {
    const dir = seededDir(template);
    const csv = 'id,title,closesAt,aidForms\nstdin-1,Da standard input,2030-01-01,grant\n';
    const r = runFesr(['import', '-', '--source', 'pipe'], dir, { input: csv });
    expect(r.stdout).toMatch(/1 read, 1 new/);
  });

  it('exits 3 for a missing file, with the file named', () => {
    const r = runFesr(['import', join(tempDir(), 'nope.csv')], seededDir(template));
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/cannot read .*nope\.csv/);
  });
});

describe('Ctrl+C during an import', () => {
  it('exits 130 and leaves the database as it was', async () => {
    const { spawn } = await import('node:child_process');
    const { writeFileSync } = await import('node:fs');
    const { BIN, baseEnv } = await import('../helpers/run-fesr.js');
    const dir = seededDir(template);
    const file = join(dir, 'big.csv');
    const rows = ['id,title,closesAt,aidForms'];
    for (let i = 0; i < 200_000; i++) rows.push(`big-${i},Bando numero ${i},2030-01-01,grant`);
    writeFileSync(file, `${rows.join('\n')}\n`);
    const before = runFesr(['stats', '--format', 'json'], dir).stdout;
    const child = spawn(process.execPath, [BIN, 'import', file], { env: baseEnv(dir), cwd: dir });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    await new Promise((r) => setTimeout(r, 1500));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
    expect(code).toBe(130);
    expect(stderr).toContain('interrupted');
    expect(runFesr(['stats', '--format', 'json'], dir).stdout).toBe(before);
  });
});

describe('a call from two sources', () => {
  it('is listed once in the table, naming both sources', () => {
    const dir = seededDir(template);
    const sample = fileURLToPath(
      new URL('../fixtures/import/lombardia-sample.json', import.meta.url),
    );
    expect(runFesr(['import', sample], dir).code).toBe(0);
    const r = runFesr(['search', '--text', 'tertium', '--status', 'all'], dir);
    expect(r.stdout.match(/Bando Tertium/g)).toHaveLength(1);
    expect(r.stdout).toContain('bundled + lombardia');
  });
});

describe('in Italian', () => {
  it('reports bad rows, usage errors and database errors in Italian', () => {
    const dir = seededDir(template);
    const env = { LANG: 'it_IT.UTF-8' };
    const imported = runFesr(['import', FIXTURE, '--dry-run'], dir, { env });
    expect(imported.stdout).toMatch(/3 letti, 2 nuovi/);
    expect(imported.stderr).toMatch(/campo "closesAt" "not-a-date" non è una data/);
    const usage = runFesr(['search', '--province', 'XX'], dir, { env });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/provincia sconosciuta "XX"\n {2}forse intendevi BG, BS, CO\?/);
    const shown = runFesr(['show', 'brevetti-2023', '--lang', 'it', '--size', 'piccola'], dir);
    expect(shown.stdout).toMatch(/✓ dimensione: impresa piccola/);
    expect(shown.stdout).toMatch(/territorio\s+Lombardia/);
  });
});

describe('show, for a call from two sources', () => {
  it('names both sources, as search does', () => {
    const dir = seededDir(template);
    const sample = fileURLToPath(
      new URL('../fixtures/import/lombardia-sample.json', import.meta.url),
    );
    runFesr(['import', sample], dir);
    const shown = JSON.parse(
      runFesr(['show', 'bando-tertium-2026', '--format', 'json'], dir).stdout,
    ) as { sources: string[] };
    expect(shown.sources).toEqual(['bundled', 'lombardia']);
  });
});
