// Shared by the benchmarks: run the built binary and measure wall time and peak memory.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../bin/fesr.js', import.meta.url));
const TIME = '/usr/bin/time';

export function tempDir() {
  return mkdtempSync(join(tmpdir(), 'fesr-bench-'));
}

/** Runs a command; returns seconds and peak RSS in MB (when /usr/bin/time is there). */
export function measure(command, args, env = {}) {
  const withTime = existsSync(TIME);
  const started = process.hrtime.bigint();
  const r = spawnSync(withTime ? TIME : command, withTime ? ['-f', '%M', command, ...args] : args, {
    env: { ...process.env, NO_COLOR: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${r.stderr}`);
  const lines = r.stderr.trim().split('\n');
  const peakMb = withTime ? Number(lines[lines.length - 1]) / 1024 : null;
  return { seconds, peakMb, stdout: r.stdout };
}

export function fesr(args, env) {
  return measure(process.execPath, [BIN, ...args], env);
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export function report(label, runs) {
  const seconds = median(runs.map((r) => r.seconds));
  const peak = Math.max(...runs.map((r) => r.peakMb ?? 0));
  console.log(
    `${label.padEnd(52)} ${(seconds * 1000).toFixed(0).padStart(6)} ms  ${peak ? `${peak.toFixed(0)} MB peak` : ''}`,
  );
}
