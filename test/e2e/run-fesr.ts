// Runs the built binary like a user would: its own database, no colour, output captured.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, execFesr, ROOT, type RunResult } from '../helpers/run-fesr.js';

export { BIN, ROOT };
export const FIXTURES = join(ROOT, 'test/fixtures/import');

export type FesrRun = RunResult;

export function tempDb(): string {
  return join(mkdtempSync(join(tmpdir(), 'fesr-e2e-')), 'fesr.sqlite');
}

export function envFor(db: string): NodeJS.ProcessEnv {
  return { ...process.env, FESR_DB: db, NO_COLOR: '1', LANG: 'C', LC_ALL: '', FORCE_COLOR: '' };
}

export function runFesr(db: string, args: string[], input?: string): FesrRun {
  return execFesr(args, { env: envFor(db), input });
}

export function startFesr(db: string, args: string[]) {
  return spawn(process.execPath, [BIN, ...args], { env: envFor(db), cwd: ROOT });
}

/** Every table's rows, as JSON text: two equal dumps mean an unchanged database. */
export function dumpDb(db: string): string {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(process.argv[1], { readonly: true });
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all();
    const out = {};
    for (const { name } of tables) out[name] = db.prepare('SELECT * FROM "' + name + '"').all();
    process.stdout.write(JSON.stringify(out));`;
  const r = spawnSync(process.execPath, ['-e', script, db], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (r.status !== 0) throw new Error(r.stderr || String(r.error));
  return r.stdout;
}
