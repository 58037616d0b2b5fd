// Issue 10, finding 15: several provinces at once (a comma list, repeated --province, a region),
// in search, show, saved profiles and a firms CSV; a call passes when it is open to at least one.
import { join, dirname } from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { envFor, runFesr, tempDb } from './run-fesr.js';
import { execFesr } from '../helpers/run-fesr.js';

const fixture = fileURLToPath(
  new URL('../fixtures/fesr-csv/mixed-line-endings.csv', import.meta.url),
);
const AS_OF = ['--as-of', '2026-03-01'];

describe('several provinces', () => {
  const db = tempDb();
  const env = { ...envFor(db), FESR_CONFIG_DIR: join(dirname(db), 'config') };
  const run = (args: string[]) => execFesr(args, { env });
  beforeAll(() => {
    expect(runFesr(db, ['import', fixture]).code).toBe(0);
  });

  it('passes a call limited to one of them, naming it', () => {
    const r = run(['show', 'riga-5', '--province', 'MI,CR,LO', '--size', 'small', ...AS_OF]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('open to firms in CR (of MI, CR, LO)');
  });

  it('fails a call only when it fails for all', () => {
    const r = run([
      'show',
      'riga-5',
      '--province',
      'MI',
      '--province',
      'BG',
      '--size',
      'small',
      ...AS_OF,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("MI, BG are outside the call's area (Cremona)");
  });

  it('reads a region as its provinces and a municipality as its province, saying so', () => {
    const r = run([
      'search',
      '--province',
      'Lombardia',
      '--province',
      'Crema',
      '--source',
      'custom',
      '--format',
      'json',
      ...AS_OF,
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'Lombardia read as its 12 provinces: BG, BS, CO, CR, LC, LO, MN, MI, MB, PV, SO, VA',
    );
    expect(r.stderr).toContain('Crema is in the province of Cremona (CR)');
    const ids = (JSON.parse(r.stdout) as { id: string }[]).map((m) => m.id);
    expect(ids).toEqual(expect.arrayContaining(['riga-2', 'riga-3', 'riga-5']));
  });

  it('names an unknown part of the list', () => {
    const r = run(['search', '--province', 'CR,Atlantide']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"Atlantide"');
  });

  it('saves the set in a profile and prints it back as one flag', () => {
    expect(
      run([
        'profile',
        'save',
        'cluster',
        '--size',
        'small',
        '--province',
        'CR,MI',
        '--province',
        'Lodi',
      ]).code,
    ).toBe(0);
    const shown = run(['profile', 'show', 'cluster']);
    expect(shown.stdout).toContain('fesr search --size small --province CR,MI,LO');
    const r = run(['show', 'riga-5', '--profile', 'cluster', ...AS_OF]);
    expect(r.stdout).toContain('open to firms in CR (of CR, MI, LO)');
  });

  it('reads a list in the province column of a firms CSV', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fesr-prov-'));
    const file = join(dir, 'firms.csv');
    writeFileSync(file, 'name;size;province\nRete;small;"MI,CR"\n');
    const r = run(['match', file, '--source', 'custom', '--format', 'csv', ...AS_OF]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Rete,2,riga-5,.*open to firms in CR \(of MI, CR\)/);
  });
});
