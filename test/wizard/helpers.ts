// Shared by the wizard, profile and match tests: a seeded database in a temp dir, and a runner
// for the built binary.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, execFesr, ROOT } from '../helpers/run-fesr.js';

export { BIN, ROOT };

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
  const result = execFesr(args, {
    env: { PATH: process.env.PATH ?? '', LANG: 'C', ...env },
    input,
  });
  return { status: result.code, stdout: result.stdout, stderr: result.stderr };
}
