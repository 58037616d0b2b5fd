// Shared by the wizard, profile and match tests: a seeded database in a temp dir, and a runner
// for the built binary.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'bin', 'fesr.js');

export interface TempHome {
  dir: string;
  env: { FESR_DB: string; FESR_CONFIG_DIR: string };
}

export function tempHome(): TempHome {
  const dir = mkdtempSync(join(tmpdir(), 'fesr-issue5-'));
  return {
    dir,
    env: { FESR_DB: join(dir, 'fesr.sqlite'), FESR_CONFIG_DIR: join(dir, 'config') },
  };
}

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runFesr(
  args: readonly string[],
  env: Record<string, string>,
  input?: string,
): RunResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', LANG: 'C', ...env },
    input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
