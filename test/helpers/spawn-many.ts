// Concurrency scenarios: several fesr binaries started at the same instant, not one after another.
import { spawn } from 'node:child_process';
import { BIN, ROOT, type RunResult } from './run-fesr.js';

/** Runs one fesr binary without blocking, so that many run at once. */
export function spawnFesr(
  args: readonly string[],
  env: Record<string, string>,
  cwd = ROOT,
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env, cwd, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdin.end();
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Starts every command at once and waits for all of them. */
export function runAtOnce(
  commands: readonly (readonly string[])[],
  env: Record<string, string>,
  cwd?: string,
): Promise<RunResult[]> {
  return Promise.all(commands.map((args) => spawnFesr(args, env, cwd)));
}
