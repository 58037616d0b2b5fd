// Concurrency and damaged stores (issue 10, findings 6-9): parallel first runs, parallel profile
// saves, another application's SQLite file, a bad schema version and a corrupt page.
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
  writeSync,
  closeSync,
} from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { baseEnv, ROOT, runFesr, seedTemplate, STACK_TRACE, tempDir } from '../helpers/run-fesr.js';
import { runAtOnce } from '../helpers/spawn-many.js';

const FESR_CSV = join(ROOT, 'test', 'fixtures', 'fesr-csv', 'two-good-one-bad.csv');
const INCENTIVI = join(ROOT, 'test', 'fixtures', 'import', 'incentivi-bare-array.json');

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function envFor(dir: string, db: string): Record<string, string> {
  return { ...baseEnv(dir), FESR_DB: db, FESR_CONFIG_DIR: join(dir, 'config') };
}

function count(db: string, sql: string): number {
  const conn = new Database(db, { readonly: true });
  try {
    return (conn.prepare(sql).get() as { n: number }).n;
  } finally {
    conn.close();
  }
}

/** Overwrites a page in the middle of the file, as a failing disk would. */
function damagePage(path: string): void {
  const size = statSync(path).size;
  const at = Math.floor(size / 2 / 4096) * 4096;
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, Buffer.alloc(4096, 0xab), 0, 4096, at);
  } finally {
    closeSync(fd);
  }
}

describe('parallel first runs on a new database', () => {
  it.each([1, 2, 3])(
    '8 searches and imports at once all succeed, seeding once (round %i)',
    async () => {
      const dir = tempDir();
      const db = join(dir, 'new.sqlite');
      const commands = [
        ['search', '--province', 'CR'],
        ['search', '--text', 'digitale'],
        ['import', FESR_CSV],
        ['search', '--status', 'all', '--format', 'json'],
        ['import', INCENTIVI],
        ['stats'],
        ['search', '--province', 'MI'],
        ['sources'],
      ];
      const results = await runAtOnce(commands, envFor(dir, db), dir);
      for (const [i, r] of results.entries()) {
        expect({ command: commands[i], code: r.code, stderr: r.stderr }).toMatchObject({
          code: 0,
        });
        expect(r.stderr).not.toMatch(/already exists|locked|internal error/);
      }
      expect(count(db, "SELECT count(*) AS n FROM imports WHERE source = 'bundled'")).toBe(1);
      expect(count(db, 'SELECT count(*) AS n FROM imports')).toBe(3);
      const bundled = count(db, "SELECT count(*) AS n FROM measures WHERE source = 'bundled'");
      const fresh = tempDir();
      const single = join(fresh, 'single.sqlite');
      expect(runFesr(['stats'], fresh, { env: { FESR_DB: single } }).code).toBe(0);
      expect(bundled).toBe(
        count(single, "SELECT count(*) AS n FROM measures WHERE source = 'bundled'"),
      );
      const check = new Database(db, { readonly: true });
      expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
      check.close();
    },
    120_000,
  );
});

describe('parallel profile saves', () => {
  const flags = ['--size', 'small', '--province', 'CR', '--ateco', '20.42'];
  let template = '';
  beforeAll(() => {
    template = seedTemplate();
  });

  it('of one new name: one saves, the others exit 2 "exists", no profile is lost', async () => {
    // The race is a matter of timing: several rounds make the old behaviour show.
    for (let round = 1; round <= 4; round++) {
      const dir = tempDir();
      const db = join(dir, 'db.sqlite');
      copyFileSync(template, db);
      const results = await runAtOnce(
        [1, 2, 3, 4, 5, 6, 7, 8].map((i) => [
          'profile',
          'save',
          'acme',
          ...flags,
          '--text',
          `t${i}`,
        ]),
        envFor(dir, db),
        dir,
      );
      const saved = results.filter((r) => r.code === 0);
      expect({ round, saved: saved.length }).toEqual({ round, saved: 1 });
      for (const r of results.filter((x) => x.code !== 0)) {
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/a profile named "acme" exists/);
      }
      const file = join(dir, 'config', 'profiles', 'acme.json');
      const stored = JSON.parse(readFileSync(file, 'utf8')) as { text: string };
      expect(saved[0]?.stderr).toMatch(/Saved profile "acme"/);
      expect(stored.text).toMatch(/^t[1-8]$/);
      expect(readdirSync(join(dir, 'config', 'profiles'))).toEqual(['acme.json']);
    }
  }, 120_000);

  it('with --force: every one succeeds and says whether it replaced one', async () => {
    const dir = tempDir();
    const db = join(dir, 'db.sqlite');
    copyFileSync(template, db);
    const results = await runAtOnce(
      [1, 2, 3, 4].map((i) => ['profile', 'save', 'acme', ...flags, '--text', `t${i}`, '--force']),
      envFor(dir, db),
      dir,
    );
    for (const r of results) {
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/Saved profile "acme"/);
    }
    const stored = JSON.parse(
      readFileSync(join(dir, 'config', 'profiles', 'acme.json'), 'utf8'),
    ) as { text: string };
    expect(stored.text).toMatch(/^t[1-4]$/);
    const again = runFesr(['profile', 'save', 'acme', ...flags, '--force'], dir, {
      env: envFor(dir, db),
    });
    expect(again.stderr).toMatch(/replacing the one of that name/);
    expect(readdirSync(join(dir, 'config', 'profiles'))).toEqual(['acme.json']);
  }, 60_000);
});

