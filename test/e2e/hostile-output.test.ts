// Every place where data reaches the terminal, run through the binary with the same hostile
// payload set (test/fixtures/hostile): no escape sequence, control, bidi or zero-width character
// comes out, and the visible words around the payloads stay. (It replaces terminal-safety.test.ts.)
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  forbiddenIn,
  HOSTILE_CSV,
  HOSTILE_FIRMS,
  HOSTILE_PROFILE,
  PAYLOADS,
} from '../fixtures/hostile/payloads.js';
import { runFesr, tempDir, type RunResult } from '../helpers/run-fesr.js';

let dir: string;
let imported: RunResult;

/** Stdout and stderr hold nothing of a payload. */
function expectClean(r: RunResult): void {
  expect(forbiddenIn(r.stdout), r.stdout).toEqual([]);
  expect(forbiddenIn(r.stderr), r.stderr).toEqual([]);
}

beforeAll(() => {
  dir = tempDir('fesr-hostile-');
  // Even the file's name carries a payload: it is shown in the summary and by `fesr sources`.
  const file = join(dir, `measures${PAYLOADS.osc52}${PAYLOADS.bidiOverride}.csv`);
  copyFileSync(HOSTILE_CSV, file);
  imported = runFesr(['import', file], dir);
  const profiles = join(dir, 'config', 'fesr', 'profiles');
  mkdirSync(profiles, { recursive: true });
  copyFileSync(HOSTILE_PROFILE, join(profiles, 'edited.json'));
});

describe('hostile data on the terminal', () => {
  it('import: the summary (source and file names) and the skipped row echoing its bad value', () => {
    expect(imported.code, imported.stderr).toBe(0);
    expectClean(imported);
    expect(imported.stdout).toContain('srckeep');
    expect(imported.stderr).toMatch(/field "budgetEur" "12keep.*this" is not a number/);
  });

  it('sources, on a terminal width and piped', () => {
    const r = runFesr(['sources'], dir);
    expect(r.code).toBe(0);
    expectClean(r);
    expect(r.stdout).toContain('srckeep');
  });

  it('stats (programme names)', () => {
    const r = runFesr(['stats'], dir);
    expect(r.code).toBe(0);
    expectClean(r);
    expect(r.stdout).toContain('Programma keep');
  });

  it('search: table, --explain and the text of --new', () => {
    for (const args of [
      ['search', '--status', 'all', '--text', 'keep'],
      ['search', '--status', 'all', '--text', 'keep', '--explain', '--size', 'small'],
    ]) {
      const r = runFesr(args, dir);
      expect(r.code, r.stderr).toBe(0);
      expectClean(r);
      expect(r.stdout).toContain('hostile-1');
    }
  });

  it('JSON output: the same data, with every terminal-unsafe character escaped', () => {
    for (const args of [
      ['search', '--status', 'all', '--text', 'keep', '--format', 'json'],
      ['sources', '--format', 'json'],
      ['profile', 'list', '--format', 'json'],
    ]) {
      const r = runFesr(args, dir);
      expect(r.code, r.stderr).toBe(0);
      // JSON escapes C0 itself; fesr escapes C1, DEL, bidi and zero-width as \\u sequences.
      expect(forbiddenIn(r.stdout.replace(/\n/g, '')), args.join(' ')).toEqual([]);
      expect(() => JSON.parse(r.stdout) as unknown).not.toThrow();
    }
  });

  it('show, with and without a profile', () => {
    for (const args of [
      ['show', 'hostile-1'],
      ['show', 'hostile-1', '--size', 'small', '--province', 'CR'],
    ]) {
      const r = runFesr(args, dir);
      expect(r.code, r.stderr).toBe(0);
      expectClean(r);
      expect(r.stdout).toContain('Bando keep');
      expect(r.stdout).toContain('Descrizione keep');
    }
  });

  it('match: notes, skipped rows and ignored columns on stderr, firm names in the table', () => {
    const r = runFesr(['match', HOSTILE_FIRMS, '--status', 'all'], dir);
    expect(r.code, r.stderr).toBe(0);
    expectClean(r);
    expect(r.stdout).toContain('Ditta keep');
    expect(r.stderr).toContain('colonnakeep');
    expect(r.stderr).toMatch(/:\d+: unknown province "Zkeep.*this"; row skipped/);
  });

  it('profile list and show of a hand-edited profile file', () => {
    const list = runFesr(['profile', 'list'], dir);
    expect(list.code, list.stderr).toBe(0);
    expectClean(list);
    expect(list.stdout).toContain('CRkeep');
    const show = runFesr(['profile', 'show', 'edited'], dir);
    expect(show.code, show.stderr).toBe(0);
    expectClean(show);
    expect(show.stdout).toContain('testokeep');
    expect(show.stdout).toContain('srlkeep');
  });

  // Every error message goes through the sanitiser (describeError): a hand-edited profile's bad
  // ATECO code, and a profile file whose very name carries an escape sequence.
  it('error messages that quote a hostile profile, or a hostile profile file name', () => {
    const r = runFesr(['search', '--profile', 'edited'], dir);
    expectClean(r);
    const named = join(dir, 'config', 'fesr', 'profiles', `evil${PAYLOADS.osc52}name.json`);
    writeFileSync(named, '{}');
    const list = runFesr(['profile', 'list'], dir);
    expectClean(list);
    expect(list.stderr).toContain('is not a valid profile name');
  });
});
