// Output written as it is produced (issue 11): a large result set comes out whole in every format,
// the same to stdout and to --output, Ctrl+C in the middle of a long listing exits 130 and leaves
// no temp file and no partial target, and `fesr --version` touches no database.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { STACK_TRACE } from '../helpers/run-fesr.js';
import { BIN, ROOT, envFor, runFesr, tempDb } from './run-fesr.js';

const ROWS = 3000;

/** Text without colour escapes (this runner's environment sets FORCE_COLOR). */
// eslint-disable-next-line no-control-regex
const plain = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');
const search = ['search', '--status', 'all', '--source', 'generated', '--as-of', '2025-06-01'];

/** A fesr CSV of `rows` synthetic calls, as bench/search.bench.mjs makes them. */
function generatedCsv(dir: string, rows: number): string {
  const lines = [
    'id,title,description,opensAt,closesAt,budgetEur,maxAidEur,aidForms,sizes,atecoIncluded,territory,applicants',
  ];
  for (let i = 0; i < rows; i++) {
    const year = 2024 + (i % 3);
    lines.push(
      [
        `generated-${i}`,
        `Bando generato numero ${i} per innovazione e digitalizzazione delle imprese lombarde`,
        `"Contributi per progetti di ricerca (${i}), con ""virgolette"" e virgole"`,
        `${year}-0${1 + (i % 9)}-10`,
        `${year + 1}-0${1 + (i % 9)}-20`,
        1_000_000 + i,
        50_000 + (i % 1000),
        i % 2 ? 'grant' : 'grant; loan',
        'micro; small; medium',
        '*',
        'region:03',
        'firm',
      ].join(','),
    );
  }
  const file = join(dir, 'generated.csv');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

let db: string;
let dir: string;

beforeAll(() => {
  db = tempDb();
  dir = mkdtempSync(join(tmpdir(), 'fesr-stream-'));
  const imported = runFesr(db, ['import', generatedCsv(dir, ROWS), '--source', 'generated']);
  expect(imported.code, imported.stderr).toBe(0);
}, 120_000);

describe('a large result set', () => {
  it('is whole in JSON, and the same on stdout and in an --output file', () => {
    const out = runFesr(db, [...search, '--format', 'json']);
    expect(out.code, out.stderr).toBe(0);
    const records = JSON.parse(out.stdout) as { id: string }[];
    expect(records).toHaveLength(ROWS);
    expect(new Set(records.map((r) => r.id)).size).toBe(ROWS);
    const file = join(dir, 'all.json');
    expect(runFesr(db, [...search, '--output', file]).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(out.stdout);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 60_000);

  it('is whole in CSV (and the Excel dialect), on stdout and in a file', () => {
    const out = runFesr(db, [...search, '--format', 'csv']);
    expect(out.code, out.stderr).toBe(0);
    const lines = out.stdout.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.filter((l) => l.startsWith('generated-'))).toHaveLength(ROWS);
    const file = join(dir, 'all.csv');
    expect(runFesr(db, [...search, '--output', file]).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(out.stdout);
    const excel = runFesr(db, [...search, '--format', 'csv', '--excel']).stdout;
    expect(excel.startsWith('\uFEFFid;title;')).toBe(true);
    expect(excel.split('\uFEFF')).toHaveLength(2);
  }, 60_000);

  it('lists every row in the table, with one border on top and one below', () => {
    const out = runFesr(db, search);
    expect(out.code, out.stderr).toBe(0);
    const text = plain(out.stdout);
    for (const i of [0, 1, 999, 1000, 1001, ROWS - 1])
      expect(text).toMatch(new RegExp(`│ generated-${i} +│`));
    expect(text.match(/│ generated-\d+ +│/g)).toHaveLength(ROWS);
    expect(text.match(/^┌/gm)).toHaveLength(1);
    expect(text.match(/^└/gm)).toHaveLength(1);
    expect(text).toContain(`${ROWS} measures`);
    // A file has no colours, else the same table.
    const file = join(dir, 'all.txt');
    expect(runFesr(db, [...search, '--format', 'table', '--output', file]).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(text);
  }, 60_000);

  it('in match, gives every firm its rows, firm by firm, in every format', () => {
    const firms = join(dir, 'firms.csv');
    writeFileSync(firms, 'name,size,province\nUno,small,CR\nDue,micro,MI\nTre,medium,BG\n');
    const args = ['match', firms, '--status', 'all', '--source', 'generated'];
    const json = runFesr(db, [...args, '--as-of', '2025-06-01', '--format', 'json']);
    expect(json.code, json.stderr).toBe(0);
    const document = JSON.parse(json.stdout) as { firms: { name: string; count: number }[] };
    expect(document.firms.map((f) => [f.name, f.count])).toEqual([
      ['Uno', ROWS],
      ['Due', ROWS],
      ['Tre', ROWS],
    ]);
    const csv = runFesr(db, [...args, '--as-of', '2025-06-01', '--format', 'csv']).stdout;
    expect(csv.split('\r\n').filter((l) => /^(Uno|Due|Tre),/.test(l))).toHaveLength(3 * ROWS);
    const table = plain(runFesr(db, [...args, '--as-of', '2025-06-01']).stdout);
    expect(table.match(/│ generated-\d+ +│/g)).toHaveLength(3 * ROWS);
    // The summary: a line per firm with its counts (all to verify: the generated calls say
    // nothing of the sector).
    expect(table).toMatch(/│ Tre +│ BG · medium +│ \d+ +│ \d+ +│/);
    expect(table).toContain('Tre · line 4 · BG · medium');
  }, 120_000);
});

/** Starts a long search; resolves with its exit once SIGINT was sent when `ready` said so. */
function interrupted(
  args: string[],
  ready: (child: ReturnType<typeof spawn>) => Promise<void>,
): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { env: envFor(db), cwd: ROOT });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<{ code: number | null; stderr: string }>((resolve) =>
    child.on('exit', (code) => resolve({ code, stderr })),
  );
  void ready(child).then(() => child.kill('SIGINT'));
  return exited;
}

describe('Ctrl+C during a long listing', () => {
  it('to a pipe nobody reads: exit 130, one line, no stack', async () => {
    const result = await interrupted(
      [...search, '--format', 'json'],
      (child) =>
        new Promise((resolve) =>
          child.stdout?.once('data', () => {
            // Stop reading: the pipe fills, the listing waits for it.
            child.stdout?.pause();
            resolve();
          }),
        ),
    );
    expect(result.code).toBe(130);
    expect(result.stderr).toContain('interrupted');
    expect(result.stderr).not.toMatch(STACK_TRACE);
  }, 60_000);

  it('into --output: exit 130, no temp file, the existing file untouched', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'fesr-sigint-'));
    const target = join(folder, 'out.json');
    writeFileSync(target, 'what was there\n');
    const result = await interrupted(
      // Several copies of the listing, so that it is still running when the temp file appears.
      [
        'match',
        writeFirms(folder),
        '--status',
        'all',
        '--source',
        'generated',
        '--output',
        target,
        '--force',
      ],
      async () => {
        while (!readdirSync(folder).some((f) => f.endsWith('.tmp')))
          await new Promise((resolve) => setTimeout(resolve, 2));
      },
    );
    expect(result.code).toBe(130);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(readFileSync(target, 'utf8')).toBe('what was there\n');
    expect(readdirSync(folder).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 60_000);
});

/** A firms CSV of many firms, each matched to every generated call. */
function writeFirms(folder: string): string {
  const file = join(folder, 'firms.csv');
  const rows = Array.from({ length: 40 }, (_, i) => `Ditta ${i},small,CR`);
  writeFileSync(file, `name,size,province\n${rows.join('\n')}\n`);
  return file;
}

describe('fesr --version', () => {
  it('prints the version and creates no database', () => {
    const folder = mkdtempSync(join(tmpdir(), 'fesr-version-'));
    const path = join(folder, 'never.sqlite');
    for (const flag of ['--version', '-V']) {
      const r = runFesr(path, [flag]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    }
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(folder)).toEqual([]);
  });
});
