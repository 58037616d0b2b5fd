import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runFesr, tempDb } from './run-fesr.js';

const FIRMS = join(ROOT, 'test/fixtures/firms-places.csv');

describe('places changed since 2020, through the binary', () => {
  it('reads a new comune, an old one, a moved one and a dissolved province where a province is expected', () => {
    const db = tempDb();
    const merged = runFesr(db, ['search', '--db', db, '--province', 'Uggiate con Ronago']);
    expect(merged.code, merged.stderr).toBe(0);
    expect(merged.stderr).toContain('Uggiate con Ronago is in the province of Como (CO)');
    const old = runFesr(db, ['search', '--db', db, '--province', 'Ronago', '--format', 'json']);
    expect(old.code, old.stderr).toBe(0);
    expect(old.stderr).toContain(
      'Ronago merged into Uggiate con Ronago on 2024-01-01; province Como (CO)',
    );
    // A Como firm is in Lombardy: the bundled regional calls are for it.
    expect((JSON.parse(old.stdout) as unknown[]).length).toBeGreaterThan(0);
    const olbia = runFesr(db, ['search', '--db', db, '--province', 'Olbia']);
    expect(olbia.code, olbia.stderr).toBe(0);
    expect(olbia.stderr).toContain('Olbia is in the province of Gallura Nord-Est Sardegna (OT)');
    const su = runFesr(db, ['search', '--db', db, '--province', 'SU', '--format', 'json']);
    expect(su.code, su.stderr).toBe(0);
    expect(su.stderr).toContain('the province of Sud Sardegna (SU) was dissolved in 2025');
    expect(su.stderr).toContain('Medio Campidano (VS), Sulcis Iglesiente (CI)');
    // Not in Lombardy: no Lombard call is listed for it.
    expect(JSON.parse(su.stdout)).toEqual([]);
    const it = runFesr(db, ['search', '--db', db, '--province', 'Ronago', '--lang', 'it']);
    expect(it.stderr).toContain(
      'Ronago si è fuso in Uggiate con Ronago il 2024-01-01; provincia di Como (CO)',
    );
  });

  it('matches firms whose comune or province cell names an old comune, a moved one or SU', () => {
    const db = tempDb();
    const r = runFesr(db, [
      'match',
      FIRMS,
      '--db',
      db,
      '--as-of',
      '2024-10-01',
      '--format',
      'json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      ':2: Ronago merged into Uggiate con Ronago on 2024-01-01; province Como (CO)',
    );
    expect(r.stderr).toContain(
      ':6: Lirio was incorporated into Montalto Pavese on 2026-01-31; province Pavia (PV)',
    );
    expect(r.stderr).toContain(':5: the province of Sud Sardegna (SU) was dissolved in 2025');
    expect(r.stderr).not.toContain('row skipped');
    const doc = JSON.parse(r.stdout) as {
      firms: { name: string; matches: { reasons: { criterion: string; detail: string }[] }[] }[];
      skipped: unknown[];
    };
    expect(doc.skipped).toEqual([]);
    expect(doc.firms.map((f) => f.name)).toEqual([
      'Tessitura Ronago',
      'Tessitura Uggiate',
      'Olbia Nautica',
      'Sulcis Metalli',
      'Lirio Vini',
    ]);
    const territory = (name: string) =>
      doc.firms
        .find((f) => f.name === name)
        ?.matches.flatMap((m) => m.reasons)
        .find((reason) => reason.criterion === 'territory')?.detail;
    expect(territory('Tessitura Ronago')).toContain('CO');
    expect(territory('Tessitura Uggiate')).toContain('CO');
    expect(territory('Lirio Vini')).toContain('PV');
  });
});
