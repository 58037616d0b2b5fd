// Files fesr writes (issue 10, findings 3 to 5): what sits at an --output or --rejects path is
// respected (a device, FIFO or symlink is never replaced by a regular file), an existing rejects
// file needs --force, rejects go beside the input, and every failure to write names its cause
// (exit 6, one line, no stack, no temporary file left behind).
import { spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STACK_TRACE } from '../helpers/run-fesr.js';
import { BIN, ROOT, dumpDb, envFor, runFesr, tempDb } from './run-fesr.js';

const isRoot = process.getuid?.() === 0;
const csvSearch = ['search', '--status', 'all', '--format', 'csv'];

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'fesr-out-'));
}

/** A fesr CSV-style incentivi file with one good row and `bad` rows with an impossible date. */
function manyBadRows(dir: string, bad = 12): string {
  const rows = ['ID_Incentivo,Titolo,Data_apertura,Data_chiusura'];
  rows.push('1,Buona,2024-01-01T00:00:00,2024-12-31T00:00:00');
  for (let i = 2; i < bad + 2; i++)
    rows.push(`${i},Cattiva ${i},2024-13-45T00:00:00,2024-12-31T00:00:00`);
  const file = join(dir, 'many.csv');
  writeFileSync(file, `${rows.join('\n')}\n`);
  return file;
}

/** The built binary with its own cwd and stdio (stdout a given descriptor, or a pipe). */
function runIn(
  db: string,
  args: string[],
  options: { cwd?: string; stdout?: number; input?: string; lang?: string } = {},
) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    env: { ...envFor(db), ...(options.lang ? { LANG: options.lang } : {}) },
    cwd: options.cwd ?? ROOT,
    input: options.input,
    stdio: ['pipe', options.stdout ?? 'pipe', 'pipe'],
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr };
}

const tmpFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

