// Runs the built binary the way a user does, and returns what they would see.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(ROOT, 'bin', 'fesr.js');

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  input?: string;
  cwd?: string;
}

/** A clean environment: no colour, English, files only in the given temp dir. */
export function baseEnv(dir: string): Record<string, string> {
  const keep = ['PATH', 'HOME', 'SYSTEMROOT', 'TMPDIR'];
  const env: Record<string, string> = {};
  for (const key of keep) if (process.env[key]) env[key] = process.env[key] as string;
  return {
    ...env,
    NO_COLOR: '1',
    LANG: 'C.UTF-8',
    XDG_DATA_HOME: join(dir, 'data'),
    XDG_CONFIG_HOME: join(dir, 'config'),
  };
}

/** The one place the tests spawn the binary; an `undefined` in `env` removes that variable. */
export function execFesr(
  args: readonly string[],
  options: { env: Record<string, string | undefined>; input?: string; cwd?: string },
): RunResult {
  const env = { ...options.env };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
  const result = spawnSync(process.execPath, [BIN, ...args], {
    env: env as NodeJS.ProcessEnv,
    input: options.input,
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 1 << 26,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs with every file of fesr inside `dir`. */
export function runFesr(args: string[], dir: string, options: RunOptions = {}): RunResult {
  return execFesr(args, {
    env: { ...baseEnv(dir), ...options.env },
    input: options.input,
    cwd: options.cwd ?? dir,
  });
}

export function tempDir(prefix = 'fesr-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * A directory whose default database is already seeded from a template, so each test starts from
 * the bundled data without paying for the seeding again.
 */
export function seededDir(template: string): string {
  const dir = tempDir();
  const target = join(dir, 'data', 'fesr');
  mkdirSync(target, { recursive: true });
  copyFileSync(template, join(target, 'fesr.sqlite'));
  return dir;
}

/** Seeds one database and returns its path, to be copied by seededDir. */
export function seedTemplate(): string {
  const dir = tempDir('fesr-template-');
  const result = runFesr(['stats'], dir);
  if (result.code !== 0) throw new Error(`seeding failed: ${result.stderr}`);
  // The last connection to close checkpoints the WAL, so the file alone carries everything.
  return join(dir, 'data', 'fesr', 'fesr.sqlite');
}

export const STACK_TRACE = /^\s+at .+:\d+/m;

/** The README's firm: a small cosmetics maker (ATECO 20.42) in the province of Cremona. */
export const COSMETICS_CR: readonly string[] = [
  '--province',
  'CR',
  '--size',
  'small',
  '--ateco',
  '20.42',
];
