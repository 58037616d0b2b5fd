import { describe, expect, it } from 'vitest';
import { runFesr, tempDb } from './run-fesr.js';

describe('comuni born since 2020, through the binary', () => {
  it('reads a new comune and an old one where a province is expected', () => {
    const db = tempDb();
    const merged = runFesr(db, ['search', '--db', db, '--province', 'Uggiate con Ronago']);
    expect(merged.stderr).toContain('Uggiate con Ronago is in the province of Como (CO)');
    const old = runFesr(db, ['search', '--db', db, '--province', 'Ronago']);
    expect(old.stderr).toContain('Ronago is in the province of Como (CO)');
  });
});