describe('--output onto what already sits at the path (finding 3)', () => {
  const db = tempDb();
  let expected = '';
  beforeAll(() => {
    const r = runFesr(db, csvSearch);
    expect(r.code).toBe(0);
    expected = r.stdout;
  });

  it.runIf(isRoot)('keeps a character device one (a /dev/null of its own)', () => {
    const dir = folder();
    const device = join(dir, 'null');
    expect(spawnSync('mknod', [device, 'c', '1', '3']).status).toBe(0);
    const r = runFesr(db, [...csvSearch, '--output', device, '--force']);
    expect(r.code).toBe(0);
    expect(lstatSync(device).isCharacterDevice()).toBe(true);
    expect(tmpFiles(dir)).toEqual([]);
  });

  it.runIf(isRoot)('keeps /dev/null itself a character device', () => {
    try {
      const r = runFesr(db, [...csvSearch, '--output', '/dev/null', '--force']);
      expect(r.code).toBe(0);
      expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
    } finally {
      // Should the old behaviour come back, give the machine its /dev/null again.
      if (!lstatSync('/dev/null').isCharacterDevice()) {
        spawnSync('rm', ['-f', '/dev/null']);
        spawnSync('mknod', ['-m', '666', '/dev/null', 'c', '1', '3']);
      }
    }
  });

  it('writes into a FIFO, which stays a FIFO, without --force', async () => {
    const dir = folder();
    const fifo = join(dir, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const out = join(dir, 'read.csv');
    const reader = spawn('sh', ['-c', `cat '${fifo}' > '${out}'`]);
    const done = new Promise((resolve) => reader.on('exit', resolve));
    const r = runFesr(db, [...csvSearch, '--output', fifo]);
    // Were the FIFO replaced, the reader would wait for ever: give it a few seconds.
    await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 5000))]);
    reader.kill();
    expect(r.code).toBe(0);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readFileSync(out, 'utf8')).toBe(expected);
  });

  it('writes /dev/stdout as the stream it is (no "already exists")', () => {
    const r = runFesr(db, [...csvSearch, '--output', '/dev/stdout']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(expected);
  });

  it('keeps a symlink and replaces the file it points to (with --force)', () => {
    const dir = folder();
    writeFileSync(join(dir, 'real.csv'), 'old\n');
    symlinkSync('real.csv', join(dir, 'link.csv'));
    const refused = runFesr(db, [...csvSearch, '--output', join(dir, 'link.csv')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('already exists');
    expect(readFileSync(join(dir, 'real.csv'), 'utf8')).toBe('old\n');
    const r = runFesr(db, [...csvSearch, '--output', join(dir, 'link.csv'), '--force']);
    expect(r.code).toBe(0);
    expect(lstatSync(join(dir, 'link.csv')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.csv'))).toBe('real.csv');
    expect(readFileSync(join(dir, 'real.csv'), 'utf8')).toBe(expected);
    expect(tmpFiles(dir)).toEqual([]);
  });

  it('creates the file a dangling symlink points to, keeping the link', () => {
    const dir = folder();
    symlinkSync('target.csv', join(dir, 'link.csv'));
    const r = runFesr(db, [...csvSearch, '--output', join(dir, 'link.csv')]);
    expect(r.code).toBe(0);
    expect(lstatSync(join(dir, 'link.csv')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'target.csv'), 'utf8')).toBe(expected);
  });

  it.runIf(isRoot)('refuses a block device before any work, leaving it as it was', () => {
    const dir = folder();
    const device = join(dir, 'loop');
    expect(spawnSync('mknod', [device, 'b', '7', '200']).status).toBe(0);
    const r = runFesr(db, [...csvSearch, '--output', device, '--force']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('it is a block device');
    expect(lstatSync(device).isBlockDevice()).toBe(true);
  });

  it('keeps a --rejects symlink too', () => {
    const dir = folder();
    const input = manyBadRows(dir);
    writeFileSync(join(dir, 'real-rejects.csv'), 'old\n');
    symlinkSync('real-rejects.csv', join(dir, 'rejects.csv'));
    const r = runFesr(tempDb(), [
      'import',
      input,
      '--rejects',
      join(dir, 'rejects.csv'),
      '--force',
    ]);
    expect(r.code).toBe(0);
    expect(lstatSync(join(dir, 'rejects.csv')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real-rejects.csv'), 'utf8')).toMatch(/^line,field,reason\n/);
  });
});

describe('import --rejects (finding 4)', () => {
  it('refuses an existing --rejects file before importing anything, unless --force', () => {
    const dir = folder();
    const input = manyBadRows(dir);
    const db = tempDb();
    expect(runFesr(db, ['stats']).code).toBe(0);
    const before = dumpDb(db);
    writeFileSync(join(dir, 'mine.csv'), 'precious\n');
    const r = runFesr(db, ['import', input, '--rejects', join(dir, 'mine.csv')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /mine\.csv already exists\n {2}add --force to replace it, or choose another --rejects/,
    );
    expect(readFileSync(join(dir, 'mine.csv'), 'utf8')).toBe('precious\n');
    expect(dumpDb(db)).toBe(before);

    const forced = runFesr(db, ['import', input, '--rejects', join(dir, 'mine.csv'), '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'mine.csv'), 'utf8').split('\n')).toHaveLength(14);
  });

  it('writes more than ten bad rows beside the input, not into the current folder', () => {
    const dir = folder();
    const input = manyBadRows(dir);
    const cwd = folder();
    const r = runIn(tempDb(), ['import', input], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/13 read, 1 new, 0 updated, 0 unchanged, 12 skipped/);
    expect(r.stderr).toContain(`all 12 problems are listed in ${input}.rejects.csv`);
    expect(readdirSync(cwd)).toEqual([]);
    expect(readFileSync(`${input}.rejects.csv`, 'utf8')).toMatch(
      /^line,field,reason\n3,Data_apertura,/,
    );
  });

  it('writes the rejects of standard input into the current folder, and says so', () => {
    const dir = folder();
    const cwd = folder();
    const r = runIn(tempDb(), ['import', '-'], {
      cwd,
      input: readFileSync(manyBadRows(dir), 'utf8'),
    });
    expect(r.code).toBe(0);
    const written = readdirSync(cwd);
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^fesr-rejects-\d+\.csv$/);
    expect(r.stderr).toContain(`all 12 problems are listed in ${written[0]}`);
  });

  it('after the import has landed, a rejects file that cannot be written is a warning, exit 0', () => {
    const dir = folder();
    const input = manyBadRows(dir);
    mkdirSync(`${input}.rejects.csv`); // in the way of the default rejects file
    const db = tempDb();
    expect(runFesr(db, ['stats']).code).toBe(0);
    const before = dumpDb(db);
    const r = runFesr(db, ['import', input]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/1 new/);
    expect(r.stderr).toMatch(
      /warning: the import is saved, but cannot write .*many\.csv\.rejects\.csv: it is a folder \(EISDIR\)/,
    );
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(dumpDb(db)).not.toBe(before); // the data landed

    const full = runFesr(tempDb(), ['import', input, '--rejects', '/dev/full']);
    expect(full.code).toBe(0);
    expect(full.stderr).toContain(
      'warning: the import is saved, but cannot write /dev/full: the disk is full (ENOSPC)',
    );
  });

  it.skipIf(isRoot)('a read-only folder beside the input is a warning too', () => {
    const dir = folder();
    const input = manyBadRows(dir);
    spawnSync('chmod', ['555', dir]);
    const r = runFesr(tempDb(), ['import', input]);
    spawnSync('chmod', ['755', dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /warning: the import is saved, but cannot write .*: permission denied \(EACCES\)/,
    );
  });
});

describe('write failures name their cause (finding 5)', () => {
  const db = tempDb();
  beforeAll(() => {
    expect(runFesr(db, ['stats']).code).toBe(0);
  });

  it('--output /dev/full: the disk is full, exit 6, one line', () => {
    const r = runFesr(db, [...csvSearch, '--output', '/dev/full']);
    expect(r.code).toBe(6);
    expect(r.stderr).toBe(
      'fesr: cannot write /dev/full: the disk is full (ENOSPC)\n  free some space, or write to another disk\n',
    );
  });

  it('says it in Italian too', () => {
    const r = runFesr(db, ['--lang', 'it', ...csvSearch, '--output', '/dev/full']);
    expect(r.code).toBe(6);
    expect(r.stderr).toContain('impossibile scrivere /dev/full: il disco è pieno (ENOSPC)');
  });

  it('stdout onto a full disk (> /dev/full): one line, exit 6, no stack', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = runIn(db, ['search', '--status', 'all'], { stdout: full });
      expect(r.code).toBe(6);
      expect(r.stderr).toBe(
        'fesr: cannot write the output: the disk is full (ENOSPC)\n  free some space, or write to another disk\n',
      );
    } finally {
      closeSync(full);
    }
  });

  it('a folder as --output is named as one, before any work', () => {
    const dir = folder();
    const r = runFesr(db, [...csvSearch, '--output', dir, '--force']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`fesr: ${dir} is a folder\n  give a file name for --output\n`);
  });

  it.skipIf(isRoot)('a folder without write permission: permission denied, exit 6', () => {
    const dir = folder();
    spawnSync('chmod', ['555', dir]);
    const r = runFesr(db, [...csvSearch, '--output', join(dir, 'out.csv')]);
    spawnSync('chmod', ['755', dir]);
    expect(r.code).toBe(6);
    expect(r.stderr).toContain('permission denied (EACCES)');
    expect(readdirSync(dir)).toEqual([]);
  });

  describe.runIf(isRoot)('on a small disk that fills up', () => {
    const mount = folder();
    let mounted = false;
    beforeAll(() => {
      mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=8k', 'tmpfs', mount]).status === 0;
    });
    afterAll(() => {
      if (mounted) spawnSync('umount', [mount]);
    });

    it('exit 6 "the disk is full", the old file intact, no *.tmp left behind', (ctx) => {
      if (!mounted) ctx.skip();
      writeFileSync(join(mount, 'out.csv'), 'old\n');
      const r = runFesr(db, [...csvSearch, '--output', join(mount, 'out.csv'), '--force']);
      expect(r.code).toBe(6);
      expect(r.stderr).toContain('the disk is full (ENOSPC)');
      expect(r.stderr).not.toMatch(/check that the folder exists/);
      expect(r.stderr).not.toMatch(STACK_TRACE);
      expect(readFileSync(join(mount, 'out.csv'), 'utf8')).toBe('old\n');
      expect(tmpFiles(mount)).toEqual([]);
      expect(existsSync(join(mount, 'out.csv'))).toBe(true);
    });
  });
});