describe("another application's file", () => {
  it.each([
    ['a SQLite database without the fesr marker', 'other.sqlite', /is not a fesr database/],
    ['a file that is not SQLite', 'notes.bin', /is not a fesr database or is damaged/],
    [
      'an empty SQLite file another application has marked',
      'marked.sqlite',
      /is not a fesr database/,
    ],
  ])('%s is refused with exit 4 and left byte-identical', (_label, name, message) => {
    const dir = tempDir();
    const path = join(dir, name);
    if (name === 'marked.sqlite') {
      const other = new Database(path);
      other.pragma('application_id = 1234');
      other.close();
    } else if (name.endsWith('.sqlite')) {
      const other = new Database(path);
      other.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('keep me')");
      other.close();
    } else {
      writeFileSync(path, Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 37) % 256)));
    }
    const before = sha256(path);
    for (const args of [['search', '--province', 'CR'], ['import', FESR_CSV], ['rebuild']]) {
      const r = runFesr(args, dir, { env: { FESR_DB: path } });
      expect(r.code).toBe(4);
      expect(r.stderr).toMatch(
        args[0] === 'rebuild' ? /does not look like a fesr database/ : message,
      );
      expect(r.stderr).not.toMatch(STACK_TRACE);
      expect(sha256(path)).toBe(before);
      expect(existsSync(`${path}-wal`)).toBe(false);
      expect(existsSync(`${path}-shm`)).toBe(false);
      expect(existsSync(`${path}-journal`)).toBe(false);
    }
  });
});

describe('a damaged fesr store', () => {
  let template = '';
  beforeAll(() => {
    template = seedTemplate();
  });

  function copy(): { dir: string; db: string } {
    const dir = tempDir();
    mkdirSync(join(dir, 'data'), { recursive: true });
    const db = join(dir, 'data', 'fesr.sqlite');
    copyFileSync(template, db);
    return { dir, db };
  }

  it.each([-1, 99999, 0])('user_version %i is exit 4 with what to do', (version) => {
    const { dir, db } = copy();
    const conn = new Database(db);
    conn.pragma(`user_version = ${version}`);
    conn.close();
    const r = runFesr(['search', '--province', 'CR'], dir, { env: { FESR_DB: db } });
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(version > 0 ? /newer than this fesr/ : /invalid schema version/);
    expect(r.stderr).not.toMatch(/is not a function|internal error/);
    const it = runFesr(['--lang', 'it', 'stats'], dir, { env: { FESR_DB: db } });
    expect(it.code).toBe(4);
    if (version <= 0) expect(it.stderr).toMatch(/versione di schema non valida/);
  });

  it('a corrupt page: import exits 4 naming the damage and writes nothing; rebuild restores a store', () => {
    const { dir, db } = copy();
    const env = { FESR_DB: db, FESR_NOW: '2026-12-02T10:15:00Z' };
    expect(runFesr(['import', FESR_CSV], dir, { env }).code).toBe(0);
    expect(runFesr(['import', INCENTIVI], dir, { env }).code).toBe(0);
    damagePage(db);
    const damaged = sha256(db);

    const imported = runFesr(['import', INCENTIVI], dir, { env });
    expect(imported.code).toBe(4);
    expect(imported.stdout).toBe('');
    expect(imported.stderr).toMatch(/is damaged/);
    expect(imported.stderr).toMatch(/fesr rebuild/);
    expect(imported.stderr).not.toMatch(STACK_TRACE);
    expect(sha256(db)).toBe(damaged);

    const rebuilt = runFesr(['rebuild'], dir, { env });
    expect(rebuilt.code).toBe(0);
    const aside = `${db}.damaged-20261202T101500Z`;
    expect(rebuilt.stdout).toContain(`Moved ${db} aside to ${aside}`);
    expect(rebuilt.stdout).toMatch(/Created a new store .* from the bundled data \(\d+ measures\)/);
    expect(rebuilt.stdout).toContain(`fesr import ${INCENTIVI}`);
    expect(rebuilt.stdout).toContain(`fesr import ${FESR_CSV}`);
    expect(sha256(aside)).toBe(damaged);

    const search = runFesr(['search', '--status', 'all', '--format', 'json'], dir, { env });
    expect(search.code).toBe(0);
    expect(runFesr(['import', INCENTIVI], dir, { env }).code).toBe(0);
    const check = new Database(db, { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();
  });

  it('rebuild with no database creates one', () => {
    const dir = tempDir();
    const db = join(dir, 'none.sqlite');
    const r = runFesr(['rebuild'], dir, { env: { FESR_DB: db } });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/No database at/);
    expect(existsSync(db)).toBe(true);
  });

  it('rebuild refuses a healthy store unless --force, and leaves it as it was', () => {
    const { dir, db } = copy();
    const before = sha256(db);
    const r = runFesr(['rebuild'], dir, { env: { FESR_DB: db } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is a healthy fesr database: nothing to rebuild/);
    expect(sha256(db)).toBe(before);
    const forced = runFesr(['rebuild', '--force'], dir, { env: { FESR_DB: db } });
    expect(forced.code).toBe(0);
    expect(forced.stdout).toMatch(/damaged-/);
  });
});
